// The VS Code extension packages offline into a .vsix holding the manifest, the compiled client and its runtime dependency.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_SETTING_KEYS } from '../../src/lsp/server.js';

const extensionDir = join(import.meta.dirname, '../../editors/vscode');
const vsce = join(extensionDir, 'node_modules/.bin/vsce');
// .ci/run installs the extension's own dependencies (npm ci --prefix editors/vscode); without them, skip.
const installed = existsSync(vsce);

interface Manifest {
  main: string;
  activationEvents: string[];
  contributes: { configuration: { properties: Record<string, { default: unknown; enum?: unknown[] }> } };
}

describe.skipIf(!installed)('VS Code extension .vsix', () => {
  const vsix = join(mkdtempSync(join(tmpdir(), 'commslint-vsix-')), 'commslint.vsix');
  let entries: string[] = [];

  beforeAll(() => {
    const r = spawnSync(vsce, ['package', '--out', vsix], { cwd: extensionDir, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr + r.stdout).toBe(0);
    const list = spawnSync('unzip', ['-Z1', vsix], { encoding: 'utf8' });
    expect(list.status, list.stderr).toBe(0);
    entries = list.stdout.trim().split('\n');
  }, 180_000);

  it('holds the manifest, the compiled client and vscode-languageclient, and no sources', () => {
    expect(existsSync(vsix)).toBe(true);
    expect(entries).toEqual(expect.arrayContaining([
      'extension/package.json',
      'extension/out/extension.js',
      'extension/out/server-path.js',
      'extension/node_modules/vscode-languageclient/package.json',
      'extension/LICENSE.txt',
    ]));
    expect(entries.filter((e) => /\.ts$|\.vsix$|^extension\/src\//.test(e) && !e.endsWith('.d.ts'))).toEqual([]);
  });

  it('activates on Markdown and plain text and contributes the settings the server reads', () => {
    const manifest = JSON.parse(spawnSync('unzip', ['-p', vsix, 'extension/package.json'], { encoding: 'utf8' }).stdout) as Manifest;
    expect(manifest.main).toBe('./out/extension.js');
    expect(manifest.activationEvents).toEqual(['onLanguage:markdown', 'onLanguage:plaintext']);
    const settings = manifest.contributes.configuration.properties;
    for (const key of CLIENT_SETTING_KEYS) expect(Object.keys(settings)).toContain(`commslint.${key}`);
    expect(settings['commslint.enable']?.default).toBe(true);
    expect(settings['commslint.locale']?.enum).toEqual(['zh', 'en', null]);
    expect(settings['commslint.rules']?.default).toEqual({});
    expect(Object.keys(settings)).toContain('commslint.serverPath');
  });
});

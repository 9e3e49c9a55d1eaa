// The VS Code extension's server lookup: the workspace's node_modules/.bin, then the setting, then PATH.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveServer, type ServerLookup } from '../../editors/vscode/src/server-path.js';

/** A lookup over a fake file system holding exactly `files`. */
function lookup(files: string[], rest: Partial<ServerLookup> = {}): ServerLookup {
  const present = new Set(files);
  return { workspaceFolders: ['/ws/a', '/ws/b'], envPath: '/usr/local/bin:/usr/bin', platform: 'linux', exists: (p) => present.has(p), ...rest };
}

describe('resolveServer', () => {
  it('prefers the workspace’s own install, even over the setting', () => {
    const bin = join('/ws/b', 'node_modules/.bin/commslint-lsp');
    const found = resolveServer(lookup([bin, '/opt/commslint-lsp', '/usr/bin/commslint-lsp'], { serverPath: '/opt/commslint-lsp' }));
    expect(found).toEqual({ command: bin, args: ['--stdio'], shell: false, from: 'workspace' });
  });

  it('takes the first workspace folder that has one', () => {
    const first = join('/ws/a', 'node_modules/.bin/commslint-lsp');
    const found = resolveServer(lookup([first, join('/ws/b', 'node_modules/.bin/commslint-lsp')]));
    expect(found?.command).toBe(first);
  });

  it('uses the setting next, relative to the first folder, and runs a .js file with the system node', () => {
    const script = resolve('/ws/a', 'tools/commslint/bin/commslint-lsp.js');
    const found = resolveServer(lookup([script, '/usr/bin/commslint-lsp'], { serverPath: 'tools/commslint/bin/commslint-lsp.js' }));
    expect(found).toEqual({ command: 'node', args: [script, '--stdio'], shell: false, from: 'setting' });
  });

  it('reports a set but missing serverPath instead of falling back to PATH', () => {
    expect(resolveServer(lookup(['/usr/bin/commslint-lsp'], { serverPath: '/nowhere/commslint-lsp' }))).toBeUndefined();
  });

  it('falls back to the first PATH entry that has it', () => {
    const found = resolveServer(lookup(['/usr/bin/commslint-lsp'], { workspaceFolders: [] }));
    expect(found).toEqual({ command: '/usr/bin/commslint-lsp', args: ['--stdio'], shell: false, from: 'PATH' });
  });

  it('finds npm’s .cmd shim on Windows and runs it through a shell', () => {
    const shim = join('C:/ws', 'node_modules/.bin/commslint-lsp.cmd');
    const found = resolveServer(lookup([shim], { workspaceFolders: ['C:/ws'], platform: 'win32' }));
    expect(found).toEqual({ command: shim, args: ['--stdio'], shell: true, from: 'workspace' });
    const onPath = resolveServer(lookup([join('C:/npm', 'commslint-lsp.cmd')], { workspaceFolders: [], envPath: 'C:/Windows;C:/npm', platform: 'win32' }));
    expect(onPath?.command).toBe(join('C:/npm', 'commslint-lsp.cmd'));
  });

  it('finds nothing when no place has it', () => {
    expect(resolveServer(lookup([]))).toBeUndefined();
  });
});

// What a one-file run loads: nodejieba (~0.3 s and ~100 MB) only for a Chinese paragraph that
// holds some rule's wording.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/** The files the CLI required as CommonJS modules (nodejieba is one) while linting the draft. */
function loadedBy(draft: string): { code: number | null; modules: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'commslint-load-'));
  const file = join(dir, 'draft.md');
  const log = join(dir, 'modules.json');
  writeFileSync(file, draft);
  // A preload that records every module loaded through require().
  const preload = join(dir, 'record.cjs');
  writeFileSync(
    preload,
    `const Module = require('node:module'); const fs = require('node:fs'); const seen = new Set();
const load = Module._load; Module._load = function (request, parent, isMain) { const m = load.apply(this, arguments); try { seen.add(Module._resolveFilename(request, parent, isMain)); } catch {} return m; };
process.on('exit', () => fs.writeFileSync(${JSON.stringify(log)}, JSON.stringify([...seen])));`,
  );
  const result = spawnSync(process.execPath, ['--require', preload, join(root, 'bin/commslint.js'), '--no-config', file], { encoding: 'utf8' });
  return { code: result.status, modules: JSON.parse(readFileSync(log, 'utf8')) as string[] };
}

const jieba = (modules: string[]): boolean => modules.some((m) => m.includes('nodejieba'));

describe('a one-file run', () => {
  it('loads no jieba for an English draft, nor for a Chinese one with no risky wording', () => {
    const english = loadedBy('# Launch\n\nThis car is 100% safe.\n');
    expect(english.code).toBe(1);
    expect(jieba(english.modules)).toBe(false);
    const benign = loadedBy('# 新品发布\n\n我们今天发布了新的车型，续航提升了一百公里。\n');
    expect(benign.code).toBe(0);
    expect(jieba(benign.modules)).toBe(false);
  });

  it('loads jieba once a Chinese paragraph holds a rule\'s wording, to check its word boundaries', () => {
    const risky = loadedBy('# 发布\n\n这台车绝对安全。\n');
    expect(risky.code).toBe(1);
    expect(jieba(risky.modules)).toBe(true);
  });
});

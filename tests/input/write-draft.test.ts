import * as fs from 'node:fs/promises';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDraftAtomic } from '../../src/input/write-draft.js';

describe('writeDraftAtomic', () => {
  it('replaces the file and leaves no temp file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'commslint-write-'));
    writeFileSync(join(dir, 'a.md'), 'old\r\n');
    await writeDraftAtomic(join(dir, 'a.md'), 'new\r\n');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('new\r\n');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('leaves the original intact when the write is interrupted midway', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'commslint-write-'));
    writeFileSync(join(dir, 'a.md'), '\uFEFF原稿\r\n');
    // The temp file gets half of the text, then the disk "fills up".
    const interrupted = {
      ...fs,
      writeFile: (async (path: string, text: string) => {
        await fs.writeFile(path, text.slice(0, 2));
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      }) as unknown as typeof fs.writeFile,
    };
    await expect(writeDraftAtomic(join(dir, 'a.md'), '\uFEFF修改后的全文\r\n', interrupted)).rejects.toThrow('ENOSPC');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('\uFEFF原稿\r\n');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('leaves the original intact when the rename fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'commslint-write-'));
    writeFileSync(join(dir, 'a.md'), 'original');
    const failingRename = { ...fs, rename: (async () => Promise.reject(new Error('EXDEV'))) as unknown as typeof fs.rename };
    await expect(writeDraftAtomic(join(dir, 'a.md'), 'changed', failingRename)).rejects.toThrow('EXDEV');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('original');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });
});

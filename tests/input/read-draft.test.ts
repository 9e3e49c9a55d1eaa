// Behaviour of decodeDraft and readDraft: BOMs, binary sniffing, invalid UTF-8 and read errors.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/input/find-files.js';
import { decodeDraft, readDraft } from '../../src/input/read-draft.js';

const encoder = new TextEncoder();
const BOM = [0xef, 0xbb, 0xbf];
const temporaryFolders: string[] = [];

function makeFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'commslint-read-'));
  temporaryFolders.push(folder);
  return folder;
}

afterEach(() => {
  for (const folder of temporaryFolders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

describe('decodeDraft', () => {
  it('decodes UTF-8 text, Chinese included, without a BOM', () => {
    expect(decodeDraft(encoder.encode('# 标题\n绝对安全'))).toEqual({ kind: 'text', text: '# 标题\n绝对安全', bom: false });
  });

  it('strips one leading BOM and reports it', () => {
    const bytes = Uint8Array.from([...BOM, ...encoder.encode('你好')]);
    expect(decodeDraft(bytes)).toEqual({ kind: 'text', text: '你好', bom: true });
  });

  it('keeps a second BOM as text, since only the first is a byte order mark', () => {
    const bytes = Uint8Array.from([...BOM, ...BOM, 0x61]);
    expect(decodeDraft(bytes)).toEqual({ kind: 'text', text: '\ufeffa', bom: true });
  });

  it('keeps CRLF line endings intact', () => {
    expect(decodeDraft(encoder.encode('a\r\nb\r\n'))).toEqual({ kind: 'text', text: 'a\r\nb\r\n', bom: false });
  });

  it('treats an empty file as empty text', () => {
    expect(decodeDraft(new Uint8Array())).toEqual({ kind: 'text', text: '', bom: false });
  });

  it('calls a file with a NUL byte in its first 8 KB binary', () => {
    const draft = decodeDraft(Uint8Array.from([0x61, 0x00, 0x62]));
    expect(draft.kind).toBe('binary');
    expect(draft.kind === 'binary' && draft.reason).toContain('NUL');
  });

  it('only sniffs the first 8 KB for NUL bytes', () => {
    const bytes = new Uint8Array(8 * 1024 + 1).fill(0x61);
    bytes[8 * 1024] = 0;
    expect(decodeDraft(bytes).kind).toBe('text');
  });

  it('calls UTF-16 (bytes ff fe 00 …) binary and says to save as UTF-8', () => {
    const draft = decodeDraft(Uint8Array.from([0xff, 0xfe, 0x00, 0x61, 0x00]));
    expect(draft).toEqual({ kind: 'binary', reason: expect.stringContaining('UTF-8') as unknown });
  });

  it('calls invalid UTF-8 (a lone 0xc3) binary', () => {
    const draft = decodeDraft(Uint8Array.from([0x61, 0xc3, 0x62]));
    expect(draft.kind).toBe('binary');
    expect(draft.kind === 'binary' && draft.reason).toContain('not valid UTF-8');
  });

  it('calls a lone 0xff binary', () => {
    expect(decodeDraft(Uint8Array.from([0x61, 0xff])).kind).toBe('binary');
  });
});

describe('readDraft', () => {
  it('reads a file with a BOM and CRLF line endings', async () => {
    const filePath = path.join(makeFolder(), 'draft.md');
    fs.writeFileSync(filePath, Uint8Array.from([...BOM, ...encoder.encode('标题\r\n正文\r\n')]));
    expect(await readDraft(filePath)).toEqual({ kind: 'text', text: '标题\r\n正文\r\n', bom: true });
  });

  it('reports a binary file', async () => {
    const filePath = path.join(makeFolder(), 'image.md');
    fs.writeFileSync(filePath, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    expect((await readDraft(filePath)).kind).toBe('binary');
  });

  it('throws InputError naming a missing file', async () => {
    const filePath = path.join(makeFolder(), 'missing.md');
    await expect(readDraft(filePath)).rejects.toBeInstanceOf(InputError);
    await expect(readDraft(filePath)).rejects.toMatchObject({ path: filePath, message: expect.stringContaining(filePath) as unknown });
  });

  it('throws InputError for a folder', async () => {
    const folder = makeFolder();
    await expect(readDraft(folder)).rejects.toMatchObject({ name: 'InputError', path: folder });
  });
});

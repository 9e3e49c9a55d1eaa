// Word documents: paragraphs in order, clear errors for files that are not .docx, findings on paragraphs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/index.js';
import { DocxError, docxParagraphs, readDocxText, toParagraphPositions } from '../../src/input/docx.js';
import { findFiles } from '../../src/input/find-files.js';
import { readDraft } from '../../src/input/read-draft.js';
import { writeDraftAtomic } from '../../src/input/write-draft.js';
import { makeDocx, zip } from '../helpers/docx.js';

async function reasonFor(bytes: Uint8Array): Promise<string> {
  try {
    await docxParagraphs(bytes, 'press.docx');
  } catch (error) {
    expect(error).toBeInstanceOf(DocxError);
    expect((error as DocxError).message.startsWith('press.docx: ')).toBe(true);
    return (error as DocxError).reason;
  }
  throw new Error('expected a DocxError');
}

describe('docxParagraphs', () => {
  it('returns every paragraph in order, empty ones kept, leading tabs and spaces dropped', async () => {
    expect(await docxParagraphs(makeDocx(['新车发布', '', '\t这台车绝对安全。', '  Indented <b>text</b>']), 'a.docx'))
      .toEqual(['新车发布', '', '这台车绝对安全。', 'Indented <b>text</b>']);
  });

  it('says a text file is not a zip package, and an old .doc file what to do', async () => {
    expect(await reasonFor(new TextEncoder().encode('# just Markdown'))).toMatch(/^Not a valid Word document \(\.docx\): it is not a zip package/);
    expect(await reasonFor(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toMatch(/Word 97–2003 document \(\.doc\).*save it as \.docx/);
  });

  it('says a zip that is not a Word document (or is cut short) is not valid', async () => {
    const docx = makeDocx(['绝对安全']);
    expect(await reasonFor(docx.subarray(0, 60))).toMatch(/^Not a valid Word document \(\.docx\): /);
    expect(await reasonFor(zip({ 'notes.txt': '绝对安全' }))).toMatch(/Could not find main document part/);
  });

  it('refuses a package whose text would unpack to hundreds of megabytes, before unpacking it', async () => {
    const docx = makeDocx(['绝对安全']);
    const central = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
    for (let at = docx.indexOf(central); at >= 0; at = docx.indexOf(central, at + 4)) {
      if (docx.toString('utf8', at + 46, at + 46 + docx.readUInt16LE(at + 28)) === 'word/document.xml') docx.writeUInt32LE(300 * 1024 * 1024, at + 24);
    }
    expect(await reasonFor(docx)).toBe('Too large to be a draft: its text unpacks to more than 100 MB.');
  });
});

describe('findings in a Word document', () => {
  it('point at the Word paragraph they are in', async () => {
    const text = await readDocxText(makeDocx(['新车发布', '', '我们的车很好。这台车绝对安全。']), 'a.docx');
    const result = toParagraphPositions(lintDocument(text));
    const hit = result.messages.find((m) => m.ruleId === 'absolute-claim/absolute-safety');
    expect(hit).toMatchObject({ line: 3, column: 11, endLine: 3, actual: '绝对安全' });
    expect(text.slice(hit!.range[0], hit!.range[1])).toBe('绝对安全');
  });

  it('are the findings of the same paragraphs pasted as text', async () => {
    const paragraphs = ['# 声明', '网上那些说法纯属断章取义、歪曲抹黑。', '我以个人名誉担保，这台车绝对安全，开启自动驾驶就能放心。'];
    const fromWord = lintDocument(await readDocxText(makeDocx(paragraphs), 'a.docx')).messages;
    const pasted = lintDocument(paragraphs.join('\n\n')).messages;
    expect(fromWord.length).toBeGreaterThan(2);
    expect(fromWord).toEqual(pasted);
  });
});

describe('readDraft with .docx', () => {
  it('reads a Word document as text, and a broken one as a draft it cannot lint, with the reason', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'commslint-docx-'));
    fs.writeFileSync(path.join(folder, 'good.docx'), makeDocx(['标题', '绝对安全']));
    fs.writeFileSync(path.join(folder, 'bad.docx'), '这不是 Word 文件');
    expect(await readDraft(path.join(folder, 'good.docx'))).toEqual({ kind: 'text', text: '标题\n\n绝对安全', bom: false, docx: true });
    expect(await readDraft(path.join(folder, 'bad.docx'))).toEqual({ kind: 'binary', reason: expect.stringMatching(/^Not a valid Word document/) as unknown });
    fs.rmSync(folder, { recursive: true, force: true });
  });
});

describe('Word documents on disk', () => {
  it('are found in folders (not Word’s ~$ lock files) and never overwritten by a fix', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'commslint-docx-'));
    for (const name of ['a.md', 'b.docx', '~$b.docx', 'c.doc']) fs.writeFileSync(path.join(folder, name), name.endsWith('docx') ? makeDocx(['绝对安全']) : '绝对安全');
    expect((await findFiles([folder], { cwd: folder })).map((f) => path.basename(f))).toEqual(['a.md', 'b.docx']);
    await expect(writeDraftAtomic(path.join(folder, 'b.docx'), '完全可控')).rejects.toThrow(/Cannot write fixes into the Word document/);
    expect(await readDocxText(fs.readFileSync(path.join(folder, 'b.docx')), 'b.docx')).toBe('绝对安全');
    fs.rmSync(folder, { recursive: true, force: true });
  });
});

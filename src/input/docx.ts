// Word documents (.docx) → lintable text, one paragraph a line, and findings back to paragraphs.
import type { LintMessage, LintResult } from '../types.js';

/** The file is not a Word document commslint can read: `reason` says why, the message adds the file. */
export class DocxError extends Error {
  override readonly name = 'DocxError';

  constructor(readonly fileName: string, readonly reason: string, options?: ErrorOptions) {
    super(`${fileName}: ${reason}`, options);
  }
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04] as const;
// Word 97–2003 (.doc) files are OLE compound documents.
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0] as const;

export function isDocxPath(filePath: string): boolean {
  return filePath.toLowerCase().endsWith('.docx');
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * The paragraphs of a .docx, in order, empty ones included so paragraph N is always the Nth.
 * Leading spaces and tabs are dropped: in Markdown they would turn a paragraph into code.
 */
export async function docxParagraphs(bytes: Uint8Array, name: string): Promise<string[]> {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new DocxError(name, 'An old Word 97–2003 document (.doc), not a .docx: open it in Word and save it as .docx.');
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    throw new DocxError(name, 'Not a valid Word document (.docx): it is not a zip package. Save it from Word as .docx.');
  }
  // Loaded on first use: most runs never meet a Word document, and startup time matters to `serve`.
  const { default: mammoth } = await import('mammoth');
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DocxError(name, `Not a valid Word document (.docx): ${reason}`, { cause: error });
  }
  // mammoth ends every paragraph with a blank line and never puts one inside a paragraph.
  const paragraphs = raw.split('\n\n');
  if (paragraphs.at(-1) === '') paragraphs.pop();
  return paragraphs.map((p) => p.replace(/\s*\n\s*/g, ' ').replace(/^[ \t]+/, ''));
}

/** Paragraphs as Markdown paragraphs: paragraph N (1-based) is on line 2N − 1. */
export function paragraphsToText(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}

export async function readDocxText(bytes: Uint8Array, name: string): Promise<string> {
  return paragraphsToText(await docxParagraphs(bytes, name));
}

const paragraphOfLine = (line: number): number => Math.ceil(line / 2);

/** A .docx has no lines a reader can see: `line` and `endLine` become Word paragraph numbers. */
export function toParagraphPositions(result: LintResult): LintResult {
  const messages = result.messages.map((m): LintMessage => ({ ...m, line: paragraphOfLine(m.line), endLine: paragraphOfLine(m.endLine) }));
  return { ...result, messages };
}

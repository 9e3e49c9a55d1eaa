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

// mammoth inflates the XML parts of the package (not the images): a draft's XML is a few MB at most,
// so a package that declares more is refused before anything is inflated (a "zip bomb").
const MAX_XML_BYTES = 100 * 1024 * 1024;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;

/** The unpacked size the zip's central directory declares for its XML parts; undefined if unreadable. */
function declaredXmlSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes, or further back by up to a 64 KB comment.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) !== END_OF_CENTRAL_DIRECTORY) continue;
    let entry = view.getUint32(at + 16, true);
    let total = 0;
    for (let count = view.getUint16(at + 10, true); count > 0; count--) {
      if (entry + 46 > bytes.length || view.getUint32(entry, true) !== CENTRAL_DIRECTORY_ENTRY) return undefined;
      const nameLength = view.getUint16(entry + 28, true);
      const name = new TextDecoder().decode(bytes.subarray(entry + 46, entry + 46 + nameLength));
      // A zip64 entry declares 0xFFFFFFFF here: counted as it reads, which is already too large.
      if (/\.(xml|rels)$/i.test(name)) total += view.getUint32(entry + 24, true);
      entry += 46 + nameLength + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
    }
    return total;
  }
  return undefined;
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
  const declared = declaredXmlSize(bytes);
  // An unreadable directory is refused before unpacking: its size could not be checked.
  if (declared === undefined) {
    throw new DocxError(name, 'Not a valid Word document (.docx): its zip directory cannot be read (the file is cut short, or a zip64 package, which Word does not write). Save it from Word as .docx.');
  }
  if (declared > MAX_XML_BYTES) {
    throw new DocxError(name, `Too large to be a draft: its text unpacks to more than ${MAX_XML_BYTES / 1024 / 1024} MB.`);
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

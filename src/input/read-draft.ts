// Reads a draft from disk and decides whether it is UTF-8 text commslint can lint.
import { readFile } from 'node:fs/promises';
import { DocxError, isDocxPath, readDocxText } from './docx.js';
import { InputError } from './find-files.js';

/**
 * A draft's contents: its text without a leading BOM, or why it cannot be linted. A Word
 * document's text (`docx`) has one paragraph a line, blank lines between, and is never written back.
 */
export type Draft = { kind: 'text'; text: string; bom: boolean; docx?: true } | { kind: 'binary'; reason: string };

// Git and ESLint sniff the first 8 KB the same way: text files have no NUL bytes.
const SNIFF_LENGTH = 8 * 1024;
const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const UTF16_LE_BOM = [0xff, 0xfe] as const;
const UTF16_BE_BOM = [0xfe, 0xff] as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

/** Decides text or binary from the bytes alone. Line endings (CRLF included) are left as they are. */
export function decodeDraft(bytes: Uint8Array): Draft {
  // Checked before the NUL sniff, which UTF-16 text also trips, to give the actionable reason.
  if (startsWith(bytes, UTF16_LE_BOM) || startsWith(bytes, UTF16_BE_BOM)) {
    return { kind: 'binary', reason: 'Not UTF-8: it starts with a UTF-16 byte order mark. Save it as UTF-8.' };
  }
  if (bytes.subarray(0, SNIFF_LENGTH).includes(0)) {
    return { kind: 'binary', reason: 'Binary file: it has a NUL byte in its first 8 KB.' };
  }
  const bom = startsWith(bytes, UTF8_BOM);
  try {
    // ignoreBOM keeps the decoder from eating the BOM itself: we strip exactly one, ourselves.
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    return { kind: 'text', text: decoder.decode(bom ? bytes.subarray(UTF8_BOM.length) : bytes), bom };
  } catch {
    return { kind: 'binary', reason: 'Not UTF-8: it has bytes that are not valid UTF-8. Save it as UTF-8.' };
  }
}

function errorCode(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}

/** Reads `filePath`; throws InputError when it cannot be read (missing, a folder, no permission). */
export async function readDraft(filePath: string): Promise<Draft> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    throw new InputError(
      `Cannot read '${filePath}' (${errorCode(error)}). Check that the file exists and that you may read it.`,
      filePath,
      { cause: error },
    );
  }
  return isDocxPath(filePath) ? decodeDocx(bytes, filePath) : decodeDraft(bytes);
}

async function decodeDocx(bytes: Uint8Array, filePath: string): Promise<Draft> {
  try {
    return { kind: 'text', text: await readDocxText(bytes, filePath), bom: false, docx: true };
  } catch (error) {
    if (error instanceof DocxError) return { kind: 'binary', reason: error.reason };
    throw error;
  }
}

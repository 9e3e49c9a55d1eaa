// Normalizes prose for matching without moving any character: offsets stay valid.
import { lazyRequire } from '../lazy-require.js';

const APOSTROPHES = /[\u2018\u2019\u02bc\uff07]/;

type Convert = (text: string) => string;
const opencc = lazyRequire<{ Converter: (o: { from: string; to: string }) => Convert }>('opencc-js/t2cn');
let convertToSimplified: Convert | undefined;

/**
 * Traditional and Hong Kong forms → simplified (絕對安全 → 绝对安全), with OpenCC's tables,
 * loaded on the first Chinese text. OpenCC maps characters one to one almost everywhere; where
 * a phrase changes length the text is converted character by character to keep offsets.
 */
export function toSimplified(text: string): string {
  if (!HAN.test(text)) return text;
  convertToSimplified ??= opencc().Converter({ from: 'hk', to: 'cn' });
  const whole = convertToSimplified(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const one = convertToSimplified(ch);
    out += one.length === ch.length ? one : ch;
  }
  return out;
}

/**
 * NFKC (full-width → half-width, ligatures out) and lower case, one character at a time and
 * only where the result keeps its length, so `norm[i]` still stands for `text[i]`.
 */
export function foldWidthAndCase(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    // Fast paths for most of a draft: ASCII (NFKC leaves it alone) and common Han characters
    // (U+4E00–U+9FFF are NFKC-stable and caseless).
    if (code < 0x80) {
      out += code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch;
      continue;
    }
    if (code >= 0x4e00 && code <= 0x9fff) {
      out += ch;
      continue;
    }
    if (APOSTROPHES.test(ch)) {
      out += "'";
      continue;
    }
    // Zero-width characters would split a phrase that reads as one: treat them as spaces.
    if (ch === '\u200b' || ch === '\u200c' || ch === '\u200d' || ch === '\u2060' || ch === '\ufeff') {
      out += ' ';
      continue;
    }
    const nfkc = ch.normalize('NFKC');
    const folded = nfkc.length === 1 ? nfkc : ch;
    const lower = folded.toLowerCase();
    out += lower.length === 1 ? lower : folded;
  }
  return out;
}

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** A letter, digit or mark of a non-Han script: part of a Latin-style word. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && !HAN.test(ch) && WORD_CHAR.test(ch);
}

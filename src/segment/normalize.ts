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
  // One replace over the code units that may change: ASCII capitals and everything outside ASCII
  // and the common Han block (U+4E00–U+9FFF, NFKC-stable and caseless). Unlike a character-by-
  // character `+=`, it gives a flat string, which every later scan and regex would otherwise flatten.
  return text.replace(MAY_FOLD, foldCodeUnit);
}

// eslint-disable-next-line no-control-regex -- the range is all of ASCII, control characters included
const MAY_FOLD = /[A-Z]|[^\u0000-\u007f\u4e00-\u9fff]/g;
/** Keyed by code unit, so it never holds more than 65,536 entries. */
const folded = new Map<string, string>();

function foldCodeUnit(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) folded.set(ch, (out = fold(ch)));
  return out;
}

function fold(ch: string): string {
  if (ch.charCodeAt(0) < 0x80) return ch.toLowerCase();
  if (APOSTROPHES.test(ch)) return "'";
  // Zero-width characters would split a phrase that reads as one: treat them as spaces.
  if (ch === '\u200b' || ch === '\u200c' || ch === '\u200d' || ch === '\u2060' || ch === '\ufeff') return ' ';
  const nfkc = ch.normalize('NFKC');
  const width = nfkc.length === 1 ? nfkc : ch;
  const lower = width.toLowerCase();
  return lower.length === 1 ? lower : width;
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

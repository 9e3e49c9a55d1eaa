// Normalizes prose for matching without moving any character: offsets stay valid.

const APOSTROPHES = /[\u2018\u2019\u02bc\uff07]/;

/**
 * NFKC (full-width → half-width, ligatures out) and lower case, one character at a time and
 * only where the result keeps its length, so `norm[i]` still stands for `text[i]`.
 */
export function normalizeForMatch(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
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

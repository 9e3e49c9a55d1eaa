// The draft's own language, which messages speak unless the user chose a locale.
import { isHan, isHanCodeUnit } from '../segment/normalize.js';
import type { Lang } from '../types.js';

const isLatinLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * Chinese when Han characters outnumber Latin words (runs of A–Z, a–z): a Chinese draft quotes
 * English terms, rarely the reverse. One pass over the code units, counting, where matching
 * every Han character made an array of them.
 */
export function detectLanguage(texts: readonly string[]): Lang {
  let han = 0;
  let latinWords = 0;
  for (const text of texts) {
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const latin = isLatinLetter(code);
      if (latin && !inWord) latinWords++;
      inWord = latin;
      if (latin || code < 0x2e80) continue;
      if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) {
        // A supplementary-plane character (CJK extensions B and on) is one character, two units.
        if (isHan(text.slice(i, i + 2))) han++;
        i++;
      } else if (isHanCodeUnit(code)) han++;
    }
  }
  return han > 0 && han >= latinWords ? 'zh' : 'en';
}

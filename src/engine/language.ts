// The draft's own language, which messages speak unless the user chose a locale.
import type { Lang } from '../types.js';

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z]+/g;

/** Chinese when Han characters outnumber Latin words: a Chinese draft quotes English terms, rarely the reverse. */
export function detectLanguage(prose: string): Lang {
  const han = prose.match(HAN)?.length ?? 0;
  const latinWords = prose.match(LATIN_WORD)?.length ?? 0;
  return han > 0 && han >= latinWords ? 'zh' : 'en';
}

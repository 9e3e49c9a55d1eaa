// Author regexes of a rule, per language; the loader has already checked that they compile.
import type { TermList } from '../segment/terms.js';
import { compilePattern, type Matcher } from '../segment/terms.js';

/** Each pattern keeps its language, so it is only tried on text written in that script. */
export function compilePatterns(patterns: TermList | undefined): Matcher[] {
  return [...(patterns?.zh ?? []).map((p) => compilePattern(p, 'han')), ...(patterns?.en ?? []).map((p) => compilePattern(p, 'latin'))];
}

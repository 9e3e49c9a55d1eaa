// Author regexes of a rule, per language; the loader has already checked that they compile.
import type { TermList } from '../segment/terms.js';
import { compilePattern, type Matcher } from '../segment/terms.js';

/**
 * Patterns are not gated by the list they are in (a zh pattern may hold English alternatives):
 * the literal prefilter of each pattern decides, exactly, whether it can match a text.
 */
export function compilePatterns(patterns: TermList | undefined): Matcher[] {
  return [...(patterns?.zh ?? []), ...(patterns?.en ?? [])].map((p) => compilePattern(p));
}

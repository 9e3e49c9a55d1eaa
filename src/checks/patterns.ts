// Author regexes of a rule, per language; the loader has already checked that they compile.
import type { TermList } from '../segment/terms.js';
import { compilePattern, type Matcher } from '../segment/terms.js';

/** Both lists run on every text (a zh pattern may hold English alternatives); each pattern's literal prefilter decides. */
export function compilePatterns(patterns: TermList | undefined): Matcher[] {
  return [...(patterns?.zh ?? []), ...(patterns?.en ?? [])].map(compilePattern);
}

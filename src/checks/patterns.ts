// Author regexes of a rule, per language; the loader has already checked that they compile.
import type { TermList } from '../segment/terms.js';
import { compilePattern, type Matcher } from '../segment/terms.js';

export function compilePatterns(patterns: TermList | undefined): Matcher[] {
  return [...(patterns?.zh ?? []), ...(patterns?.en ?? [])].map(compilePattern);
}

// Applies non-overlapping fixes back to front, for checking a rule's expected output.
import type { LintMessage } from '../../src/types.js';

export function applyFixes(text: string, messages: LintMessage[]): string {
  const fixes = messages.flatMap((m) => (m.fix ? [m.fix] : [])).sort((a, b) => b.range[0] - a.range[0]);
  let out = text;
  let limit = Infinity;
  for (const fix of fixes) {
    if (fix.range[1] > limit) continue;
    out = out.slice(0, fix.range[0]) + fix.text + out.slice(fix.range[1]);
    limit = fix.range[0];
  }
  return out;
}

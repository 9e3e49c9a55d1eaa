// One line per problem, `file:line:col: severity message [rule]`, for editors' quickfix lists.
import type { LintResult } from '../types.js';

export function formatCompact(results: LintResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const m of r.messages) {
      const message = m.message.replace(/\s*\n\s*/g, ' ');
      lines.push(`${r.filePath}:${m.line}:${m.column}: ${m.severity} ${message} [${m.ruleId ?? m.category}]`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

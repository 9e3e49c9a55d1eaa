// Small steps applied in order to the messages of one file: dedupe, then sort.
import type { LintMessage } from '../types.js';

/** One message per rule and range: overlapping terms of one rule flag the same words once. */
export function dedupe(messages: LintMessage[]): LintMessage[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const key = `${m.ruleId ?? ''}:${m.range[0]}:${m.range[1]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A rule that flags words already inside a longer finding of the same rule says nothing new.
 * Sorted by start (longest first at a start), a finding is nested when an earlier one of its rule
 * reaches at least as far: one pass per rule, not a comparison of every pair (drafts can be huge).
 */
export function dropNested(messages: LintMessage[]): LintMessage[] {
  const nested = new Set<LintMessage>();
  const byRule = new Map<string, LintMessage[]>();
  for (const m of messages) {
    const key = m.ruleId ?? '';
    const group = byRule.get(key);
    if (group) group.push(m);
    else byRule.set(key, [m]);
  }
  for (const group of byRule.values()) {
    group.sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
    let reach = -1;
    let reachStart = -1;
    for (const m of group) {
      const longer = m.range[1] <= reach && (m.range[0] > reachStart || m.range[1] - m.range[0] < reach - reachStart);
      if (longer) nested.add(m);
      if (m.range[1] > reach) [reach, reachStart] = [m.range[1], m.range[0]];
    }
  }
  return messages.filter((m) => !nested.has(m));
}

export function sortByPosition(messages: LintMessage[]): LintMessage[] {
  return [...messages].sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? ''));
}

export const postprocess = (messages: LintMessage[]): LintMessage[] => sortByPosition(dropNested(dedupe(messages)));

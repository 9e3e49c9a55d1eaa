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

/** A rule that flags words already inside a longer finding of the same rule says nothing new. */
export function dropNested(messages: LintMessage[]): LintMessage[] {
  return messages.filter(
    (m) =>
      !messages.some(
        (o) => o !== m && o.ruleId === m.ruleId && o.range[0] <= m.range[0] && m.range[1] <= o.range[1] &&
          o.range[1] - o.range[0] > m.range[1] - m.range[0],
      ),
  );
}

export function sortByPosition(messages: LintMessage[]): LintMessage[] {
  return [...messages].sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? ''));
}

export const postprocess = (messages: LintMessage[]): LintMessage[] => sortByPosition(dropNested(dedupe(messages)));

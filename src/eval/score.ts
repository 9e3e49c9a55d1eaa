// Scores findings against a labelled corpus (labels.json: file, category, line), with the matching
// rules of the project's scorer: a label is found by a finding of its category on its line, on a
// range covering it, or within one line; each finding satisfies one label, the closest.
import type { LintMessage } from '../types.js';

export interface Label {
  category: string;
  line: number;
}
export interface LabelledFile {
  file: string;
  expect: Label[];
}
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Score {
  byCategory: Record<string, Counts>;
  total: Counts;
  misses: string[];
  falsePositives: string[];
}

interface Finding {
  category: string;
  line: number;
  endLine: number;
  ruleId: string | null;
  message: string;
  used: boolean;
}

const closeness = (f: Finding, l: Label): number => {
  if (f.line === l.line) return 0;
  if (f.line <= l.line && l.line <= f.endLine) return 1;
  return Math.abs(f.line - l.line) <= 1 ? 2 : Infinity;
};

export function scoreCorpus(labels: LabelledFile[], messagesOf: (file: string) => LintMessage[], categories: readonly string[]): Score {
  const byCategory = Object.fromEntries(categories.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<string, Counts>;
  const misses: string[] = [];
  const falsePositives: string[] = [];
  for (const { file, expect } of labels) {
    // One finding per (category, line), as the scorer counts them.
    const findings = new Map<string, Finding>();
    for (const m of messagesOf(file)) {
      if (!categories.includes(m.category)) continue;
      const key = `${m.category}:${m.line}`;
      if (!findings.has(key)) findings.set(key, { category: m.category, line: m.line, endLine: m.endLine, ruleId: m.ruleId, message: m.message, used: false });
    }
    for (const label of [...expect].sort((a, b) => a.line - b.line)) {
      const counts = byCategory[label.category];
      if (!counts) continue;
      const hit = [...findings.values()]
        .filter((f) => !f.used && f.category === label.category && closeness(f, label) !== Infinity)
        .sort((a, b) => closeness(a, label) - closeness(b, label))[0];
      if (hit) {
        hit.used = true;
        counts.tp++;
      } else {
        counts.fn++;
        misses.push(`${file}:${label.line} ${label.category}`);
      }
    }
    for (const f of findings.values()) {
      if (f.used) continue;
      // A second finding on a label that another finding already satisfied is not a false alarm.
      const onALabel = expect.some((l) => l.category === f.category && closeness(f, l) !== Infinity);
      if (onALabel) continue;
      byCategory[f.category]!.fp++;
      falsePositives.push(`${file}:${f.line} ${f.category} (${f.ruleId ?? ''}) ${f.message.slice(0, 80)}`);
    }
  }
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const c of Object.values(byCategory)) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return { byCategory, total, misses, falsePositives };
}

export const precision = (c: Counts): number => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: Counts): number => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
export const f1 = (c: Counts): number => {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};

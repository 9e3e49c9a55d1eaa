// `cooccurrence`: a match of every set within one sentence, one paragraph, or N tokens.
import type { Condition, RuleSpec } from '../pack/spec.js';
import type { AnalyzedBlock } from '../segment/analyze.js';
import { mayMatch } from '../segment/matcher-index.js';
import { compileTermList, findAll, type Matcher, type Span } from '../segment/terms.js';
import { compilePatterns } from './patterns.js';
import { originalText, survives, type Check, type Finding } from './context.js';

interface Tagged extends Span {
  set: number;
}

export function cooccurrenceCheck(spec: RuleSpec): Check {
  const sets: Matcher[][] = (spec.sets ?? []).map((s) => [...compileTermList(s.terms), ...compilePatterns(s.patterns)]);
  const unless = new Set<Condition>(spec.unless ?? []);
  const scope = spec.scope ?? 'sentence';
  return {
    lists: sets,
    run(block: AnalyzedBlock): Finding[] {
      // A finding needs a match of every set: one set that cannot match anywhere settles it.
      if (!sets.every((matchers) => mayMatch(matchers, block.text))) return [];
      // Each set is matched once over the block, then the matches are shared out by unit. Nine
      // times in ten a set has no whole-word match: stop there, before sentences are worked out.
      const matches: Span[][] = [];
      for (const matchers of sets) {
        const spans = findAll(matchers, block);
        if (spans.length === 0) return [];
        matches.push(spans);
      }
      const all: Tagged[] = matches
        .flatMap((spans, set) => spans.map((span) => ({ ...span, set })))
        .filter((span) => survives(block, span, unless))
        .sort((a, b) => a.start - b.start);
      const units: readonly Span[] = scope === 'paragraph' ? [{ start: 0, end: block.text.length }] : block.sentences;
      const findings: Finding[] = [];
      for (const unit of units) {
        const tagged = all.filter((t) => t.start >= unit.start && t.end <= unit.end);
        const window = smallestWindow(tagged, sets.length);
        if (!window) continue;
        if (spec.within !== undefined && tokenDistance(block, window) > spec.within) continue;
        const match = window.parts.map((p) => originalText(block, p)).join('…');
        findings.push({ start: window.start, end: window.end, block, match });
      }
      return findings;
    },
  };
}

interface Window extends Span {
  parts: Tagged[];
}

/** The shortest stretch holding a match of every set (the classic minimum-window scan). */
function smallestWindow(tagged: Tagged[], setCount: number): Window | undefined {
  const counts = new Array<number>(setCount).fill(0);
  let covered = 0;
  let best: Window | undefined;
  let left = 0;
  for (let right = 0; right < tagged.length; right++) {
    const r = tagged[right]!;
    if (counts[r.set]!++ === 0) covered++;
    while (covered === setCount) {
      const l = tagged[left]!;
      const parts = tagged.slice(left, right + 1);
      const end = Math.max(...parts.map((p) => p.end));
      if (!best || end - l.start < best.end - best.start) best = { start: l.start, end, parts: pickOnePerSet(parts) };
      if (--counts[l.set]! === 0) covered--;
      left++;
    }
  }
  return best;
}

function pickOnePerSet(parts: Tagged[]): Tagged[] {
  const seen = new Set<number>();
  return parts.filter((p) => !seen.has(p.set) && seen.add(p.set));
}

/** Word tokens from the start of the window to its end. */
function tokenDistance(block: AnalyzedBlock, window: Span): number {
  return block.tokens.filter((t) => t.start >= window.start && t.end <= window.end).length - 1;
}

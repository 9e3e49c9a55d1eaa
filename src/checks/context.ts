// What every rule kind shares: the finding it returns and the `unless` conditions it honours.
import type { Condition } from '../pack/spec.js';
import { toBlockSpan, type AnalyzedBlock, type Sentence } from '../segment/analyze.js';
import type { ListGroup } from '../segment/matcher-index.js';
import type { Span } from '../segment/terms.js';

/** A match inside one block; offsets are block offsets until the engine maps them to the source. */
export interface Finding extends Span {
  block: AnalyzedBlock;
  /** The flagged words, joined with "…" when several words together make the finding. */
  match: string;
  expected?: string;
  /** Replacement of [start, end) by `expected`, for substitution rules. */
  fixable?: boolean;
}

export interface Check {
  /** Every matcher list the check runs: where none of them may match, it finds nothing. */
  readonly lists: ListGroup;
  run(block: AnalyzedBlock): Finding[];
}

export function sentenceOf(block: AnalyzedBlock, span: Span): Sentence | undefined {
  return block.sentences.find((s) => s.start <= span.start && span.end <= s.end);
}

/** True when none of the rule's `unless` conditions holds for the span. */
export function survives(block: AnalyzedBlock, span: Span, unless: ReadonlySet<Condition>): boolean {
  if (unless.size === 0) return true;
  const sentence = sentenceOf(block, span);
  if (!sentence) return false;
  if (unless.has('question') && sentence.question) return false;
  if (unless.has('quoted') && isQuoted(block, span)) return false;
  if (unless.has('negated') && hasCueBefore(block, sentence, span, 'negation')) return false;
  if (unless.has('hedged') && hasCueBefore(block, sentence, span, 'hedge')) return false;
  return true;
}

export function isQuoted(block: AnalyzedBlock, span: Span): boolean {
  return block.block.quoted || block.quotes.some((q) => q.byOther && q.start <= span.start && span.end <= q.end);
}

/**
 * A cue scopes over the rest of its clause: "没有绝对安全的车", "not a self-driving system".
 * A cue inside the match itself ("永不起火", "never fails") is part of the claim, not a negation.
 */
function hasCueBefore(block: AnalyzedBlock, sentence: Sentence, span: Span, kind: 'negation' | 'hedge'): boolean {
  const clause = sentence.clauses.find((c) => c.start <= span.start && span.start < c.end) ?? sentence;
  return block.cues.some((cue) => cue.kind === kind && cue.start >= clause.start && cue.end <= span.start);
}

/** The words of a span as written in the draft, spaces and all. */
export function originalText(block: AnalyzedBlock, span: Span): string {
  const { start, end } = toBlockSpan(block, span);
  return block.block.text.slice(start, end);
}

// A prose block → sentences, clauses, tokens, negation/hedge cues and quotations, all as offsets.
import type { ProseBlock } from '../parse/markdown.js';
import {
  CLAUSE_BREAKS, HEDGE, HEDGE_PATTERNS, INSTRUCTION, NEGATION, NEGATION_PATTERNS, OTHER_SPEAKER, RHETORICAL,
} from './cue-words.js';
import { normalizeForMatch } from './normalize.js';
import { findQuotes, type Quote } from './quotes.js';
import { compilePattern, compileTermList, findAll, type Boundaries, type Matcher, type Span } from './terms.js';
import { tokenize, type Token } from './tokens.js';

export interface Sentence extends Span {
  clauses: Span[];
  /** A plain question (not a rhetorical one): it asks, it does not claim. */
  question: boolean;
}

export interface Cue extends Span {
  kind: 'negation' | 'hedge';
}

export interface AnalyzedBlock extends Boundaries {
  block: ProseBlock;
  tokens: Token[];
  sentences: Sentence[];
  cues: Cue[];
  /** Quotations attributed to another speaker. */
  quotes: Quote[];
}

const compiled = {
  negation: [...compileTermList(NEGATION), ...NEGATION_PATTERNS.map(compilePattern)],
  hedge: [...compileTermList(HEDGE), ...HEDGE_PATTERNS.map(compilePattern)],
  clauseBreaks: compileTermList(CLAUSE_BREAKS),
  rhetorical: compileTermList(RHETORICAL),
  otherSpeaker: compileTermList(OTHER_SPEAKER),
  instruction: compileTermList(INSTRUCTION),
};

/** Ends a sentence: CJK and Latin terminal punctuation (Latin full stops come from retext). */
const TERMINAL = /[。！？!?；;…]+[”’」』）)\]"']*/gu;
/** Clause ends. 、 and the Latin comma are left out: they mostly separate items of one list. */
const CLAUSE_PUNCT = /[，：:—–()（）《》]|\s-\s/gu;
/** A Latin comma ends a clause when more than a short list item follows ("…, or hands-free"). */
const LIST_ITEM_AFTER_COMMA = /^,\s*(?:(?:and|or)\s+)?[\p{L}\p{N}'-]+(?:\s+[\p{L}\p{N}'-]+){0,2}\s*(?:[,.;:!?—–]|$)/u;
const QUESTION_END = /[?？][”’」』）)\]"'\s]*$/u;

export function analyzeBlock(block: ProseBlock): AnalyzedBlock {
  const text = normalizeForMatch(block.text);
  // retext needs the original case to see where English sentences start; offsets are the same.
  const { tokens, sentenceStarts } = tokenize(block.text);
  const hanStarts = new Set<number>();
  const hanEnds = new Set<number>();
  for (const t of tokens) {
    if (!t.han) continue;
    hanStarts.add(t.start);
    hanEnds.add(t.end);
  }
  const bounds: Boundaries = { text, hanStarts, hanEnds };
  const sentences = splitSentences(text, sentenceStarts).map((s) => toSentence(bounds, s));
  const cues: Cue[] = [
    ...findAll(compiled.negation, bounds).map((s) => ({ ...s, kind: 'negation' as const })),
    ...findAll(compiled.hedge, bounds).map((s) => ({ ...s, kind: 'hedge' as const })),
  ];
  const quotes = findQuotes(bounds, compiled);
  return { ...bounds, block, tokens, sentences, cues, quotes };
}

function splitSentences(text: string, latinStarts: number[]): Span[] {
  const cuts = new Set<number>([0, text.length, ...latinStarts]);
  for (const m of text.matchAll(TERMINAL)) cuts.add(m.index + m[0].length);
  // A line break ends a sentence unless it wraps an English sentence mid-way.
  for (const m of text.matchAll(/\r?\n/g)) {
    if (!/[\p{Script=Latin},]$/u.test(text.slice(0, m.index).trimEnd())) cuts.add(m.index + m[0].length);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const spans: Span[] = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    let start = sorted[i]!;
    let end = sorted[i + 1]!;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}

function toSentence(bounds: Boundaries, span: Span): Sentence {
  const text = bounds.text.slice(span.start, span.end);
  const cuts = new Set<number>([span.start, span.end]);
  for (const m of text.matchAll(CLAUSE_PUNCT)) cuts.add(span.start + m.index);
  for (const m of text.matchAll(/,/g)) {
    if (!LIST_ITEM_AFTER_COMMA.test(text.slice(m.index))) cuts.add(span.start + m.index);
  }
  for (const b of findAll(compiled.clauseBreaks, bounds, span.start, span.end)) cuts.add(b.start);
  const sorted = [...cuts].sort((a, b) => a - b);
  const clauses: Span[] = [];
  for (let i = 0; i < sorted.length - 1; i++) clauses.push({ start: sorted[i]!, end: sorted[i + 1]! });
  const question = QUESTION_END.test(text) && findAll(compiled.rhetorical, bounds, span.start, span.end).length === 0;
  return { ...span, clauses, question };
}

export type { Matcher };

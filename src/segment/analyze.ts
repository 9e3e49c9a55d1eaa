// A prose block → sentences, clauses, tokens, negation/hedge cues and quotations, all as offsets.
import type { ProseBlock } from '../parse/markdown.js';
import {
  CLAUSE_BREAKS, HEDGE, HEDGE_PATTERNS, INSTRUCTION, NEGATION, NEGATION_PATTERNS, OTHER_SPEAKER, PROHIBITION, RHETORICAL,
} from './cue-words.js';
import { foldWidthAndCase, isHan, toSimplified } from './normalize.js';
import { findQuotes, type Quote } from './quotes.js';
import { compilePattern, compileTermList, findAll, type Boundaries, type Span } from './terms.js';
import { hanRunsAndSentences, HanWords, tokenize, type Token } from './tokens.js';

export interface Sentence extends Span {
  readonly clauses: readonly Span[];
  /** A plain question (not a rhetorical one): it asks, it does not claim. */
  readonly question: boolean;
}

export interface Cue extends Span {
  kind: 'negation' | 'hedge';
}

/**
 * A block as the checks see it. Only the matching view is worked out up front: tokens (jieba,
 * retext), sentences, cues and quotations come on first use, and most paragraphs hold no literal
 * of any rule, so their checks return before asking for any of them.
 */
export interface AnalyzedBlock extends Boundaries {
  readonly block: ProseBlock;
  /** The block's own characters as matching sees them (`text` is this, normalized). */
  readonly original: string;
  /**
   * `toBlock[i]` is the index in `block.text` of `text[i]`; one extra entry for the end. Absent
   * when no character was taken out (most paragraphs): then `text[i]` is `block.text[i]`.
   */
  readonly toBlock: readonly number[] | undefined;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly cues: readonly Cue[];
  /** Quotations attributed to another speaker. */
  readonly quotes: readonly Quote[];
  /** The same analysis for the same words at another place (the editor's cache of paragraphs). */
  at(block: ProseBlock): AnalyzedBlock;
}

/**
 * The engine's own cue lists, compiled on first use: by then the built-in pack has told
 * pattern-hints the literals of their patterns, so start-up never loads the regex parser.
 */
const cueLists = () => ({
  negation: [...compileTermList(NEGATION), ...NEGATION_PATTERNS.map(compilePattern)],
  hedge: [...compileTermList(HEDGE), ...HEDGE_PATTERNS.map(compilePattern)],
  clauseBreaks: compileTermList(CLAUSE_BREAKS),
  rhetorical: compileTermList(RHETORICAL),
  otherSpeaker: compileTermList(OTHER_SPEAKER),
  instruction: compileTermList(INSTRUCTION),
  prohibition: compileTermList(PROHIBITION),
});
let compiledCues: ReturnType<typeof cueLists> | undefined;
const cues = (): ReturnType<typeof cueLists> => (compiledCues ??= cueLists());

/** Ends a sentence: CJK and Latin terminal punctuation (Latin full stops come from retext). */
const TERMINAL = /[。！？!?；;…]+[”’」』）)\]"']*/gu;
/** Clause ends. 、 and the Latin comma are left out: they mostly separate items of one list. */
const CLAUSE_PUNCT = /[，：:;；—–()（）《》]|\s-\s/gu;
/** A Latin comma ends a clause when more than a short list item follows ("…, or hands-free"). */
const LIST_ITEM_AFTER_COMMA = /^,\s*(?:(?:and|or)\s+)?[\p{Script=Latin}\p{N}'’-]+(?:\s+[\p{Script=Latin}\p{N}'’-]+){0,2}\s*(?:[,.;:!?—–]|$)/iu;
/** ", and we …" starts a clause with its own subject; ", or employees …" continues a list. */
const NEW_SUBJECT_AFTER_AND = /^,\s*and\s+(?:we|i|you|it|they|he|she|this|that|these|those|the|our|its|there|my|your|their)\b/iu;
const LIST_CONTINUES = /^,\s*(?:and|or|nor)\b/iu;

/** Does the Latin comma at the start of `rest` end a clause (and the reach of a negation)? */
function commaEndsClause(rest: string): boolean {
  if (NEW_SUBJECT_AFTER_AND.test(rest)) return true;
  if (LIST_CONTINUES.test(rest)) return false;
  return !LIST_ITEM_AFTER_COMMA.test(rest);
}

const QUESTION_END = /[?？][”’」』）)\]"'\s]*$/u;

export function analyzeBlock(block: ProseBlock): AnalyzedBlock {
  // The cue lists' literals join the literal index before the paragraph's scan first builds its
  // automaton: compiled later, they would make the next scan build it a second time.
  cues();
  return new BlockAnalysis(block, new TextAnalysis(matchingView(block.text)));
}

/**
 * What a block's text gives, each part worked out once, when first asked for. It is also the
 * text's word boundaries, which the cue, clause and quotation searches match against.
 */
class TextAnalysis implements Boundaries {
  private bounds?: { sentenceStarts: number[]; han: HanWords; pieces?: Token[] };
  private tokenList?: Token[];
  private sentenceList?: Sentence[];
  private cueList?: Cue[];
  private quoteList?: Quote[];

  constructor(readonly view: MatchingView) {}

  get text(): string {
    return this.view.text;
  }

  startsHanWord(pos: number): boolean {
    return this.wordBounds().han.startsWord(pos);
  }

  endsHanWord(end: number): boolean {
    return this.wordBounds().han.endsWord(end);
  }

  tokens(): readonly Token[] {
    const { han, pieces } = this.wordBounds();
    this.tokenList ??= han.words(pieces ?? tokenize(this.view.simplified).pieces);
    return this.tokenList;
  }

  sentences(): Sentence[] {
    this.sentenceList ??= splitSentences(this.view.text, this.wordBounds().sentenceStarts).map(
      ({ start, end }) => new SentenceAnalysis(this, this.view.original, start, end),
    );
    return this.sentenceList;
  }

  cues(): Cue[] {
    if (this.cueList) return this.cueList;
    const { negation, hedge } = cues();
    return (this.cueList = [
      ...findAll(negation, this).map((s) => ({ ...s, kind: 'negation' as const })),
      ...findAll(hedge, this).map((s) => ({ ...s, kind: 'hedge' as const })),
    ]);
  }

  quotes(): Quote[] {
    this.quoteList ??= findQuotes(this, cues());
    return this.quoteList;
  }

  private wordBounds(): { sentenceStarts: number[]; han: HanWords; pieces?: Token[] } {
    if (this.bounds) return this.bounds;
    // retext needs the original case to see where English sentences start, jieba simplified
    // characters to find words; offsets are the same in all three.
    const { hanRuns, sentenceStarts, pieces } = hanRunsAndSentences(this.view.simplified);
    return (this.bounds = { sentenceStarts, han: new HanWords(this.view.simplified, hanRuns), pieces });
  }
}

/** The analysis of a block's text at the block's place in the draft. */
class BlockAnalysis implements AnalyzedBlock {
  constructor(
    readonly block: ProseBlock,
    private readonly analysis: TextAnalysis,
  ) {}

  at(block: ProseBlock): BlockAnalysis {
    return new BlockAnalysis(block, this.analysis);
  }

  get text(): string {
    return this.analysis.text;
  }
  get original(): string {
    return this.analysis.view.original;
  }
  get toBlock(): readonly number[] | undefined {
    return this.analysis.view.toBlock;
  }
  startsHanWord(pos: number): boolean {
    return this.analysis.startsHanWord(pos);
  }
  endsHanWord(end: number): boolean {
    return this.analysis.endsHanWord(end);
  }
  get tokens(): readonly Token[] {
    return this.analysis.tokens();
  }
  get sentences(): readonly Sentence[] {
    return this.analysis.sentences();
  }
  get cues(): readonly Cue[] {
    return this.analysis.cues();
  }
  get quotes(): readonly Quote[] {
    return this.analysis.quotes();
  }
}

const SPACED_HAN = /\p{Script=Han}[ \t\u00a0\u3000]+\p{Script=Han}/u;

const isInlineSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u3000';

/**
 * The text that terms, patterns and jieba see: normalized, and with the spaces between two Han
 * characters taken out, so "绝 对 安 全" reads as 绝对安全 (a trick to slip past keyword filters).
 */
interface MatchingView {
  text: string;
  original: string;
  simplified: string;
  toBlock: number[] | undefined;
}

function matchingView(blockText: string): MatchingView {
  // Both views keep every offset: toSimplified and foldWidthAndCase map one character to one.
  const simplifiedBlock = toSimplified(blockText);
  const norm = foldWidthAndCase(simplifiedBlock);
  const dropped = spacesBetweenHan(norm);
  if (dropped.length === 0) {
    // Most paragraphs: nothing taken out, every view is the block's own text.
    return { text: norm, original: blockText, simplified: simplifiedBlock, toBlock: undefined };
  }
  const toBlock: number[] = [];
  const keep = (s: string): string => {
    let out = '';
    let from = 0;
    for (const at of dropped) {
      out += s.slice(from, at);
      from = at + 1;
    }
    return out + s.slice(from);
  };
  let d = 0;
  for (let i = 0; i < norm.length; i++) {
    if (dropped[d] === i) d++;
    else toBlock.push(i);
  }
  toBlock.push(blockText.length);
  return { text: keep(norm), original: keep(blockText), simplified: keep(simplifiedBlock), toBlock };
}

/** Offsets of inline spaces with a Han character kept before them and one after the run. */
function spacesBetweenHan(norm: string): number[] {
  const dropped: number[] = [];
  // Every text where the loop below drops a space matches this; most texts do not.
  if (!SPACED_HAN.test(norm)) return dropped;
  let lastKept = '';
  for (let i = 0; i < norm.length; i++) {
    const ch = norm[i]!;
    if (isInlineSpace(ch) && isHan(lastKept) && isHan(nextNonSpace(norm, i))) {
      dropped.push(i);
      continue;
    }
    lastKept = ch;
  }
  return dropped;
}

function nextNonSpace(text: string, from: number): string | undefined {
  for (let i = from; i < text.length; i++) if (!isInlineSpace(text[i])) return text[i];
  return undefined;
}

/** The block offsets of a span of the matching view. */
export function toBlockSpan(ab: AnalyzedBlock, span: Span): Span {
  const { toBlock } = ab;
  return toBlock ? { start: toBlock[span.start]!, end: toBlock[span.end - 1]! + 1 } : { start: span.start, end: span.end };
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

/** A sentence's clauses and mood, worked out when a check asks: most sentences hold no match. */
class SentenceAnalysis implements Sentence {
  private clauseList?: Span[];
  private asks?: boolean;

  constructor(
    private readonly bounds: Boundaries,
    private readonly original: string,
    readonly start: number,
    readonly end: number,
  ) {}

  /** `original` tells a Chinese comma (，, a clause end) from a Latin one, which NFKC makes alike. */
  get clauses(): readonly Span[] {
    if (this.clauseList) return this.clauseList;
    const { start, end } = this;
    const text = this.original.slice(start, end);
    const cuts = new Set<number>([start, end]);
    for (const m of text.matchAll(CLAUSE_PUNCT)) cuts.add(start + m.index);
    for (const m of text.matchAll(/,/g)) {
      if (commaEndsClause(text.slice(m.index))) cuts.add(start + m.index);
    }
    for (const b of findAll(cues().clauseBreaks, this.bounds, start, end)) cuts.add(b.start);
    const sorted = [...cuts].sort((x, y) => x - y);
    const clauses: Span[] = [];
    for (let i = 0; i < sorted.length - 1; i++) clauses.push({ start: sorted[i]!, end: sorted[i + 1]! });
    return (this.clauseList = clauses);
  }

  get question(): boolean {
    this.asks ??=
      QUESTION_END.test(this.original.slice(this.start, this.end)) &&
      findAll(cues().rhetorical, this.bounds, this.start, this.end).length === 0;
    return this.asks;
  }
}


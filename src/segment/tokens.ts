// Words with offsets: retext (nlcst) finds words and Latin sentences; jieba splits Han runs.
import type { Sentence as NlcstSentence, Word as NlcstWord } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { cutHan } from './jieba.js';

export interface Token {
  start: number;
  end: number;
  han: boolean;
}

const parser = unified().use(retextEnglish);
const HAN_RUNS = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
const HAN_START = /^\p{Script=Han}/u;

export interface Tokenized {
  /** Words of other scripts, and runs of Han characters (`han`) for jieba to cut on demand. */
  pieces: Token[];
  /** Offsets where retext starts a new Latin-script sentence. */
  sentenceStarts: number[];
}

/**
 * Han, digits, spaces and CJK punctuation only: text where retext finds no sentence break and no
 * word the Han runs and digit runs do not already give. Anything else (a Latin letter, an ASCII
 * full stop, a middle dot that retext joins into a word) goes to retext.
 */
const HAN_PROSE_ONLY = /^[\p{Script=Han}\p{Nd}\s\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2018\u2019\u201c\u201d\u2026]*$/u;
const DIGITS = /\p{Nd}+/gu;

export function tokenize(text: string): Tokenized {
  // Half of a Chinese archive's paragraphs are Han prose only: retext's tree (a node and two
  // points for every word, space and mark) would only say what jieba and a digit regex say.
  if (HAN_PROSE_ONLY.test(text)) return { pieces: hanTextPieces(text), sentenceStarts: [0] };
  return tokenizeWithRetext(text);
}

/** Words and Latin sentences from retext; Han runs stay whole, for HanWords to cut. */
export function tokenizeWithRetext(text: string): Tokenized {
  const tree = parser.parse(text);
  const pieces: Token[] = [];
  const sentenceStarts: number[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      sentenceStarts.push(sentence.position?.start.offset ?? 0);
      collectWords(sentence, pieces);
    }
  }
  return { pieces, sentenceStarts };
}

function collectWords(sentence: NlcstSentence, tokens: Token[]): void {
  for (const node of sentence.children) {
    if (node.type === 'WordNode') splitScripts(node, tokens);
  }
}

function hanTextPieces(text: string): Token[] {
  const tokens: Token[] = [];
  for (const run of text.matchAll(HAN_RUNS)) {
    if (HAN_START.test(run[0])) {
      tokens.push({ start: run.index, end: run.index + run[0].length, han: true });
      continue;
    }
    for (const word of run[0].matchAll(DIGITS)) {
      const start = run.index + word.index;
      tokens.push({ start, end: start + word[0].length, han: false });
    }
  }
  return tokens;
}

/** retext sees a Han run as one word: split it by script, leaving its Han runs for HanWords to cut. */
function splitScripts(word: NlcstWord, tokens: Token[]): void {
  const value = toString(word);
  const base = word.position?.start.offset ?? 0;
  for (const run of value.matchAll(HAN_RUNS)) {
    const runStart = base + run.index;
    tokens.push({ start: runStart, end: runStart + run[0].length, han: HAN_START.test(run[0]) });
  }
}

/**
 * Where Han words begin and end, each Han run cut by jieba the first time a position inside it
 * is asked about: a match needs the cut of its own run, not of the whole paragraph.
 */
export class HanWords {
  private readonly cuts = new Map<number, Token[]>();
  private every?: Token[];

  constructor(
    private readonly text: string,
    private readonly pieces: readonly Token[],
  ) {}

  startsWord(pos: number): boolean {
    return this.wordsAround(pos)?.some((w) => w.start === pos) ?? false;
  }

  endsWord(end: number): boolean {
    return this.wordsAround(end - 1)?.some((w) => w.end === end) ?? false;
  }

  /** Every word, the Han runs cut. */
  all(): readonly Token[] {
    this.every ??= this.pieces.flatMap((piece, i) => (piece.han ? this.cut(i) : [piece]));
    return this.every;
  }

  /** The words of the Han run holding the character at `pos`, if one does. */
  private wordsAround(pos: number): Token[] | undefined {
    let lo = 0;
    let hi = this.pieces.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const piece = this.pieces[mid]!;
      if (piece.end <= pos) lo = mid + 1;
      else if (piece.start > pos) hi = mid - 1;
      else return piece.han ? this.cut(mid) : undefined;
    }
    return undefined;
  }

  private cut(index: number): Token[] {
    let words = this.cuts.get(index);
    if (words) return words;
    const { start, end } = this.pieces[index]!;
    words = [];
    let at = start;
    for (const word of cutHan(this.text.slice(start, end))) {
      words.push({ start: at, end: at + word.length, han: true });
      at += word.length;
    }
    this.cuts.set(index, words);
    return words;
  }
}

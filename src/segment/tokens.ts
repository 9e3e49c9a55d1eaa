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
 * Text where retext would find one sentence and take every Han character for a word character:
 * no terminal mark (parse-latin's `! . ? … ‽`), no white space with two line breaks (its
 * implicit sentence break), no Han radical or supplementary-plane character (outside its word
 * class). Most Chinese paragraphs that quote a Latin word ("L2", "OTA") are such text.
 */
const RETEXT_MAY_SPLIT = /[!.?\u2026\u203d\u2e80-\u2fdf\ud800-\udfff]|[\r\n][\s\u0085]*[\r\n]/;
/** parse-latin's white space: a sentence starts after it. */
const RETEXT_SPACE = /[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

export interface HanRunsAndSentences {
  /** The Han runs, for HanWords to cut. */
  hanRuns: Token[];
  /** Offsets where retext starts a new Latin-script sentence. */
  sentenceStarts: number[];
  /** `tokenize`'s pieces, when they had to be worked out. */
  pieces?: Token[];
}

/**
 * What word boundaries and sentences need, as retext would give them, without building its tree
 * where it would only say what a regex says: `tokenize` is then left for the checks that count words.
 */
export function hanRunsAndSentences(text: string): HanRunsAndSentences {
  if (RETEXT_MAY_SPLIT.test(text)) {
    const { pieces, sentenceStarts } = tokenize(text);
    return { hanRuns: pieces.filter((p) => p.han), sentenceStarts, pieces };
  }
  let start = 0;
  while (start < text.length && RETEXT_SPACE.test(text[start]!)) start++;
  const hanRuns: Token[] = [];
  for (const run of text.matchAll(HAN_ONLY_RUNS)) hanRuns.push({ start: run.index, end: run.index + run[0].length, han: true });
  return { hanRuns, sentenceStarts: start < text.length ? [start] : [] };
}

const HAN_ONLY_RUNS = /\p{Script=Han}+/gu;

/**
 * Where Han words begin and end, each Han run cut by jieba the first time a position inside it
 * is asked about: a match needs the cut of its own run, not of the whole paragraph.
 */
export class HanWords {
  /** Cut runs by start offset. */
  private readonly cuts = new Map<number, Token[]>();

  constructor(
    private readonly text: string,
    private readonly runs: readonly Token[],
  ) {}

  startsWord(pos: number): boolean {
    return this.wordsAround(pos)?.some((w) => w.start === pos) ?? false;
  }

  endsWord(end: number): boolean {
    return this.wordsAround(end - 1)?.some((w) => w.end === end) ?? false;
  }

  /** The pieces of `tokenize`, each Han run cut into words. */
  words(pieces: readonly Token[]): Token[] {
    return pieces.flatMap((piece) => (piece.han ? this.cut(piece) : [piece]));
  }

  /** The words of the Han run holding the character at `pos`, if one does. */
  private wordsAround(pos: number): Token[] | undefined {
    let lo = 0;
    let hi = this.runs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const run = this.runs[mid]!;
      if (run.end <= pos) lo = mid + 1;
      else if (run.start > pos) hi = mid - 1;
      else return this.cut(run);
    }
    return undefined;
  }

  private cut({ start, end }: Token): Token[] {
    let words = this.cuts.get(start);
    if (words) return words;
    words = [];
    let at = start;
    for (const word of cutHan(this.text.slice(start, end))) {
      words.push({ start: at, end: at + word.length, han: true });
      at += word.length;
    }
    this.cuts.set(start, words);
    return words;
  }
}

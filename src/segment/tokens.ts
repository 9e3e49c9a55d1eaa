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
  tokens: Token[];
  /** Offsets where retext starts a new Latin-script sentence. */
  sentenceStarts: number[];
}

export function tokenize(text: string): Tokenized {
  const tree = parser.parse(text);
  const tokens: Token[] = [];
  const sentenceStarts: number[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      sentenceStarts.push(sentence.position?.start.offset ?? 0);
      collectWords(sentence, tokens);
    }
  }
  return { tokens, sentenceStarts };
}

function collectWords(sentence: NlcstSentence, tokens: Token[]): void {
  for (const node of sentence.children) {
    if (node.type === 'WordNode') splitScripts(node, tokens);
  }
}

/** retext sees a Han run as one word; split it by script and let jieba cut the Han parts. */
function splitScripts(word: NlcstWord, tokens: Token[]): void {
  const value = toString(word);
  const base = word.position?.start.offset ?? 0;
  for (const run of value.matchAll(HAN_RUNS)) {
    const runStart = base + run.index;
    if (!HAN_START.test(run[0])) {
      tokens.push({ start: runStart, end: runStart + run[0].length, han: false });
      continue;
    }
    let at = runStart;
    for (const piece of cutHan(run[0])) {
      tokens.push({ start: at, end: at + piece.length, han: true });
      at += piece.length;
    }
  }
}

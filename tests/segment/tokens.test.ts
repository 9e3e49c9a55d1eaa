// Paragraphs retext would only repeat a regex on skip retext; what they get must be what retext gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledDrafts } from '../helpers/drafts.js';
import { parseMarkdownWhole } from '../../src/parse/markdown.js';
import { cutHan } from '../../src/segment/jieba.js';
import { hanRunsAndSentences, HanWords, tokenize, tokenizeWithRetext } from '../../src/segment/tokens.js';

/**
 * The sentence starts that cut a text: one after nothing but white space cuts off no sentence
 * (the Han-prose shortcut gives 0 there, retext the first non-space).
 */
const cuts = (text: string, starts: number[]): number[] => starts.filter((s) => !/^\s*$/u.test(text.slice(0, s)));

/** Han runs and sentence cuts from the pieces `tokenize` gives (retext's tree, or its Han-prose shortcut). */
function tokenizedBoundaries(text: string): { hanRuns: unknown[]; cuts: number[] } {
  const { pieces, sentenceStarts } = tokenize(text);
  return { hanRuns: pieces.filter((p) => p.han), cuts: cuts(text, sentenceStarts) };
}

const sameAsRetext = (text: string): void => {
  const { hanRuns, sentenceStarts } = hanRunsAndSentences(text);
  expect({ hanRuns, cuts: cuts(text, sentenceStarts) }).toEqual(tokenizedBoundaries(text));
};

/** Han, Latin, digits, the marks and spaces retext splits on or joins by, and their near misses. */
const CHARS = Array.from('中文安全绝对aZ09 \t\n\r\u3000\u00a0\u0085\u2028.!?…‽。，！？·-\'’"“”%@#/:;()（）⺀⼀々〇豈').concat(['𠀀', '\ud840']);

describe('tokenize', () => {
  it('gives Han prose the words and sentences retext would, and leaves the rest to retext', () => {
    const texts = [
      '这台车绝对安全，2024年11月28日20：00发布。',
      '我们到了. 然后出发。', // an ASCII full stop: retext starts a sentence after it
      '埃隆·马斯克说“绝对安全”……真的吗？', // a middle dot retext joins into one word
      '有啥问题随时@小王，收到请回复1。',
      '价格是3.5万元！续航提升20%。',
      '第一段\n第二段　全角空格',
    ];
    for (const text of texts) expect(tokenize(text)).toEqual(tokenizeWithRetext(text));
  });

  it('splits an ASCII full stop followed by a space into two sentences in Han text', () => {
    expect(tokenize('我们到了. 然后出发。').sentenceStarts).toEqual([0, 6]);
  });

  it('gives word boundaries and sentences as retext does, for any mix of scripts and marks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 30 }), (chars) => {
        sameAsRetext(chars.join(''));
      }),
      { seed: 20261203, numRuns: 5000 },
    );
  });

  it('gives word boundaries and sentences as retext does, for every paragraph of the bundled drafts', () => {
    let fast = 0;
    for (const source of bundledDrafts()) {
      for (const { text } of parseMarkdownWhole(source).blocks) {
        sameAsRetext(text);
        if (hanRunsAndSentences(text).pieces === undefined) fast++;
      }
    }
    // The drafts hold paragraphs of each kind: the comparison covers both ways.
    expect(fast).toBeGreaterThan(10);
  });

  it('leaves retext the text where it may see a sentence break or a character outside its words', () => {
    for (const text of ['我们到了. 然后出发', '真的?', '第一段\n\n第二段', '第一段\r\n\r\n第二段', '⼀个', '𠀀字']) {
      expect(hanRunsAndSentences(text).pieces).toBeDefined();
    }
    for (const text of ['OTA 升级，L2 级辅助驾驶', '第一行\n第二行', 'Safety first']) expect(hanRunsAndSentences(text).pieces).toBeUndefined();
  });

  it('tells word starts and ends one Han run at a time, as cutting every run would', () => {
    const texts = ['这台车绝对安全，请系好安全带。', 'Model 3的自动驾驶功能，绝对安全。', '雷总说：我亲自试驾过。', 'no Han here', '安'];
    for (const text of texts) {
      const { pieces } = tokenize(text);
      const words = new HanWords(text, hanRunsAndSentences(text).hanRuns);
      const everyRun = pieces.flatMap((p) => {
        if (!p.han) return [p];
        let at = p.start;
        return cutHan(text.slice(p.start, p.end)).map((w) => ({ start: at, end: (at += w.length), han: true }));
      });
      expect(words.words(pieces)).toEqual(everyRun);
      for (let pos = 0; pos <= text.length; pos++) {
        expect(words.startsWord(pos)).toBe(everyRun.some((t) => t.han && t.start === pos));
        expect(words.endsWord(pos)).toBe(everyRun.some((t) => t.han && t.end === pos));
      }
    }
  });
});

// Paragraphs of Han prose skip retext; what they get must be what retext would have given.
import { describe, expect, it } from 'vitest';
import { cutHan } from '../../src/segment/jieba.js';
import { HanWords, tokenize, tokenizeWithRetext } from '../../src/segment/tokens.js';

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

  it('tells word starts and ends one Han run at a time, as cutting every run would', () => {
    const texts = ['这台车绝对安全，请系好安全带。', 'Model 3的自动驾驶功能，绝对安全。', '雷总说：我亲自试驾过。', 'no Han here', '安'];
    for (const text of texts) {
      const { pieces } = tokenize(text);
      const words = new HanWords(text, pieces);
      const everyRun = pieces.flatMap((p) => {
        if (!p.han) return [p];
        let at = p.start;
        return cutHan(text.slice(p.start, p.end)).map((w) => ({ start: at, end: (at += w.length), han: true }));
      });
      expect(new HanWords(text, pieces).all()).toEqual(everyRun);
      for (let pos = 0; pos <= text.length; pos++) {
        expect(words.startsWord(pos)).toBe(everyRun.some((t) => t.han && t.start === pos));
        expect(words.endsWord(pos)).toBe(everyRun.some((t) => t.han && t.end === pos));
      }
    }
  });
});

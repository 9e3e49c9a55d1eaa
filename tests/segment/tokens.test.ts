// Paragraphs of Han prose skip retext; what they get must be what retext would have given.
import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeWithRetext } from '../../src/segment/tokens.js';

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
});

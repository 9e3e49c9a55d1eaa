import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWidthAndCase } from '../../src/segment/normalize.js';

describe('foldWidthAndCase', () => {
  it('folds width and case without moving a character', () => {
    expect(foldWidthAndCase('ＡＢＣ１２３，绝对安全！')).toBe('abc123,绝对安全!');
    expect(foldWidthAndCase('Don’t SMEAR us')).toBe("don't smear us");
    expect(foldWidthAndCase('绝\u200b对')).toBe('绝 对');
    // Lower case that would take two code units (İ → i̇) is left as written.
    expect(foldWidthAndCase('İstanbul')).toBe('İstanbul');
  });

  it('keeps the length and folds each code unit on its own, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const out = foldWidthAndCase(text);
        expect(out.length).toBe(text.length);
        expect(out).toBe(Array.from({ length: text.length }, (_, i) => foldWidthAndCase(text[i]!)).join(''));
      }),
      { seed: 3, numRuns: 500 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../src/segment/pattern-hints.js';
import { spaceTolerant } from '../../src/segment/terms.js';

describe('requiredLiterals', () => {
  it('takes the longest literal run, or the union of a required group’s alternatives', () => {
    expect(requiredLiterals('\\b(the look|design) (are|is) everything\\b')).toEqual([' everything']);
    expect(requiredLiterals('(颜值|好看)[^.!?]{0,12}\\b(beats?|trumps?)\\b')).toEqual(['beat', 'trump']);
    expect(requiredLiterals('\\bSELF-driving\\b')).toEqual(['self-driving']);
  });

  it('gives nothing when some match needs no literal at all', () => {
    expect(requiredLiterals('a?b*')).toBeUndefined();
    expect(requiredLiterals('(safe|\\w+)ly?')).toEqual(['l']);
    expect(requiredLiterals('(safe|\\w+)')).toBeUndefined();
    expect(requiredLiterals('(unclosed')).toBeUndefined();
  });

  it('never rules out a text the regex matches (random texts over the patterns’ own letters)', () => {
    const patterns = ['(绝对|百分百)安全', '\\b(the look|looks?) (is|are) everything\\b', '永不(起火|自燃)?[^，。]{0,3}爆', '(a|ab)+c[^x]d', '\\b(defend(ing)? us)\\b[^.]{0,6}\\b(win|prize)\\b'];
    const alphabet = fc.constantFrom(...'绝对百分安全永不起火自燃爆，。 thelookisaresvrybdfnguwpzcx.'.split(''));
    for (const pattern of patterns) {
      const source = spaceTolerant(pattern);
      const regex = new RegExp(source, 'iu');
      const literals = requiredLiterals(source);
      fc.assert(
        fc.property(fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')), fc.constantFrom('绝对安全', 'the look is everything', '永不起火爆', 'abcyd', 'defend us to win'), fc.nat(30), (noise, seed, at) => {
          const text = noise.slice(0, at) + seed + noise.slice(at);
          if (regex.test(text) && literals) expect(literals.some((l) => text.includes(l))).toBe(true);
        }),
        { seed: 20261125, numRuns: 400 },
      );
    }
  });
});

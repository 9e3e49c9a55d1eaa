import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../src/segment/pattern-hints.js';
import { anyPresent, presenceIn } from '../../src/segment/literal-index.js';
import { compilePattern } from '../../src/segment/terms.js';

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

  it('never rules out a text the regex matches, spaces and line breaks between Han characters included', () => {
    const patterns = ['(绝对|百分百)安全', '\\b(the look|looks?) (is|are) everything\\b', '永不(起火|自燃)?[^，。]{0,3}爆', '(a|ab)+c[^x]d', '\\b(defend(ing)? us)\\b[^.]{0,6}\\b(win|prize)\\b'];
    const alphabet = fc.constantFrom(...'绝对百分安全永不起火自燃爆，。 \nthelookisaresvrybdfnguwpzcx.'.split(''));
    const seeds = fc.constantFrom('绝对安全', '绝对 安\n全', 'the look is everything', '永不起火爆', '永 不起 火爆', 'abcyd', 'defend us to win');
    for (const pattern of patterns) {
      const { regex, needs } = compilePattern(pattern);
      expect(needs).toBeDefined();
      fc.assert(
        fc.property(fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')), seeds, fc.nat(30), (noise, seed, at) => {
          const text = noise.slice(0, at) + seed + noise.slice(at);
          regex.lastIndex = 0;
          if (regex.test(text)) expect(anyPresent(needs!, presenceIn(text).literals)).toBe(true);
        }),
        { seed: 20261125, numRuns: 400 },
      );
    }
  });
});

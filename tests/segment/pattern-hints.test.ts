import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredLiteralGroups } from '../../src/segment/pattern-hints.js';
import { allPresent, scanLiterals } from '../../src/segment/literal-index.js';
import { compilePattern } from '../../src/segment/terms.js';

describe('requiredLiteralGroups', () => {
  it('needs each part of a sequence: literal runs, and the union of a required group’s alternatives', () => {
    expect(requiredLiteralGroups('\\b(the look|design) (are|is) everything\\b')).toEqual([['the look', 'design'], [' '], ['are', 'is'], [' everything']]);
    expect(requiredLiteralGroups('(颜值|好看)[^.!?]{0,12}\\b(beats?|trumps?)\\b')).toEqual([['颜值', '好看'], ['beat', 'trump']]);
    expect(requiredLiteralGroups('\\bSELF-driving\\b')).toEqual([['self-driving']]);
    // Top-level alternatives: one group, each alternative's most selective part.
    expect(requiredLiteralGroups('ha(ve|s) it|trust me')).toEqual([[' it', 'trust me']]);
  });

  it('gives nothing when some match needs no literal at all', () => {
    expect(requiredLiteralGroups('a?b*')).toBeUndefined();
    expect(requiredLiteralGroups('(safe|\\w+)ly?')).toEqual([['l']]);
    expect(requiredLiteralGroups('(safe|\\w+)')).toBeUndefined();
    expect(requiredLiteralGroups('(unclosed')).toBeUndefined();
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
          if (regex.test(text)) expect(allPresent(needs!, scanLiterals(text).present)).toBe(true);
        }),
        { seed: 20261125, numRuns: 400 },
      );
    }
  });
});

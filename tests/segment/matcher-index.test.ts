import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allPresent, scanLiterals } from '../../src/segment/literal-index.js';
import { candidateMatchers, groupsThatMayMatch, mayMatch } from '../../src/segment/matcher-index.js';
import { compilePattern, compileTermList } from '../../src/segment/terms.js';

describe('matcher index', () => {
  it('gives, in list order, exactly the matchers whose every literal group the text holds', () => {
    const zh = fc.array(fc.constantFrom(...'安全绝对自动驾驶'.split('')), { minLength: 1, maxLength: 3 }).map((a) => a.join(''));
    const en = fc.array(fc.constantFrom('safe', 'self', 'driving', 'trust', 'me', 'no'), { minLength: 1, maxLength: 2 }).map((a) => a.join(' '));
    const text = fc.array(fc.constantFrom('安', '全', '绝', '对', '自', '动', '驾', '驶', ' ', '\n', 'safe', 'selfish', 'driving', 'trust', 'me', 'no'), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(zh, { maxLength: 6 }), fc.array(en, { maxLength: 6 }), fc.boolean(), text, (zhTerms, enTerms, withPattern, t) => {
        const list = [...compileTermList({ zh: zhTerms, en: enTerms }), ...(withPattern ? [compilePattern('(safe|secure) to (use|drive)')] : [])];
        const { present } = scanLiterals(t);
        const expected = list.filter((m) => !m.needs || allPresent(m.needs, present));
        expect(candidateMatchers(list, t)).toEqual(expected);
        if (expected.length) expect(mayMatch(list, t)).toBe(true);
      }),
      { seed: 11, numRuns: 400 },
    );
  });

  it('skips a list that nothing in the text is anchored on, and runs matchers that need no literal', () => {
    const list = compileTermList({ zh: ['自动驾驶'], en: ['self-driving'] });
    expect(mayMatch(list, '自动泊车与辅助驾驶')).toBe(false);
    expect(candidateMatchers(list, '我们的自动\n驾驶').map((m) => m.label)).toEqual(['自动驾驶']);
    const loose = [compilePattern('\\d+')];
    expect(candidateMatchers(loose, 'no digits here')).toEqual(loose);
  });

  it('answers for a list compiled after the text was scanned (a pack reloaded by the editor)', () => {
    const text = 'a later rule: 零风险';
    expect(mayMatch(compileTermList({ zh: ['安全'] }), text)).toBe(false);
    const later = compileTermList({ zh: ['零风险'] });
    expect(candidateMatchers(later, text)).toEqual(later);
  });

  it('names exactly the groups (rules) with a list that has a matcher to run', () => {
    const term = fc.array(fc.constantFrom(...'安全绝对自动驾驶'.split('')), { minLength: 1, maxLength: 3 }).map((a) => a.join(''));
    // A pattern needs a literal of each of its two groups: one anchors it, the other must be there too.
    const list = fc
      .tuple(fc.array(term, { minLength: 1, maxLength: 3 }), fc.boolean())
      .map(([zh, twoGroups]) => [...compileTermList({ zh }), ...(twoGroups ? [compilePattern('(安全|绝对)[^。]{0,3}(驾驶|自动)')] : [])]);
    const text = fc.array(fc.constantFrom('安', '全', '绝', '对', '自', '动', '驾', '驶', ' ', '车'), { maxLength: 20 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(fc.array(list, { minLength: 1, maxLength: 3 }), { maxLength: 6 }), fc.boolean(), text, (groups, loose, t) => {
        // A group with a pattern that needs no literal runs on every text.
        if (loose && groups.length) groups[0] = [...groups[0]!, [compilePattern('\\d+')]];
        const chosen = groupsThatMayMatch(groups, t);
        const running = groups.flatMap((lists, g) => (lists.some((l) => candidateMatchers(l, t).length > 0) ? [g] : []));
        const possible = groups.flatMap((lists, g) => (lists.some((l) => mayMatch(l, t)) ? [g] : []));
        expect(chosen).toEqual(running);
        expect(possible).toEqual(running);
      }),
      { seed: 5, numRuns: 300 },
    );
  });
});

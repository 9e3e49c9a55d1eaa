import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { literalId, scanLiterals } from '../../src/segment/literal-index.js';

describe('literal index', () => {
  it('finds exactly the literals a text holds once its whitespace is skipped (against includes)', () => {
    const letters = fc.constantFrom(...'安全绝对ab c\n'.split(''));
    const word = fc.array(letters, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.array(fc.array(letters, { maxLength: 40 }), { minLength: 1, maxLength: 3 }), (literals, texts) => {
        const ids = literals.map(literalId);
        // Several texts on one automaton: the moves one scan works out serve the next.
        for (const text of texts.map((chars) => chars.join(''))) {
          const stripped = text.replace(/\s/gu, '');
          const { present, found } = scanLiterals(text);
          literals.forEach((literal, i) => {
            const id = ids[i];
            const key = literal.replace(/\s/gu, '');
            if (key === '') expect(id).toBeUndefined();
            else expect(present[id!] === 1).toBe(stripped.includes(key));
          });
          expect(new Set(found).size).toBe(found.length);
          expect(found.every((id) => present[id] === 1)).toBe(true);
        }
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gateId, literalId, presenceIn } from '../../src/segment/literal-index.js';

describe('literal index', () => {
  it('finds exactly the literals a text holds once its whitespace is skipped (against includes)', () => {
    const letters = fc.constantFrom(...'安全绝对ab c\n'.split(''));
    const word = fc.array(letters, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.array(letters, { maxLength: 40 }), (literals, chars) => {
        const text = chars.join('');
        const stripped = text.replace(/\s/gu, '');
        const ids = literals.map(literalId);
        const { literals: present } = presenceIn(text);
        literals.forEach((literal, i) => {
          const id = ids[i];
          const key = literal.replace(/\s/gu, '');
          if (key === '') expect(id).toBeUndefined();
          else expect(present[id!] === 1).toBe(stripped.includes(key));
        });
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('opens a gate when any one of its literals is present, and only then', () => {
    const gate = gateId([literalId('自动驾驶')!, literalId('self-driv')!]);
    expect(presenceIn('我们的自动\n驾驶').gates[gate]).toBe(1);
    expect(presenceIn('full self-driving').gates[gate]).toBe(1);
    expect(presenceIn('自动泊车与辅助驾驶').gates[gate]).toBe(0);
  });

  it('sees literals added after a text was scanned (a rule pack compiled later)', () => {
    const text = 'a later rule: 零风险';
    presenceIn(text);
    const id = literalId('零风险')!;
    expect(presenceIn(text).literals[id]).toBe(1);
  });
});

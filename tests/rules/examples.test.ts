// Every built-in rule's own examples are its contract: invalid ones fire it, valid ones do not.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/index.js';
import type { Example } from '../../src/pack/spec.js';
import { applyFixes } from '../../src/engine/fix.js';

const linter = createLinter();
const textOf = (e: Example): string => (typeof e === 'string' ? e : e.text);

describe('built-in pack', () => {
  it('has rules in all six categories, each citing a seed passage', () => {
    const categories = new Set(linter.rules.map((r) => r.spec.category));
    expect([...categories].sort()).toEqual(
      ['absolute-claim', 'aesthetics-over-safety', 'autonomy-overclaim', 'combative', 'fan-mobilization', 'persona-safety'],
    );
    for (const { spec } of linter.rules) {
      expect(spec.source.seed, spec.id).toBe('seeds/000_313dcbf2a2e2c52c.txt');
      expect(spec.source.passages.length, spec.id).toBeGreaterThan(0);
    }
  });
});

for (const rule of linter.rules) {
  const { id, examples } = rule.spec;
  describe(id, () => {
    it.each(examples.invalid.map((e) => [textOf(e), e] as const))('flags %s', (text, example) => {
      const own = linter.lintText(text).filter((m) => m.ruleId === id);
      expect(own.length, `expected ${id} to fire`).toBeGreaterThan(0);
      if (typeof example !== 'string' && example.output !== undefined) {
        expect(applyFixes(text, own).output).toBe(example.output);
      }
    });
    it.each(examples.valid.map((e) => [textOf(e)] as const))('passes %s', (text) => {
      const fired = linter.lintText(text).filter((m) => m.ruleId === id);
      expect(fired.map((m) => m.actual), `expected ${id} not to fire`).toEqual([]);
    });
  });
}

// Every built-in rule's own examples are its contract: invalid ones fire it, valid ones do not.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/index.js';
import { runRuleExamples } from '../../src/pack/examples.js';

const linter = createLinter();

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

  it('states each rule’s confidence and reports it at the matching severity', () => {
    const severityOf = { high: 'error', medium: 'warning', low: 'info' } as const;
    for (const { spec } of linter.rules) {
      expect(spec.confidence, spec.id).toBeDefined();
      expect(spec.severity, spec.id).toBe(severityOf[spec.confidence!]);
    }
  });

  it('has at least three valid and three invalid examples per rule', () => {
    for (const { spec } of linter.rules) {
      expect(spec.examples.valid.length, spec.id).toBeGreaterThanOrEqual(3);
      expect(spec.examples.invalid.length, spec.id).toBeGreaterThanOrEqual(3);
    }
  });
});

for (const rule of linter.rules) {
  describe(rule.spec.id, () => {
    it.each(runRuleExamples(linter, rule).map((o) => [`${o.kind === 'invalid' ? 'flags' : 'passes'} ${o.text}`, o] as const))(
      '%s',
      (_name, outcome) => {
        if (outcome.expectedOutput !== undefined) expect(outcome.output).toBe(outcome.expectedOutput);
        const why = outcome.kind === 'valid' ? `fired on ${JSON.stringify(outcome.flagged)}` : 'did not fire';
        expect(outcome.passed, `${outcome.ruleId} ${why}`).toBe(true);
      },
    );
  });
}

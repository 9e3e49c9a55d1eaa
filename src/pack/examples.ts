// Runs a rule's own examples, the contract every rule carries: invalid ones fire it, valid ones do not.
import { applyFixes } from '../engine/fix.js';
import type { Linter } from '../engine/linter.js';
import type { CompiledRule } from './compile.js';
import type { Example } from './spec.js';

export interface ExampleOutcome {
  ruleId: string;
  file: string;
  kind: 'valid' | 'invalid';
  text: string;
  passed: boolean;
  /** What the rule flagged (the words), for a failure's diff. */
  flagged: string[];
  /** For an invalid example with an expected fix: what the fix produced. */
  output?: string;
  expectedOutput?: string;
}

const textOf = (e: Example): string => (typeof e === 'string' ? e : e.text);

export function runRuleExamples(linter: Linter, rule: CompiledRule): ExampleOutcome[] {
  const { id, examples } = rule.spec;
  const run = (example: Example, kind: 'valid' | 'invalid'): ExampleOutcome => {
    const text = textOf(example);
    const own = linter.lintText(text).filter((m) => m.ruleId === id);
    const outcome: ExampleOutcome = { ruleId: id, file: rule.file, kind, text, passed: false, flagged: own.map((m) => m.actual ?? '') };
    if (kind === 'valid') return { ...outcome, passed: own.length === 0 };
    if (typeof example !== 'string' && example.output !== undefined) {
      const output = applyFixes(text, own).output;
      return { ...outcome, output, expectedOutput: example.output, passed: own.length > 0 && output === example.output };
    }
    return { ...outcome, passed: own.length > 0 };
  };
  return [...examples.invalid.map((e) => run(e, 'invalid')), ...examples.valid.map((e) => run(e, 'valid'))];
}

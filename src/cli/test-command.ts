// `commslint test [PATH…]`: runs the examples inside rule files, like a test runner.
import pc from 'picocolors';
import type { Linter } from '../engine/linter.js';
import { runRuleExamples, type ExampleOutcome } from '../pack/examples.js';

export function runTest(linter: Linter, color: boolean, out: (s: string) => void): number {
  const c = pc.createColors(color);
  const outcomes: ExampleOutcome[] = [];
  for (const rule of linter.rules) {
    const results = runRuleExamples(linter, rule);
    outcomes.push(...results);
    const failed = results.filter((r) => !r.passed);
    out(`${failed.length ? c.red('✖') : c.green('✔')} ${rule.spec.id} ${c.dim(`(${results.length} examples)`)}\n`);
    for (const f of failed) out(describeFailure(f));
  }
  const failed = outcomes.filter((o) => !o.passed).length;
  out(`\n${outcomes.length - failed} passed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

function describeFailure(f: ExampleOutcome): string {
  const lines = [`    ${f.kind} example: ${f.text}`];
  if (f.kind === 'valid') lines.push(`      expected no finding, but it flagged: ${f.flagged.map((w) => `“${w}”`).join(', ')}`);
  else if (f.flagged.length === 0) lines.push('      expected a finding, but the rule did not fire');
  if (f.expectedOutput !== undefined && f.output !== f.expectedOutput) {
    lines.push(`      expected fix output: ${f.expectedOutput}`, `      actual fix output:   ${f.output ?? ''}`);
  }
  return `${lines.join('\n')}\n`;
}

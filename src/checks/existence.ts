// `existence`: any term or pattern of the rule appears (and no `unless` condition holds).
import type { Condition, RuleSpec } from '../pack/spec.js';
import type { AnalyzedBlock } from '../segment/analyze.js';
import { compileTermList, findAll, type Matcher } from '../segment/terms.js';
import { compilePatterns } from './patterns.js';
import { originalText, sentenceOf, survives, type Check, type Finding } from './context.js';

export function existenceCheck(spec: RuleSpec): Check {
  const matchers: Matcher[] = [...compileTermList(spec.terms), ...compilePatterns(spec.patterns)];
  const unless = new Set<Condition>(spec.unless ?? []);
  return {
    lists: [matchers],
    run(block: AnalyzedBlock): Finding[] {
      return findAll(matchers, block)
        .filter((span) => sentenceOf(block, span) && survives(block, span, unless))
        .map((span) => ({ ...span, block, match: originalText(block, span) }));
    },
  };
}

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLinter, FileProblemsError } from '../../src/index.js';
import { backtrackingProblem } from '../../src/pack/backtracking.js';
import { listRuleFiles, loadRules } from '../../src/pack/load.js';
import { builtinRulesDir } from '../../src/paths.js';
import { HEDGE_PATTERNS, NEGATION_PATTERNS } from '../../src/segment/cue-words.js';

describe('backtracking guard', () => {
  it('finds exponential, polynomial and quadratic patterns and says what to do', () => {
    expect(backtrackingProblem('(a+)+$')).toMatch(/catastrophically \(exponential time\): "a\+" inside "\(a\+\)\+"/);
    expect(backtrackingProblem('x\\s*\\s*y')).toMatch(/polynomial time\): "\\s\*" and "\\s\*"/);
    expect(backtrackingProblem('[a-z]{2,}总')).toMatch(/quadratic time: "\[a-z\]\{2,\}" is unbounded.*Bound it/);
  });

  it('accepts bounded and unambiguous patterns, lookarounds included', () => {
    for (const ok of ['绝对(安全|可靠)', '\\bself[- ]?driving\\b', '[a-z]{2,20}总', '安全(?![带帽])', '比起[^，。]{0,12}更在意']) {
      expect(backtrackingProblem(ok)).toBeUndefined();
    }
  });

  it('refuses such patterns in a rule file, each at its line and column', () => {
    let problems: string[] = [];
    try {
      createLinter({ builtin: false, rulePaths: [join(import.meta.dirname, '../fixtures/rules-redos')] });
    } catch (error) {
      expect(error).toBeInstanceOf(FileProblemsError);
      problems = (error as FileProblemsError).problems.map((p) => `${p.line}:${p.column}: ${p.message}`);
    }
    expect(problems).toEqual([
      expect.stringMatching(/^11:7: pattern refused: .*exponential/),
      expect.stringMatching(/^12:7: pattern refused: .*polynomial/),
      expect.stringMatching(/^13:7: pattern refused: .*quadratic/),
    ]);
  });

  it('the built-in pack has no pattern that can backtrack super-linearly', () => {
    // The loader skips this analysis for the built-in pack to keep start-up fast: this is the check.
    const slow = loadRules(listRuleFiles([builtinRulesDir])).flatMap(({ spec }) =>
      [spec.patterns, ...(spec.sets ?? []).map((s) => s.patterns)].flatMap((p) => [...(p?.zh ?? []), ...(p?.en ?? [])]).map((pattern) => [spec.id, pattern, backtrackingProblem(pattern)]),
    );
    expect(slow.filter(([, , problem]) => problem !== undefined)).toEqual([]);
  });
});

it('the engine\'s own cue patterns cannot backtrack super-linearly either', () => {
  for (const pattern of [...NEGATION_PATTERNS, ...HEDGE_PATTERNS]) expect([pattern, backtrackingProblem(pattern)]).toEqual([pattern, undefined]);
});

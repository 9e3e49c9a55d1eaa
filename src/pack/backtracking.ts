// Refuses author regexes that backtrack super-linearly, so no rule can hang the CLI or an editor.
// JavaScript's engine backtracks and offers no timeout, and a linear engine (RE2) lacks the
// lookarounds the rules need, so the guard is at load time: scslre (the analysis behind
// eslint-plugin-regexp) finds where two parts of a pattern can fight over the same text.
import type { Report } from 'scslre';
import { lazyRequire } from '../lazy-require.js';
import { parsePattern, regexParser } from '../segment/pattern-hints.js';

// Loaded on first use: the analysis (scslre, refa) is large, and only packs other than the
// built-in one are analysed.
const scslre = lazyRequire<typeof import('scslre')>('scslre');

/** Why `pattern` can take super-linear time, with what to do about it; undefined when it cannot. */
export function backtrackingProblem(pattern: string): string | undefined {
  let report: Report | undefined;
  try {
    const parsed = { pattern: parsePattern(pattern), flags: regexParser().parseFlags('giu') };
    // The worst first: exponential, then polynomial ambiguity, then an unbounded start.
    const rank = (r: Report): number => (r.exponential ? 0 : r.type === 'Move' ? 2 : 1);
    [report] = scslre().analyse(parsed).reports.sort((a, b) => rank(a) - rank(b));
  } catch {
    return undefined; // Not parseable here: the compile check reports the syntax error itself.
  }
  if (!report) return undefined;
  if (report.type === 'Move') {
    return `it can take quadratic time: "${report.quant.raw}" is unbounded where a match can start, so a long run of ${report.character.literal.source} is searched again from every position. Bound it (e.g. {1,30}) or anchor it to a fixed word`;
  }
  const time = report.exponential ? 'exponential' : 'polynomial';
  const parts = report.type === 'Self' ? `"${report.quant.raw}" inside "${report.parentQuant.raw}"` : `"${report.startQuant.raw}" and "${report.endQuant.raw}"`;
  return `it can backtrack catastrophically (${time} time): ${parts} can match the same ${report.character.literal.source} text in more than one way. Rewrite it so each stretch of text has one way to match`;
}

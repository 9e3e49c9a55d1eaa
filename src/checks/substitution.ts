// `substitution`: a term has a preferred wording; the finding carries it as an automatic fix.
import type { Condition, RuleSpec } from '../pack/spec.js';
import type { AnalyzedBlock } from '../segment/analyze.js';
import { compileTerm, findAll, type Matcher } from '../segment/terms.js';
import { originalText, sentenceOf, survives, type Check, type Finding } from './context.js';

interface Swap {
  /** One matcher, as a list made once: the matcher index files each list by identity. */
  matchers: Matcher[];
  replacement: string;
}

export function substitutionCheck(spec: RuleSpec): Check {
  const swaps: Swap[] = [
    ...Object.entries(spec.swap?.zh ?? {}).map(([term, replacement]) => ({
      matchers: [compileTerm(term, 'zh')],
      replacement,
    })),
    ...Object.entries(spec.swap?.en ?? {}).map(([term, replacement]) => ({
      matchers: [compileTerm(term, 'en')],
      replacement,
    })),
  ];
  const unless = new Set<Condition>(spec.unless ?? []);
  return {
    lists: swaps.map((swap) => swap.matchers),
    run(block: AnalyzedBlock): Finding[] {
      const findings: Finding[] = [];
      for (const swap of swaps) {
        for (const span of findAll(swap.matchers, block)) {
          const sentence = sentenceOf(block, span);
          if (!sentence || !survives(block, span, unless)) continue;
          const match = originalText(block, span);
          const expected = sentence.start === span.start ? capitalize(match, swap.replacement) : swap.replacement;
          findings.push({ ...span, block, match, expected, fixable: true });
        }
      }
      // Longer terms first at one place ("full self-driving" before "self-driving"): keep one.
      return dropContained(findings);
    },
  };
}

/** At the start of a sentence, "Self-driving" → "Driver assistance"; elsewhere the wording as given. */
function capitalize(original: string, replacement: string): string {
  const first = original[0];
  if (first && first !== first.toLowerCase() && /^[a-z]/.test(replacement)) {
    return replacement[0]!.toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

function dropContained(findings: Finding[]): Finding[] {
  return findings.filter(
    (f) => !findings.some((g) => g !== f && g.start <= f.start && f.end <= g.end && g.end - g.start > f.end - f.start),
  );
}

// Why a finding matters: its message, the rule's rationale and the case-study passage it cites.
// The editor hover, the HTML report and the review page all explain findings through this.
import type { LintMessage, Severity } from '../types.js';
import { citedPassages } from './seed.js';
import type { RuleSpec } from './spec.js';

export interface Explanation {
  ruleId: string;
  category: string;
  severity: Severity;
  message: string;
  rationale: string;
  /** The seed file and its paragraph markers, e.g. `seeds/000_….txt` and `["[4]", "[5]"]`. */
  seed: string;
  markers: string[];
  /** The words of the seed the rule rests on, then the sentences of the cited paragraphs. */
  quote: string;
  passages: string[];
  regulations: string[];
}

// Seeds do not change while a process runs; the review page explains on every keystroke.
const passagesBySource = new Map<string, string[]>();

function passagesOf(seed: string, markers: string[]): string[] {
  const key = `${seed}\0${markers.join('\0')}`;
  let passages = passagesBySource.get(key);
  if (!passages) {
    passages = citedPassages(seed, markers);
    passagesBySource.set(key, passages);
  }
  return passages;
}

/** The explanation of `message`, found by `spec` (the rule that reported it). */
export function explainFinding(message: LintMessage, spec: RuleSpec): Explanation {
  const { source } = spec;
  return {
    ruleId: spec.id,
    category: spec.category,
    severity: message.severity,
    message: message.message,
    rationale: spec.rationale,
    seed: source.seed,
    markers: source.passages,
    quote: source.quote,
    passages: passagesOf(source.seed, source.passages),
    regulations: source.regulations ?? [],
  };
}

/** The rule behind each message, by id: rules of custom packs included, messages without a rule left out. */
export function specsById(specs: readonly RuleSpec[]): ReadonlyMap<string, RuleSpec> {
  return new Map(specs.map((s) => [s.id, s]));
}

/** An explanation as Markdown, for editor hovers. */
export function explanationMarkdown(e: Explanation): string {
  return [
    `**${e.message}**`,
    '',
    e.rationale,
    '',
    `*${e.seed} ${e.markers.join('')}*`,
    ...[e.quote, ...e.passages].map((p) => `> ${p}`),
    '',
    `\`${e.ruleId}\` · ${e.category} · ${e.severity}`,
  ].join('\n');
}

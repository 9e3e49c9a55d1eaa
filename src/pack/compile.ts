// Loaded rules → a pack: each rule's check built once, reused for every file.
import { buildCheck, type Check } from '../checks/index.js';
import { FileProblemsError, type FileProblem } from './problems.js';
import type { ListGroup } from '../segment/matcher-index.js';
import type { TermList } from '../segment/terms.js';
import type { LoadedRule, RuleSpec, TermSet } from './spec.js';

export interface CompiledRule {
  spec: RuleSpec;
  file: string;
  check: Check;
}

export interface Pack {
  rules: CompiledRule[];
  byId: ReadonlyMap<string, CompiledRule>;
  /** Each rule's matcher lists, in rule order: the matcher index picks a paragraph's rules by them. */
  ruleLists: readonly ListGroup[];
}

/** Named term lists from the project config (`founders`, `products`…). */
export type Vocabularies = Record<string, TermList>;

export function compilePack(loaded: LoadedRule[], vocabularies: Vocabularies = {}): Pack {
  const byId = new Map<string, CompiledRule>();
  const problems: FileProblem[] = [];
  for (const { spec, file } of loaded) {
    const previous = byId.get(spec.id);
    if (previous) {
      problems.push({ file, line: 1, column: 1, message: `rule id "${spec.id}" is already defined in ${previous.file}` });
      continue;
    }
    byId.set(spec.id, { spec, file, check: buildCheck(withVocabularies(spec, vocabularies)) });
  }
  if (problems.length) throw new FileProblemsError(problems);
  const rules = [...byId.values()];
  return { rules, byId, ruleLists: rules.map((rule) => rule.check.lists) };
}

/** The rule with the terms of the vocabularies it names merged into its term lists. */
function withVocabularies(spec: RuleSpec, vocabularies: Vocabularies): RuleSpec {
  const merge = <T extends { terms?: TermList; vocabularies?: string[] }>(part: T): T => {
    if (!part.vocabularies?.length) return part;
    const lists = [part.terms ?? {}, ...part.vocabularies.map((name) => vocabularies[name] ?? {})];
    return { ...part, terms: { zh: lists.flatMap((l) => l.zh ?? []), en: lists.flatMap((l) => l.en ?? []) } };
  };
  return { ...merge(spec), sets: spec.sets?.map((set: TermSet) => merge(set)) };
}

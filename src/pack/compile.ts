// Loaded rules → a pack: each rule's check built once, reused for every file.
import { buildCheck, type Check } from '../checks/index.js';
import { FileProblemsError, type FileProblem } from './problems.js';
import type { LoadedRule, RuleSpec } from './spec.js';

export interface CompiledRule {
  spec: RuleSpec;
  file: string;
  check: Check;
}

export interface Pack {
  rules: CompiledRule[];
  byId: ReadonlyMap<string, CompiledRule>;
}

export function compilePack(loaded: LoadedRule[]): Pack {
  const byId = new Map<string, CompiledRule>();
  const problems: FileProblem[] = [];
  for (const { spec, file } of loaded) {
    const previous = byId.get(spec.id);
    if (previous) {
      problems.push({ file, line: 1, column: 1, message: `rule id "${spec.id}" is already defined in ${previous.file}` });
      continue;
    }
    byId.set(spec.id, { spec, file, check: buildCheck(spec) });
  }
  if (problems.length) throw new FileProblemsError(problems);
  return { rules: [...byId.values()], byId };
}

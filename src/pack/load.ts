// Reads rule files: YAML with positions, validated by ajv against schemas/rule.schema.json.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { lazyValidator } from '../schema-validator.js';
import { builtinRulesDir } from '../paths.js';
import { explain, type Explained } from '../yaml/explain.js';
import { readYamlFile, recordProblems } from '../yaml/read.js';
import { spaceTolerant } from '../segment/terms.js';
import { backtrackingProblem } from './backtracking.js';
import { FileProblemsError, type FileProblem } from './problems.js';
import type { LoadedRule, RuleSpec, TermSet } from './spec.js';

const ruleValidator = lazyValidator<RuleSpec>('rule.schema.json', '#/definitions/rule');
/** All `.yaml`/`.yml` files under the given files or folders, in a stable order. */
export function listRuleFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    if (!existsSync(path)) {
      throw new FileProblemsError([{ file: path, line: 1, column: 1, message: 'no such rule file or folder; check the path given to --rules or extends' }]);
    }
    if (statSync(path).isDirectory()) {
      // Code-unit order: the same on every machine (localeCompare follows the locale, and its first call loads ICU's collator).
      const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      out.push(...listRuleFiles(entries.filter((e) => e.isDirectory() || /\.ya?ml$/.test(e.name)).map((e) => join(path, e.name))));
    } else {
      out.push(path);
    }
  }
  return out;
}

/** Loads every rule of the files; throws FileProblemsError listing every problem found. */
export function loadRules(files: string[], displayRoot = process.cwd()): LoadedRule[] {
  const problems: FileProblem[] = [];
  const rules: LoadedRule[] = [];
  for (const file of files) {
    const shown = relative(displayRoot, file) || file;
    rules.push(...loadRuleFile(file, shown, problems));
  }
  if (problems.length) throw new FileProblemsError(problems);
  return rules;
}

function loadRuleFile(file: string, shown: string, problems: FileProblem[]): LoadedRule[] {
  const yaml = readYamlFile(file, shown, problems);
  if (!yaml) return [];
  const { data } = yaml;
  const isPack = typeof data === 'object' && data !== null && 'rules' in data;
  const items = isPack ? (data).rules : [data];
  if (!Array.isArray(items)) {
    problems.push({ file: shown, line: 1, column: 1, message: '"rules" must be a list of rules' });
    return [];
  }
  const out: LoadedRule[] = [];
  // The built-in pack is analysed once by its tests, which keeps ~0.2 s out of every start.
  const analyse = !file.startsWith(builtinRulesDir + sep);
  items.forEach((item: unknown, index) => {
    // Broken regexes are reported alongside schema errors, so one run lists every mistake.
    const validateRule = ruleValidator();
    const valid = validateRule(item);
    const errors = [...(valid ? [] : explain(validateRule.errors ?? [])), ...checkPatterns(item, analyse)];
    if (errors.length === 0) out.push({ spec: item as RuleSpec, file });
    else recordProblems(yaml, shown, errors, problems, isPack ? ['rules', index] : []);
  });
  return out;
}

/**
 * Every author regex must compile and, when `analyse` is set, match in linear time; say which
 * one does not and why. Runs on unvalidated data.
 */
export function checkPatterns(item: unknown, analyse: boolean): Explained[] {
  const spec = (typeof item === 'object' && item !== null ? item : {}) as Partial<RuleSpec>;
  const places: [(string | number)[], unknown][] = [
    [['patterns'], spec.patterns],
    ...(Array.isArray(spec.sets) ? spec.sets : []).map((set, i): [(string | number)[], unknown] => [['sets', i, 'patterns'], (set as Partial<TermSet> | null)?.patterns]),
  ];
  const out: Explained[] = [];
  for (const [base, patterns] of places) {
    for (const lang of ['zh', 'en'] as const) {
      const list: unknown = (patterns as Record<string, unknown> | undefined)?.[lang];
      (Array.isArray(list) ? list : []).forEach((pattern: unknown, i) => {
        if (typeof pattern !== 'string') return;
        try {
          // As it will run: with the spaces it lets between Han characters.
          new RegExp(spaceTolerant(pattern), 'giu');
        } catch (error) {
          out.push({ path: [...base, lang, i], message: `invalid regular expression: ${(error as Error).message}` });
          return;
        }
        const slow = analyse ? backtrackingProblem(pattern) : undefined;
        if (slow) out.push({ path: [...base, lang, i], message: `pattern refused: ${slow}` });
      });
    }
  }
  return out;
}


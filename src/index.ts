// Public API: a linter compiles its rule pack once; lintText is what the CLI, hook and LSP call.
import { lintWithPack } from './engine/lint.js';
import { compilePack, type CompiledRule, type Pack } from './pack/compile.js';
import { listRuleFiles, loadRules } from './pack/load.js';
import { builtinRulesDir } from './paths.js';
import type { LintOptions, LintResult } from './types.js';

export interface LinterOptions {
  /** Include the built-in pack (rules/ of this package). Default true. */
  builtin?: boolean;
  /** More rule files or folders, loaded after the built-in pack. */
  rulePaths?: string[];
}

export interface Linter {
  readonly rules: readonly CompiledRule[];
  lintText(text: string, options?: LintOptions): LintResult;
}

/** Loads and compiles the rules; throws FileProblemsError naming every bad rule file. */
export function createLinter(options: LinterOptions = {}): Linter {
  const paths = [...(options.builtin === false ? [] : [builtinRulesDir]), ...(options.rulePaths ?? [])];
  const pack: Pack = compilePack(loadRules(listRuleFiles(paths)));
  return {
    rules: pack.rules,
    lintText: (text, lintOptions) => lintWithPack(pack, text, lintOptions),
  };
}

let defaultLinter: Linter | undefined;

/** Lints one draft with the built-in pack (compiled on first use, then reused). */
export function lintText(text: string, options?: LintOptions): LintResult {
  defaultLinter ??= createLinter();
  return defaultLinter.lintText(text, options);
}

export { FileProblemsError, formatProblem, type FileProblem } from './pack/problems.js';
export type { CompiledRule } from './pack/compile.js';
export type { RuleSpec } from './pack/spec.js';
export * from './types.js';

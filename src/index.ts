// Public API: a linter compiles its rule pack once; lintText is what the CLI, hook and LSP call.
import { fixUntilStable, type FixResult } from './engine/fix.js';
import { lintWithPack } from './engine/lint.js';
import { compilePack, type CompiledRule, type Pack } from './pack/compile.js';
import { listRuleFiles, loadRules } from './pack/load.js';
import { builtinRulesDir } from './paths.js';
import type { LintMessage, LintOptions, LintResult } from './types.js';

export interface LinterOptions {
  /** Include the built-in pack (rules/ of this package). Default true. */
  builtin?: boolean;
  /** More rule files or folders, loaded after the built-in pack. */
  rulePaths?: string[];
}

export interface Linter {
  readonly rules: readonly CompiledRule[];
  /** The messages of one draft, sorted by position. */
  lintText(text: string, options?: LintOptions): LintMessage[];
  /** The same, with counts and the detected language, in ESLint's result shape. */
  lintDocument(text: string, options?: LintOptions): LintResult;
  /** Applies every automatic fix until stable; the result's messages are those that remain. */
  fixText(text: string, options?: LintOptions): FixResult;
}

/** Loads and compiles the rules; throws FileProblemsError naming every bad rule file. */
export function createLinter(options: LinterOptions = {}): Linter {
  const paths = [...(options.builtin === false ? [] : [builtinRulesDir]), ...(options.rulePaths ?? [])];
  const pack: Pack = compilePack(loadRules(listRuleFiles(paths)));
  return {
    rules: pack.rules,
    lintText: (text, lintOptions) => lintWithPack(pack, text, lintOptions).messages,
    lintDocument: (text, lintOptions) => lintWithPack(pack, text, lintOptions),
    fixText: (text, lintOptions) => fixUntilStable(text, (t) => lintWithPack(pack, t, lintOptions)),
  };
}

let defaultLinter: Linter | undefined;

/** The built-in pack's linter, compiled on first use and then reused. */
function builtinLinter(): Linter {
  defaultLinter ??= createLinter();
  return defaultLinter;
}

/** Lints one draft with the built-in pack. */
export function lintText(text: string, options?: LintOptions): LintMessage[] {
  return builtinLinter().lintText(text, options);
}

export function lintDocument(text: string, options?: LintOptions): LintResult {
  return builtinLinter().lintDocument(text, options);
}

export function fixText(text: string, options?: LintOptions): FixResult {
  return builtinLinter().fixText(text, options);
}

export type { FixResult } from './engine/fix.js';

export { FileProblemsError, formatProblem, type FileProblem } from './pack/problems.js';
export type { CompiledRule } from './pack/compile.js';
export type { RuleSpec } from './pack/spec.js';
export * from './types.js';

// Public API: a linter compiles its rule pack once; lintText is what the CLI, hook and LSP call.
import { createLinter, type Linter } from './engine/linter.js';
import type { FixResult } from './engine/fix.js';
import type { LintMessage, LintOptions, LintResult } from './types.js';

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


export { createLinter, type Linter, type LinterOptions } from './engine/linter.js';
export type { FixResult } from './engine/fix.js';
export { FileProblemsError, formatProblem, type FileProblem } from './pack/problems.js';
export type { CompiledRule } from './pack/compile.js';
export type { RuleSpec } from './pack/spec.js';
export * from './types.js';

// A linter: its rule pack compiled once, then any number of drafts linted or fixed with it.
import { compilePack, type CompiledRule, type Pack, type Vocabularies } from '../pack/compile.js';
import { loadBuiltinRules } from '../pack/builtin-cache.js';
import { listRuleFiles, loadRules } from '../pack/load.js';
import type { LintMessage, LintOptions, LintResult } from '../types.js';
import { fixUntilStable, type FixResult } from './fix.js';
import { lintWithPack } from './lint.js';

export interface LinterOptions {
  /** Include the built-in pack (rules/ of this package). Default true. */
  builtin?: boolean;
  /** More rule files or folders, loaded after the built-in pack. */
  rulePaths?: string[];
  /** Named term lists the rules can use (the built-in persona rules read `founders`). */
  vocabularies?: Vocabularies;
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
  const builtin = options.builtin === false ? [] : loadBuiltinRules();
  const pack: Pack = compilePack([...builtin, ...loadRules(listRuleFiles(options.rulePaths ?? []))], options.vocabularies);
  return {
    rules: pack.rules,
    lintText: (text, lintOptions) => lintWithPack(pack, text, lintOptions).messages,
    lintDocument: (text, lintOptions) => lintWithPack(pack, text, lintOptions),
    fixText: (text, lintOptions) => fixUntilStable(text, (t) => lintWithPack(pack, t, lintOptions)),
  };
}

// The formatters the CLI can pick with --format, looked up by name.
import type { RuleSpec } from '../pack/spec.js';
import type { LintResult } from '../types.js';
import { formatCompact } from './compact.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export type FormatterName = 'stylish' | 'json' | 'compact' | 'github' | 'sarif' | 'junit' | 'html';

export const FORMATTERS: readonly FormatterName[] = ['stylish', 'json', 'compact', 'github', 'sarif', 'junit', 'html'];

export interface FormatOptions {
  /** Only formatters meant for terminals use colour. */
  color: boolean;
  /** Metadata of the rules that ran, for formats that describe rules (SARIF). */
  rules?: readonly RuleSpec[];
  version?: string;
  /** Paths in annotations and SARIF are relative to this folder. */
  cwd?: string;
}

export function format(name: FormatterName, results: LintResult[], options: FormatOptions): string {
  switch (name) {
    case 'stylish':
      return formatStylish(results, options);
    case 'json':
      return formatJson(results);
    case 'compact':
      return formatCompact(results);
    case 'github':
      return formatGithub(results, options.cwd);
    case 'sarif':
      return formatSarif(results, options.rules ?? [], options.version ?? '0.0.0', options.cwd);
    case 'junit':
      return formatJunit(results);
    case 'html':
      return formatHtml(results, { rules: options.rules ?? [], version: options.version ?? '0.0.0', cwd: options.cwd });
  }
}

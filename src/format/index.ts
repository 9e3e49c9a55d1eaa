// The formatters the CLI can pick with --format, looked up by name.
import type { RuleSpec } from '../pack/spec.js';
import type { LintResult } from '../types.js';
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

/** Each formatter's module is loaded when it is asked for: the HTML one alone pulls in a renderer. */
export async function format(name: FormatterName, results: LintResult[], options: FormatOptions): Promise<string> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).formatStylish(results, options);
    case 'json':
      return (await import('./json.js')).formatJson(results);
    case 'compact':
      return (await import('./compact.js')).formatCompact(results);
    case 'github':
      return (await import('./github.js')).formatGithub(results, options.cwd);
    case 'sarif':
      return (await import('./sarif.js')).formatSarif(results, options.rules ?? [], options.version ?? '0.0.0', options.cwd);
    case 'junit':
      return (await import('./junit.js')).formatJunit(results);
    case 'html':
      return (await import('./html.js')).formatHtml(results, { rules: options.rules ?? [], version: options.version ?? '0.0.0', cwd: options.cwd });
  }
}

// The formatters the CLI can pick with --format, looked up by name.
import type { LintResult } from '../types.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';

export type FormatterName = 'stylish' | 'json';

export const FORMATTERS: readonly FormatterName[] = ['stylish', 'json'];

/** Renders `results` with the named formatter; `color` only affects formatters meant for terminals. */
export function format(name: FormatterName, results: LintResult[], options: { color: boolean }): string {
  switch (name) {
    case 'stylish':
      return formatStylish(results, options);
    case 'json':
      return formatJson(results);
  }
}

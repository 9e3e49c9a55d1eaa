// Formats written file by file as results arrive, so a run over an archive of any size never holds
// its whole report in memory: the output is byte for byte what the formatter gives for all at once.
import { formatCompact } from './compact.js';
import type { FormatterName } from './index.js';
import { formatJsonResult } from './json.js';
import type { LintResult } from '../types.js';

export interface StreamingFormatter {
  head: string;
  file(result: LintResult, first: boolean): string;
  tail: string;
}

/** The streaming form of a format, when it has one (formats with a summary or a document need every result first). */
export function streamingFormatter(name: FormatterName): StreamingFormatter | undefined {
  if (name === 'json') return { head: '[', file: (r, first) => (first ? '' : ',') + formatJsonResult(r), tail: ']\n' };
  if (name === 'compact') return { head: '', file: (r) => formatCompact([r]), tail: '' };
  return undefined;
}

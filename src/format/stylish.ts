// The default terminal report, modelled on ESLint's "stylish": a table per file, then a summary.
import picocolors from 'picocolors';
import type { LintMessage, LintResult, Severity } from '../types.js';
import { displayWidth, padStartToWidth } from './width.js';

type Colors = ReturnType<typeof picocolors.createColors>;
type Paint = (text: string) => string;

/** One table cell: its plain text (what alignment measures) and how to color it. */
interface Cell {
  text: string;
  paint: Paint;
}

interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  fixableErrors: number;
  fixableWarnings: number;
}

const COLUMN_GAP = '  ';
const ROW_INDENT = '  ';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function severityPaint(severity: Severity, colors: Colors): Paint {
  switch (severity) {
    case 'error':
      return colors.red;
    case 'warning':
      return colors.yellow;
    case 'info':
      return colors.blue;
  }
}

// A message is one table row: line breaks would break the alignment, and like ESLint we drop the
// final full stop so the rule id that follows does not read as a new sentence.
function messageText(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/gu, ' ').replace(/([^ ])[.。]$/u, '$1');
}

// Pads every column to its widest cell, measured in terminal columns so CJK text lines up.
// Trailing empty cells are left out so no row ends in spaces (text-table trims them too).
function alignRows(rows: Cell[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, displayWidth(cell.text));
    });
  }
  return rows.map((row) => {
    const lastFilled = row.findLastIndex((cell) => cell.text !== '');
    const parts = row.slice(0, lastFilled + 1).map((cell, index) => {
      const painted = cell.paint(cell.text);
      if (index === lastFilled) return painted;
      return painted + ' '.repeat(widths[index]! - displayWidth(cell.text));
    });
    return ROW_INDENT + parts.join(COLUMN_GAP);
  });
}

function formatMessages(messages: LintMessage[], colors: Colors): string {
  // Line numbers are right-aligned and columns left-aligned, so the colons line up as in ESLint.
  const lineWidth = Math.max(...messages.map((message) => String(message.line).length));
  const rows = messages.map((message): Cell[] => [
    { text: `${padStartToWidth(String(message.line), lineWidth)}:${message.column}`, paint: colors.dim },
    { text: message.severity, paint: severityPaint(message.severity, colors) },
    { text: messageText(message.message), paint: (text) => text },
    { text: message.ruleId ?? '', paint: colors.dim },
  ]);
  return alignRows(rows).join('\n');
}

function sumTotals(results: LintResult[]): Totals {
  const totals: Totals = { errors: 0, warnings: 0, infos: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const result of results) {
    totals.errors += result.errorCount;
    totals.warnings += result.warningCount;
    totals.infos += result.infoCount;
    totals.fixableErrors += result.fixableErrorCount;
    totals.fixableWarnings += result.fixableWarningCount;
  }
  return totals;
}

function formatSummary(totals: Totals, colors: Colors): string {
  const color = totals.errors > 0 ? colors.red : totals.warnings > 0 ? colors.yellow : colors.blue;
  const paint: Paint = (text) => colors.bold(color(text));
  const problems = totals.errors + totals.warnings + totals.infos;
  let summary =
    paint(
      `\u2716 ${plural(problems, 'problem')} (${plural(totals.errors, 'error')}, ` +
        `${plural(totals.warnings, 'warning')}, ${plural(totals.infos, 'info')})`,
    ) + '\n';
  if (totals.fixableErrors > 0 || totals.fixableWarnings > 0) {
    summary +=
      paint(
        `  ${plural(totals.fixableErrors, 'error')} and ${plural(totals.fixableWarnings, 'warning')} ` +
          'potentially fixable with the `--fix` option.',
      ) + '\n';
  }
  return summary;
}

/**
 * ESLint-style report: a blank line, then for each file with messages its path and one aligned
 * row per message, a blank line, and the summary. Ends with a newline; empty when nothing was
 * found. Colors come from `options.color` only, so the caller decides (TTY, NO_COLOR, --color).
 */
export function formatStylish(results: LintResult[], options: { color: boolean }): string {
  const colors = picocolors.createColors(options.color);
  const resultsWithMessages = results.filter((result) => result.messages.length > 0);
  if (resultsWithMessages.length === 0) return '';
  let output = '\n';
  for (const result of resultsWithMessages) {
    output += `${colors.underline(result.filePath)}\n${formatMessages(result.messages, colors)}\n\n`;
  }
  return output + formatSummary(sumTotals(results), colors);
}

// Machine-readable report in the shape of ESLint's "json" formatter, for CI and editor tooling.
//
// Differences from ESLint, on purpose: `severity` stays a word ('error' | 'warning' | 'info')
// where ESLint uses numbers (2 | 1), because commslint has a third level ESLint lacks; messages
// carry `category` (and, where known, `actual`, `expected` and the rule's `source` passage); each
// result adds `infoCount` and the detected `language`. Left out: the file text (LintResult
// `source`) and each message's `range`, which are offsets into that text.
import type { LintMessage, LintResult } from '../types.js';

/** Every LintMessage field but `range`, listed as required so a new field fails to compile here. */
type JsonMessage = { [Key in Exclude<keyof LintMessage, 'range'>]-?: LintMessage[Key] };

interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  language: LintResult['language'];
  output?: string;
}

// Built field by field rather than spread, so nothing added to LintMessage leaks out unreviewed.
// Undefined optional fields disappear in JSON.stringify.
function toJsonMessage(message: LintMessage): JsonMessage {
  return {
    ruleId: message.ruleId,
    category: message.category,
    severity: message.severity,
    message: message.message,
    line: message.line,
    column: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
    actual: message.actual,
    expected: message.expected,
    fix: message.fix,
    suggestions: message.suggestions,
    source: message.source,
  };
}

function toJsonResult(result: LintResult): JsonResult {
  return {
    filePath: result.filePath,
    messages: result.messages.map(toJsonMessage),
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    infoCount: result.infoCount,
    fixableErrorCount: result.fixableErrorCount,
    fixableWarningCount: result.fixableWarningCount,
    language: result.language,
    output: result.output,
  };
}

/** One line of JSON (an array with one object per file, files without messages included), no trailing newline. */
export function formatJson(results: LintResult[]): string {
  return JSON.stringify(results.map(toJsonResult));
}

/** One file's object of that array, for writing the report file by file. */
export function formatJsonResult(result: LintResult): string {
  return JSON.stringify(toJsonResult(result));
}

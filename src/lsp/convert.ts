// The one converter: a commslint message ↔ an LSP diagnostic (0-based lines, UTF-16 characters).
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { LintMessage, Severity } from '../types.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What hover and code actions need, carried in the diagnostic itself. */
export interface DiagnosticData {
  ruleId: string | null;
  category: string;
  fix?: { text: string };
}

export function toDiagnostic(m: LintMessage): Diagnostic {
  const data: DiagnosticData = { ruleId: m.ruleId, category: m.category, ...(m.fix ? { fix: { text: m.fix.text } } : {}) };
  return {
    range: { start: { line: m.line - 1, character: m.column - 1 }, end: { line: m.endLine - 1, character: m.endColumn - 1 } },
    severity: SEVERITY[m.severity],
    code: m.ruleId ?? m.category,
    source: 'commslint',
    message: m.message,
    data,
  };
}

// GitHub Actions workflow commands: each problem becomes an annotation on the pull request's diff.
import { relative } from 'node:path';
import type { LintResult, Severity } from '../types.js';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Workflow-command escaping: % and line breaks in data, plus : and , in properties. */
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(results: LintResult[], cwd = process.cwd()): string {
  const lines: string[] = [];
  for (const r of results) {
    const file = relative(cwd, r.filePath) || r.filePath;
    for (const m of r.messages) {
      const props = [`file=${file}`, `line=${m.line}`, `col=${m.column}`, `endLine=${m.endLine}`, `endColumn=${m.endColumn}`, `title=${m.ruleId ?? m.category}`]
        .map((p) => { const [k, ...v] = p.split('='); return `${k!}=${escapeProperty(v.join('='))}`; })
        .join(',');
      lines.push(`::${LEVEL[m.severity]} ${props}::${escapeData(m.message)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

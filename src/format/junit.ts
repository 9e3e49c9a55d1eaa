// JUnit XML: one test suite per file, one failing test case per problem, for CI test reports.
import type { LintResult } from '../types.js';

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
    // XML 1.0 forbids most control characters even escaped.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

export function formatJunit(results: LintResult[]): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<testsuites name="commslint">'];
  for (const r of results) {
    const failures = r.messages.length;
    out.push(`  <testsuite name="${escapeXml(r.filePath)}" tests="${Math.max(failures, 1)}" failures="${failures}" errors="0">`);
    if (failures === 0) out.push(`    <testcase name="commslint" classname="${escapeXml(r.filePath)}"/>`);
    for (const m of r.messages) {
      const name = `${m.ruleId ?? m.category} at ${m.line}:${m.column}`;
      out.push(`    <testcase name="${escapeXml(name)}" classname="${escapeXml(r.filePath)}">`);
      out.push(`      <failure type="${m.severity}" message="${escapeXml(m.message)}">${escapeXml(`${r.filePath}:${m.line}:${m.column} ${m.message}`)}</failure>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

// Findings (block offsets) → messages (source lines and columns), stamped with the rule's metadata.
import { location } from 'vfile-location';
import type { Finding } from '../checks/index.js';
import type { CompiledRule } from '../pack/compile.js';
import { toBlockSpan } from '../segment/analyze.js';
import type { Lang, LintMessage } from '../types.js';

export type PointOf = (offset: number) => { line: number; column: number };

export function pointFinder(source: string): PointOf {
  const place = location(source);
  return (offset) => {
    const point = place.toPoint(offset);
    if (point) return { line: point.line, column: point.column };
    // The end of the text is not a character vfile-location knows; count from the last line.
    const lastBreak = Math.max(source.lastIndexOf('\n'), source.lastIndexOf('\r'));
    return { line: source.split(/\r\n|\r|\n/).length, column: offset - lastBreak };
  };
}

/** The rule stamps ruleId, category, severity and source; the check only says where. */
export function toMessage(rule: CompiledRule, finding: Finding, source: string, pointOf: PointOf, locale: Lang): LintMessage {
  const { offsets } = finding.block.block;
  const inBlock = toBlockSpan(finding.block, finding);
  const start = offsets[inBlock.start]!;
  const end = offsets[inBlock.end - 1]! + 1;
  const from = pointOf(start);
  const to = pointOf(end);
  const spec = rule.spec;
  const message: LintMessage = {
    ruleId: spec.id,
    category: spec.category,
    severity: spec.severity,
    message: fillTemplate(spec.message[locale], finding),
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    range: [start, end],
    actual: finding.match,
    source: spec.source,
  };
  if (finding.expected !== undefined) {
    message.expected = finding.expected;
    // Only where the words are written contiguously: a fix never rewrites markup in between.
    if (finding.fixable && source.slice(start, end) === finding.match) {
      message.fix = { range: [start, end], text: finding.expected };
    }
  }
  return message;
}

function fillTemplate(template: string, finding: Finding): string {
  return template.replaceAll('{match}', finding.match).replaceAll('{expected}', finding.expected ?? '');
}

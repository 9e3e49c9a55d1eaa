// Inline directives in HTML comments, applied as a pure pass over sorted messages.
import type { HtmlNode } from '../parse/markdown.js';

export type DirectiveType = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  type: DirectiveType;
  /** Rule ids; empty means every rule. */
  ruleIds: string[];
  /** Source offset of the comment, for disable/enable ranges. */
  offset: number;
  /** 1-based lines the comment starts and ends on. */
  line: number;
  endLine: number;
  column: number;
  endColumn: number;
}

const COMMENT = /<!--\s*commslint-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g;

export function parseDirectives(
  html: HtmlNode[],
  toPoint: (offset: number) => { line: number; column: number },
): Directive[] {
  const out: Directive[] = [];
  for (const node of html) {
    for (const m of node.value.matchAll(COMMENT)) {
      // As in ESLint, text after "--" is a reason, not a rule id.
      const body = (m[2] ?? '').split(/\s--\s|\s--$/)[0] ?? '';
      const start = node.start + m.index;
      const end = start + m[0].length;
      const from = toPoint(start);
      const to = toPoint(end);
      out.push({
        type: m[1] as DirectiveType,
        ruleIds: body.split(/[\s,]+/).filter(Boolean),
        offset: start,
        line: from.line,
        endLine: to.line,
        column: from.column,
        endColumn: to.column,
      });
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

interface Located {
  ruleId: string | null;
  line: number;
  range: [number, number];
}

/** The messages that no directive turns off. */
export function applyDirectives<T extends Located>(messages: T[], directives: Directive[]): T[] {
  return messages.filter((m) => m.ruleId === null || !isDisabled(m, directives));
}

function names(d: Directive, ruleId: string): boolean {
  return d.ruleIds.length === 0 || d.ruleIds.includes(ruleId);
}

function isDisabled(m: Located, directives: Directive[]): boolean {
  const ruleId = m.ruleId!;
  let disabled = false;
  for (const d of directives) {
    if (!names(d, ruleId)) continue;
    if (d.type === 'disable-line' && d.line === m.line) return true;
    if (d.type === 'disable-next-line' && d.endLine + 1 === m.line) return true;
    if (d.offset > m.range[0]) continue;
    if (d.type === 'disable') disabled = true;
    if (d.type === 'enable') disabled = false;
  }
  return disabled;
}

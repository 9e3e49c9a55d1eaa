// A directive that names a rule the pack does not have is itself a problem (a typo hides nothing).
import type { Pack } from '../pack/compile.js';
import { nearest } from '../pack/problems.js';
import type { Lang, LintMessage } from '../types.js';
import type { Directive } from './directives.js';

export function unknownRuleMessages(directives: Directive[], pack: Pack, locale: Lang): LintMessage[] {
  const out: LintMessage[] = [];
  for (const d of directives) {
    for (const id of d.ruleIds) {
      if (pack.byId.has(id)) continue;
      const guess = nearest(id, pack.byId.keys());
      const hint = guess ? (locale === 'zh' ? `；是否想写 “${guess}”？` : `; did you mean "${guess}"?`) : '';
      out.push({
        ruleId: null,
        category: 'directive',
        severity: 'error',
        message: locale === 'zh' ? `指令中的规则 “${id}” 不存在${hint}` : `Definition for rule "${id}" was not found${hint}`,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        range: [d.offset, d.offset],
      });
    }
  }
  return out;
}

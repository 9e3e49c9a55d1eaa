// The words around the findings in the HTML views, in the draft's language, and each category's colour.
import { CATEGORIES, type Lang, type Severity } from '../types.js';

export const LABELS = {
  zh: {
    summary: '概览', category: '类别', total: '合计', findings: '发现的问题', noFindings: '没有发现问题。',
    why: '理由', source: '出处', regulations: '法规', fix: '建议改为', applyFix: '应用修改', show: '在文中显示',
    report: 'commslint 审核报告', files: '文件',
  },
  en: {
    summary: 'Summary', category: 'Category', total: 'Total', findings: 'Findings', noFindings: 'No findings.',
    why: 'Why', source: 'Source', regulations: 'Regulations', fix: 'Suggested wording', applyFix: 'Apply fix', show: 'Show in text',
    report: 'commslint review report', files: 'Files',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type Labels = (typeof LABELS)[Lang];

export const SEVERITY_NAMES: Record<Lang, Record<Severity, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

const CATEGORY_NAMES_ZH: Record<string, string> = {
  'persona-safety': '个人背书安全',
  combative: '攻击批评者',
  'fan-mobilization': '动员粉丝',
  'aesthetics-over-safety': '颜值压过安全',
  'absolute-claim': '绝对化承诺',
  'autonomy-overclaim': '夸大自动驾驶',
};

/** A category as a reader sees it: the Chinese name first in Chinese, the id always. */
export function categoryName(category: string, lang: Lang): string {
  const zh = CATEGORY_NAMES_ZH[category];
  return lang === 'zh' && zh ? `${zh} ${category}` : category;
}

/** Colours in the stylesheet: hue-0 … hue-11. */
export const HUE_COUNT = 12;

/**
 * Each category's colour: the built-in ones always the same, custom ones by their order in this
 * report. Classes rather than inline styles, so a strict Content-Security-Policy holds.
 */
export function categoryHues(categories: Iterable<string>): Map<string, number> {
  const hues = new Map<string, number>(CATEGORIES.map((c, i) => [c, i]));
  for (const c of categories) if (!hues.has(c)) hues.set(c, hues.size % HUE_COUNT);
  return hues;
}

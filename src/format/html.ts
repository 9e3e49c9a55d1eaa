// --format html: one self-contained page for an approval email — no scripts, no external assets.
import { relative } from 'node:path';
import { cspHash, reviewStylesheet } from '../html/assets.js';
import { escapeHtml } from '../html/escape.js';
import { categoryHues, LABELS, SEVERITY_NAMES } from '../html/labels.js';
import { renderDraft, renderFindings, renderSummary, type RenderOptions } from '../html/render.js';
import { specsById } from '../pack/explanation.js';
import type { RuleSpec } from '../pack/spec.js';
import type { Lang, LintResult } from '../types.js';

export interface HtmlReportOptions {
  rules: readonly RuleSpec[];
  version: string;
  /** File names are shown relative to this folder. */
  cwd?: string;
}

const displayName = (filePath: string, cwd: string | undefined): string => (cwd && filePath.startsWith('/') ? relative(cwd, filePath) : filePath);

function countsLine(result: LintResult, lang: Lang): string {
  const counts = [[result.errorCount, 'error'], [result.warningCount, 'warning'], [result.infoCount, 'info']] as const;
  if (lang === 'zh') return counts.map(([n, severity]) => `${n} 个${SEVERITY_NAMES.zh[severity]}`).join('，');
  return counts.map(([n, severity]) => `${n} ${severity}${n === 1 ? '' : 's'}`).join(', ');
}

function fileSection(result: LintResult, index: number, base: Omit<RenderOptions, 'lang' | 'idPrefix'>, cwd: string | undefined): string {
  const options: RenderOptions = { ...base, lang: result.language, idPrefix: `d${index}-` };
  const name = escapeHtml(displayName(result.filePath, cwd));
  const draft = result.source === undefined ? '' : renderDraft(result.source, result.messages, options);
  return `<section class="file" id="d${index}" lang="${result.language}"><h2>${name}</h2><p class="counts">${countsLine(result, result.language)}</p>`
    + `<div class="columns"><div>${draft}</div><div>${renderSummary(result.messages, options, false)}<h4>${LABELS[result.language].findings}</h4>`
    + `${renderFindings(result.messages, options)}</div></div></section>`;
}

function fileIndex(results: LintResult[], lang: Lang, cwd: string | undefined): string {
  const labels = LABELS[lang];
  const rows = results.map((r, i) => {
    const name = escapeHtml(displayName(r.filePath, cwd));
    const link = r.messages.length ? `<a href="#d${i}">${name}</a>` : name;
    return `<tr><th scope="row">${link}</th><td>${r.errorCount}</td><td>${r.warningCount}</td><td>${r.infoCount}</td></tr>`;
  });
  const zh = lang === 'zh';
  return `<table class="summary"><thead><tr><th>${labels.files}</th><th class="sev-error">${zh ? '错误' : 'errors'}</th><th class="sev-warning">${zh ? '警告' : 'warnings'}</th><th class="sev-info">${zh ? '提示' : 'infos'}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** Chinese labels when every draft is Chinese, English otherwise. */
const reportLanguage = (results: LintResult[]): Lang => (results.length > 0 && results.every((r) => r.language === 'zh') ? 'zh' : 'en');

export function formatHtml(results: LintResult[], options: HtmlReportOptions): string {
  const lang = reportLanguage(results);
  const labels = LABELS[lang];
  const all = results.flatMap((r) => r.messages);
  const base = { hues: categoryHues(all.map((m) => m.category)), specs: specsById(options.rules), actions: false, open: true };
  const css = reviewStylesheet();
  // No script may run: a draft is text, whatever it contains. The one inline style is allowed by its hash.
  const csp = `default-src 'none'; style-src ${cspHash(css)}; img-src data:; base-uri 'none'; form-action 'none'`;
  const sections = results.map((r, i) => (r.messages.length ? fileSection(r, i, base, options.cwd) : '')).join('');
  const overview = `<div class="overview"><div><h4>${labels.summary}</h4>${renderSummary(all, { lang, hues: base.hues }, true)}</div>`
    + `${results.length > 1 ? `<div><h4>${labels.files}</h4>${fileIndex(results, lang, options.cwd)}</div>` : ''}</div>`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="commslint ${escapeHtml(options.version)}">
<title>${labels.report}</title>
<style>${css}</style>
</head>
<body class="review report">
<header><h1>${labels.report}</h1><p>commslint ${escapeHtml(options.version)} · ${results.length} ${lang === 'zh' ? '个文件' : results.length === 1 ? 'file' : 'files'}</p></header>
${overview}
${sections || `<p class="no-findings">${labels.noFindings}</p>`}
</body>
</html>
`;
}

// A linted draft as HTML: the text with each finding marked in place, a summary by category and
// severity, and every finding explained. The HTML report and the review page both render with this.
import { explainFinding, type Explanation } from '../pack/explanation.js';
import type { RuleSpec } from '../pack/spec.js';
import type { Lang, LintMessage, Severity } from '../types.js';
import { escapeHtml } from './escape.js';
import { categoryName, LABELS, SEVERITY_NAMES, type Labels } from './labels.js';

export interface RenderOptions {
  lang: Lang;
  /** Colour index of each category (categoryHues). */
  hues: ReadonlyMap<string, number>;
  /** Rules by id, for the explanations. */
  specs: ReadonlyMap<string, RuleSpec>;
  /** Prefix of element ids, unique per draft in a page that shows several. */
  idPrefix: string;
  /** "Apply fix" buttons, for the page (a report cannot change the draft). */
  actions: boolean;
  /** Explanations shown open (a report to read or print) or folded (the page opens one on click). */
  open: boolean;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const hueOf = (category: string, options: Pick<RenderOptions, 'hues'>): number => options.hues.get(category) ?? 0;

/** The draft, escaped, with a <mark> over every stretch some finding covers (overlaps split). */
export function renderDraft(text: string, messages: readonly LintMessage[], options: RenderOptions): string {
  const spans = messages.map((m, index) => ({ index, message: m, start: Math.max(0, m.range[0]), end: Math.min(text.length, m.range[1]) }))
    .filter((s) => s.start < s.end);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  let html = '';
  for (const [i, start] of cuts.slice(0, -1).entries()) {
    const end = cuts[i + 1]!;
    const chunk = escapeHtml(text.slice(start, end));
    const covering = spans.filter((s) => s.start <= start && end <= s.end).sort((a, b) => RANK[a.message.severity] - RANK[b.message.severity]);
    // An empty anchor where each finding starts, for "show in text" links.
    html += spans.filter((s) => s.start === start).map((s) => `<span class="anchor" id="${options.idPrefix}m${s.index}"></span>`).join('');
    const lead = covering[0];
    if (!lead) {
      html += chunk;
      continue;
    }
    const ids = covering.map((s) => s.index).join(' ');
    const title = escapeHtml(covering.map((s) => s.message.message).join('\n'));
    const cls = `finding hue-${hueOf(lead.message.category, options)} sev-${lead.message.severity}`;
    html += `<a class="finding-link" href="#${options.idPrefix}f${lead.index}"><mark class="${cls}" data-ids="${ids}" title="${title}">${chunk}</mark></a>`;
  }
  return `<div class="draft" lang="${options.lang}">${html}</div>`;
}

/** Counts by category and severity, with a filter checkbox per category when `filters` is set. */
export function renderSummary(messages: readonly LintMessage[], options: Pick<RenderOptions, 'lang' | 'hues'>, filters: boolean): string {
  const labels = LABELS[options.lang];
  const counts = new Map<string, Record<Severity, number>>();
  for (const m of messages) {
    const row = counts.get(m.category) ?? { error: 0, warning: 0, info: 0 };
    row[m.severity]++;
    counts.set(m.category, row);
  }
  const severityHeads = SEVERITIES.map((s) => `<th class="sev-${s}">${SEVERITY_NAMES[options.lang][s]}</th>`).join('');
  const rows = [...counts].sort(([a], [b]) => hueOf(a, options) - hueOf(b, options)).map(([category, row]) => {
    const hue = hueOf(category, options);
    const name = escapeHtml(categoryName(category, options.lang));
    const label = filters
      ? `<label><input type="checkbox" class="filter filter-hue-${hue}" data-category="${escapeHtml(category)}" checked> <span class="swatch hue-${hue}"></span> ${name}</label>`
      : `<span class="swatch hue-${hue}"></span> ${name}`;
    const cells = SEVERITIES.map((s) => `<td>${row[s] || ''}</td>`).join('');
    return `<tr><th scope="row">${label}</th>${cells}<td>${row.error + row.warning + row.info}</td></tr>`;
  });
  const totals = SEVERITIES.map((s) => `<td>${messages.filter((m) => m.severity === s).length}</td>`).join('');
  return `<table class="summary"><thead><tr><th>${labels.category}</th>${severityHeads}<th>${labels.total}</th></tr></thead>`
    + `<tbody>${rows.join('')}</tbody><tfoot><tr><th scope="row">${labels.total}</th>${totals}<td>${messages.length}</td></tr></tfoot></table>`;
}

function renderExplanation(e: Explanation, labels: Labels): string {
  const passages = [e.quote, ...e.passages].map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  const regulations = e.regulations.length
    ? `<h4>${labels.regulations}</h4><ul class="regulations">${e.regulations.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>`
    : '';
  return `<h4>${labels.why}</h4><p class="rationale">${escapeHtml(e.rationale)}</p>`
    + `<h4>${labels.source}</h4><p class="cite">${escapeHtml(`${e.seed} ${e.markers.join('')}`)}</p><blockquote class="passage">${passages}</blockquote>${regulations}`;
}

function renderFinding(m: LintMessage, index: number, options: RenderOptions): string {
  const labels = LABELS[options.lang];
  const hue = hueOf(m.category, options);
  const spec = m.ruleId === null ? undefined : options.specs.get(m.ruleId);
  const rule = m.ruleId ? ` · <code>${escapeHtml(m.ruleId)}</code>` : '';
  const meta = `<p class="meta"><span class="swatch hue-${hue}"></span> ${escapeHtml(categoryName(m.category, options.lang))}${rule}`
    + ` · <a class="show" href="#${options.idPrefix}m${index}">${labels.show}</a></p>`;
  const button = options.actions ? ` <button type="button" class="apply-fix" data-id="${index}">${labels.applyFix}</button>` : '';
  const fix = m.fix ? `<p class="fix">${labels.fix}: “<ins>${escapeHtml(m.fix.text)}</ins>”${button}</p>` : '';
  const explanation = spec ? renderExplanation(explainFinding(m, spec), labels) : '';
  const summary = `<summary><span class="pos">${m.line}:${m.column}</span> <span class="sev sev-${m.severity}">${SEVERITY_NAMES[options.lang][m.severity]}</span> <span class="msg">${escapeHtml(m.message)}</span></summary>`;
  return `<li class="finding-item hue-${hue} sev-${m.severity}" id="${options.idPrefix}f${index}" data-id="${index}">`
    + `<details${options.open ? ' open' : ''}>${summary}<div class="explanation">${meta}${fix}${explanation}</div></details></li>`;
}

/** Every finding with its explanation, in the draft's order. */
export function renderFindings(messages: readonly LintMessage[], options: RenderOptions): string {
  if (messages.length === 0) return `<p class="no-findings">${LABELS[options.lang].noFindings}</p>`;
  return `<ol class="findings">${messages.map((m, i) => renderFinding(m, i, options)).join('')}</ol>`;
}

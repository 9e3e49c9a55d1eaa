// The only place that knows the order: parse → analyze and check each block (cached) → messages →
// directives → post-process.
import { TextKeyedCache } from '../bounded-cache.js';
import type { Pack } from '../pack/compile.js';
import { parseMarkdown } from '../parse/markdown.js';
import type { RuleSpec } from '../pack/spec.js';
import type { Lang, LintMessage, LintOptions, LintResult, RuleSetting } from '../types.js';
import { resultsFor } from './block-cache.js';
import { applyDirectives, parseDirectives } from './directives.js';
import { detectLanguage } from './language.js';
import { postprocess } from './postprocess.js';
import { pointFinder, toMessage } from './report.js';
import { unknownRuleMessages } from './unknown-rules.js';

/**
 * A hash of the text each path had when this process last linted it. A path linted again with
 * other text is being edited (an editor, the review page, --fix): it is parsed by cached sections
 * and its paragraphs' findings are cached, so an edit redoes only what it touched. A batch's
 * drafts, and a draft linted again unchanged, are parsed whole and cache nothing.
 */
const lastTextHash = new TextKeyedCache<number>(200_000);

function isBeingEdited(filePath: string, source: string): boolean {
  const hash = fnv1a(source);
  const before = lastTextHash.get(filePath);
  if (before !== hash) lastTextHash.set(filePath, hash);
  return before !== undefined && before !== hash;
}

/** 32-bit FNV-1a over UTF-16 code units: a few microseconds for a draft, against milliseconds of lint. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export function lintWithPack(pack: Pack, input: string, options: LintOptions = {}): LintResult {
  // Offsets, lines and columns count from after a BOM, as editors show it.
  const source = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const edited = isBeingEdited(options.filePath ?? '<text>', source);
  const { blocks, html } = parseMarkdown(source, edited);
  const language = detectLanguage(blocks.map((b) => b.text));
  const locale: Lang = options.locale ?? language;
  const pointOf = pointFinder(source);
  const results = blocks.map((block) => resultsFor(pack, block, edited));
  const found: LintMessage[] = [];
  for (const rule of pack.rules) {
    const severity = effectiveSeverity(rule.spec, options.rules);
    if (severity === 'off') continue;
    for (const { analyzed, findings } of results) {
      for (const finding of findings.get(rule.spec.id) ?? []) {
        found.push({ ...toMessage(rule, { ...finding, block: analyzed }, source, pointOf, locale), severity });
      }
    }
  }
  const directives = parseDirectives(html, pointOf);
  const messages = postprocess([...applyDirectives(found, directives), ...unknownRuleMessages(directives, pack, locale)]);
  return summarize(options.filePath ?? '<text>', messages, source, language);
}

function effectiveSeverity(spec: RuleSpec, settings: LintOptions['rules']): RuleSetting {
  return settings?.[spec.id] ?? settings?.[spec.category] ?? spec.severity;
}

function summarize(filePath: string, messages: LintMessage[], source: string, language: Lang): LintResult {
  const count = (severity: string, fixable = false): number =>
    messages.filter((m) => m.severity === severity && (!fixable || m.fix !== undefined)).length;
  return {
    filePath,
    messages,
    errorCount: count('error'),
    warningCount: count('warning'),
    infoCount: count('info'),
    fixableErrorCount: count('error', true),
    fixableWarningCount: count('warning', true),
    source,
    language,
  };
}

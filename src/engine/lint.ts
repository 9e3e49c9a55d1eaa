// The only place that knows the order: parse → analyze and check each block (cached) → messages →
// directives → post-process.
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

export function lintWithPack(pack: Pack, input: string, options: LintOptions = {}): LintResult {
  // Offsets, lines and columns count from after a BOM, as editors show it.
  const source = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const { blocks, html } = parseMarkdown(source);
  const language = detectLanguage(blocks.map((b) => b.text).join('\n'));
  const locale: Lang = options.locale ?? language;
  const pointOf = pointFinder(source);
  const results = blocks.map((block) => resultsFor(pack, block));
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

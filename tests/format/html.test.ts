// --format html and the shared renderer: findings marked in place, everything escaped, no scripts.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/format/html.js';
import { categoryHues } from '../../src/html/labels.js';
import { renderDraft } from '../../src/html/render.js';
import { createLinter } from '../../src/index.js';
import type { LintMessage, LintResult } from '../../src/types.js';
import { makeDocx } from '../helpers/docx.js';

const linter = createLinter();
const rules = linter.rules.map((r) => r.spec);
const RISKY = '# 声明\n\n<script>alert(1)</script>\n\n网上那些说法纯属断章取义、歪曲抹黑。我以个人名誉担保，这台车绝对安全，开启自动驾驶就能放心。\n';

function result(text: string, filePath = '/drafts/statement.md'): LintResult {
  return { ...linter.lintDocument(text, { filePath }), source: text };
}

const markedWords = (html: string): string[] => [...html.matchAll(/<mark [^>]*>([^<]*)<\/mark>/g)].map((m) => m[1]!);

describe('formatHtml', () => {
  const html = formatHtml([result(RISKY)], { rules, version: '9.9.9' });

  it('marks exactly the flagged words, coloured by category, with every finding explained', () => {
    const { messages } = result(RISKY);
    expect(markedWords(html)).toEqual(messages.map((m) => m.actual));
    expect(html).toContain('class="finding hue-4 sev-error"'); // absolute-claim's colour
    expect(html).toContain('In the case study the founder answered safety questions'); // a rationale
    expect(html).toContain('seeds/000_313dcbf2a2e2c52c.txt'); // the cited seed
    expect(html).toContain('建议改为: “<ins>组合驾驶辅助</ins>”'); // the substitution's fix
    expect(html.match(/<li class="finding-item/g)).toHaveLength(messages.length);
  });

  it('shows a draft’s <script> as text and cannot run any script', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'/);
    const style = /<style>([\s\S]*)<\/style>/.exec(html)![1]!;
    expect(csp).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
  });

  it('is self-contained: no external stylesheet, script, image or font', () => {
    expect(html).not.toMatch(/<link|<img|<iframe|src=|@import|url\(/i);
    expect(html).not.toMatch(/href="(?!#)/);
  });

  it('reports many drafts: an overall summary with filters, an index, a section per draft with findings', () => {
    const clean = result('# 召回公告\n\n我们将免费更换下摆臂。\n', '/drafts/recall.md');
    const english = result('Our car is 100% safe.\n', '/drafts/en.md');
    const report = formatHtml([result(RISKY), clean, english], { rules, version: '1', cwd: '/drafts' });
    expect(report).toContain('<html lang="en">'); // not every draft is Chinese
    expect(report).toContain('<a href="#d0">statement.md</a>');
    expect(report).toContain('<th scope="row">recall.md</th>'); // clean: listed, no section
    expect(report).not.toContain('id="d1"');
    expect(report).toContain('<section class="file" id="d2" lang="en">');
    expect(report.match(/class="filter filter-hue-\d+"/g)).toHaveLength(4);
  });
});

describe('renderDraft', () => {
  const options = { lang: 'en' as const, hues: categoryHues([]), specs: new Map(), idPrefix: 'x-', actions: false, open: false };
  const message = (range: [number, number], severity: LintMessage['severity'], category: string): LintMessage =>
    ({ ruleId: null, category, severity, message: `${category} "quoted" <b>`, line: 1, column: range[0] + 1, endLine: 1, endColumn: range[1] + 1, range });

  it('splits overlapping findings, the most severe colouring the overlap, and escapes titles', () => {
    const html = renderDraft('abcdefgh', [message([1, 5], 'warning', 'combative'), message([3, 7], 'error', 'absolute-claim')], options);
    expect(markedWords(html)).toEqual(['bc', 'de', 'fg']);
    expect(html).toContain('<mark class="finding hue-4 sev-error" data-ids="1 0" title="absolute-claim &quot;quoted&quot; &lt;b&gt;');
    expect(html).toContain('<span class="anchor" id="x-m1"></span>');
  });
});

describe('commslint --format html', () => {
  it('writes one report for Markdown and Word drafts, the Word findings on their paragraph', () => {
    const dir = mkdtempSync(join(tmpdir(), 'commslint-html-'));
    writeFileSync(join(dir, 'a.md'), RISKY);
    writeFileSync(join(dir, 'b.docx'), makeDocx(['新品发布', '', '这台车绝对安全。']));
    const bin = join(import.meta.dirname, '../../bin/commslint.js');
    const run = spawnSync(process.execPath, [bin, '--format', 'html', '.'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('<h2>b.docx</h2>');
    expect(run.stdout).toContain('<span class="pos">3:4</span>'); // paragraph 3 of the .docx
    expect(markedWords(run.stdout)).toContain('绝对安全');
    expect(run.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('explains the findings when worker threads linted the drafts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'commslint-html-'));
    writeFileSync(join(dir, 'a.md'), RISKY);
    writeFileSync(join(dir, 'b.md'), 'Our car is 100% safe.\n');
    const bin = join(import.meta.dirname, '../../bin/commslint.js');
    const run = spawnSync(process.execPath, [bin, '--concurrency', '2', '--format', 'html', '.'], { cwd: dir, encoding: 'utf8' });
    expect(run.stdout.match(/<p class="rationale">/g)).toHaveLength(6);
  });
});

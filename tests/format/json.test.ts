// Behaviour of the JSON formatter and of the formatter lookup by name.
import { describe, expect, it } from 'vitest';
import { FORMATTERS, format } from '../../src/format/index.js';
import { formatJson } from '../../src/format/json.js';
import { formatStylish } from '../../src/format/stylish.js';
import type { LintMessage, LintResult } from '../../src/types.js';

const flagged: LintMessage = {
  ruleId: 'absolute-claim/zh-safe',
  category: 'absolute-claim',
  severity: 'error',
  message: '不要说“绝对安全”。',
  line: 2,
  column: 3,
  endLine: 2,
  endColumn: 7,
  range: [5, 9],
  actual: '绝对安全',
  expected: '更安全',
  fix: { range: [5, 9], text: '更安全' },
  suggestions: [{ desc: '改为“更安全”', fix: { range: [5, 9], text: '更安全' } }],
  source: { seed: 'seeds/000_x.txt', passages: ['[20]'], quote: '绝对安全', regulations: ['广告法第九条'] },
};

const noted: LintMessage = {
  ruleId: null,
  category: 'persona-safety',
  severity: 'info',
  message: 'Consider a safety note.',
  line: 5,
  column: 1,
  endLine: 5,
  endColumn: 4,
  range: [40, 43],
};

const results: LintResult[] = [
  {
    filePath: '/drafts/a.md',
    messages: [flagged, noted],
    errorCount: 1,
    warningCount: 0,
    infoCount: 1,
    fixableErrorCount: 1,
    fixableWarningCount: 0,
    source: '# 标题\n它绝对安全。',
    language: 'zh',
  },
  {
    filePath: '/drafts/clean.md',
    messages: [],
    errorCount: 0,
    warningCount: 0,
    infoCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    language: 'en',
  },
];

describe('formatJson', () => {
  it("round-trips to ESLint's result shape, with infoCount and language added", () => {
    const parsed = JSON.parse(formatJson(results)) as unknown;
    expect(parsed).toEqual([
      {
        filePath: '/drafts/a.md',
        messages: [
          {
            ruleId: 'absolute-claim/zh-safe',
            category: 'absolute-claim',
            severity: 'error',
            message: '不要说“绝对安全”。',
            line: 2,
            column: 3,
            endLine: 2,
            endColumn: 7,
            actual: '绝对安全',
            expected: '更安全',
            fix: { range: [5, 9], text: '更安全' },
            suggestions: [{ desc: '改为“更安全”', fix: { range: [5, 9], text: '更安全' } }],
            source: { seed: 'seeds/000_x.txt', passages: ['[20]'], quote: '绝对安全', regulations: ['广告法第九条'] },
          },
          {
            ruleId: null,
            category: 'persona-safety',
            severity: 'info',
            message: 'Consider a safety note.',
            line: 5,
            column: 1,
            endLine: 5,
            endColumn: 4,
          },
        ],
        errorCount: 1,
        warningCount: 0,
        infoCount: 1,
        fixableErrorCount: 1,
        fixableWarningCount: 0,
        language: 'zh',
      },
      {
        filePath: '/drafts/clean.md',
        messages: [],
        errorCount: 0,
        warningCount: 0,
        infoCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        language: 'en',
      },
    ]);
  });

  it('keeps severity as a word and carries category', () => {
    const [first] = JSON.parse(formatJson(results)) as { messages: Record<string, unknown>[] }[];
    expect(first?.messages.map((item) => [item.severity, item.category])).toEqual([
      ['error', 'absolute-claim'],
      ['info', 'persona-safety'],
    ]);
  });

  it('leaves out the file text and message ranges', () => {
    const output = formatJson(results);
    expect(output).not.toContain('它绝对安全');
    const [first] = JSON.parse(output) as Record<string, unknown>[];
    expect(first).not.toHaveProperty('source');
    expect(first?.messages).toEqual(expect.not.arrayContaining([expect.objectContaining({ range: expect.anything() as unknown })]));
  });

  it('prints an empty array for no results', () => {
    expect(formatJson([])).toBe('[]');
  });
});

describe('format', () => {
  it('lists the formatters and dispatches by name', async () => {
    expect(FORMATTERS).toEqual(['stylish', 'json', 'compact', 'github', 'sarif', 'junit', 'html']);
    expect(await format('json', results, { color: true })).toBe(formatJson(results));
    expect(await format('stylish', results, { color: false })).toBe(formatStylish(results, { color: false }));
  });
});

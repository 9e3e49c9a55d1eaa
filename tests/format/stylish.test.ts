// Behaviour of the stylish formatter: layout, CJK alignment, colors and the summary.
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/format/stylish.js';
import { displayWidth } from '../../src/format/width.js';
import type { LintMessage, LintResult, Severity } from '../../src/types.js';

const ESC = '\u001b';

function message(line: number, column: number, severity: Severity, text: string, ruleId: string | null): LintMessage {
  return {
    ruleId,
    category: 'absolute-claim',
    severity,
    message: text,
    line,
    column,
    endLine: line,
    endColumn: column + 2,
    range: [0, 2],
  };
}

/** A result whose counts agree with its messages, as the engine builds them. */
function result(filePath: string, messages: LintMessage[], fixable = { errors: 0, warnings: 0 }): LintResult {
  const count = (severity: Severity): number => messages.filter((item) => item.severity === severity).length;
  return {
    filePath,
    messages,
    errorCount: count('error'),
    warningCount: count('warning'),
    infoCount: count('info'),
    fixableErrorCount: fixable.errors,
    fixableWarningCount: fixable.warnings,
    language: 'zh',
  };
}

const mixed = result('/drafts/a.md', [
  message(3, 5, 'error', 'Avoid "absolutely safe".', 'absolute-claim/safe'),
  message(12, 10, 'warning', '不要说“绝对安全”。', 'absolute-claim/zh-safe'),
]);

describe('formatStylish', () => {
  it('is empty when there are no messages', () => {
    expect(formatStylish([], { color: false })).toBe('');
    expect(formatStylish([result('/drafts/clean.md', [])], { color: true })).toBe('');
  });

  it('prints the file, one aligned row per message and the summary, like ESLint', () => {
    expect(formatStylish([mixed], { color: false })).toBe(
      [
        '',
        '/drafts/a.md',
        '   3:5   error    Avoid "absolutely safe"  absolute-claim/safe',
        '  12:10  warning  不要说“绝对安全”         absolute-claim/zh-safe',
        '',
        '✖ 2 problems (1 error, 1 warning, 0 infos)',
        '',
      ].join('\n'),
    );
  });

  it('aligns rule ids by display width when messages mix Chinese and English', () => {
    const output = formatStylish(
      [
        result('/drafts/b.md', [
          message(1, 1, 'info', '“最好”是绝对化用语，请改为“较好”', 'absolute-claim/best'),
          message(2, 14, 'error', 'Short', 'combative/attack'),
          message(100, 2, 'warning', '全角：ＡＢＣ', 'persona-safety/x'),
        ]),
      ],
      { color: false },
    );
    const rows = output.split('\n').filter((row) => row.startsWith('  ') && !row.includes('fixable'));
    expect(rows).toHaveLength(3);
    const ruleStarts = rows.map((row) => displayWidth(row.slice(0, row.search(/[a-z-]+\/[a-z]+$/u))));
    expect(new Set(ruleStarts).size).toBe(1);
    const colons = rows.map((row) => row.indexOf(':'));
    expect(new Set(colons).size).toBe(1);
    expect(rows.every((row) => !row.endsWith(' '))).toBe(true);
  });

  it('leaves out the rule id column, and its padding, when a message has none', () => {
    const output = formatStylish([result('/drafts/c.md', [message(1, 1, 'error', 'Parse failure', null)])], {
      color: false,
    });
    expect(output.split('\n')[2]).toBe('  1:1  error  Parse failure');
  });

  it('writes no ANSI escapes when color is false', () => {
    expect(formatStylish([mixed], { color: false })).not.toContain(ESC);
  });

  it('colors severities, underlines the path and dims rule ids when color is true', () => {
    const output = formatStylish([mixed], { color: true });
    expect(output).toContain(`${ESC}[4m/drafts/a.md`);
    expect(output).toContain(`${ESC}[31merror${ESC}[39m`);
    expect(output).toContain(`${ESC}[33mwarning${ESC}[39m`);
    expect(output).toContain(`${ESC}[2mabsolute-claim/safe`);
    // Coloring changes nothing else, alignment included.
    expect(stripVTControlCharacters(output)).toBe(formatStylish([mixed], { color: false }));
  });

  it('colors info blue and an info-only summary blue', () => {
    const output = formatStylish([result('/d.md', [message(1, 1, 'info', 'Note', 'x/y')])], { color: true });
    expect(output).toContain(`${ESC}[34minfo${ESC}[39m`);
    expect(output).toContain(`${ESC}[34m✖ 1 problem`);
  });

  it('colors the summary red with errors and yellow with warnings only', () => {
    expect(formatStylish([mixed], { color: true })).toContain(`${ESC}[31m✖ 2 problems`);
    const warningsOnly = result('/d.md', [message(1, 1, 'warning', 'W', 'x/y')]);
    expect(formatStylish([warningsOnly], { color: true })).toContain(`${ESC}[33m✖ 1 problem`);
  });

  it('pluralizes the summary and sums every file', () => {
    const output = formatStylish(
      [
        result('/a.md', [message(1, 1, 'error', 'E', 'r/e')]),
        result('/b.md', []),
        result('/c.md', [
          message(1, 1, 'error', 'E', 'r/e'),
          message(2, 1, 'warning', 'W', 'r/w'),
          message(3, 1, 'warning', 'W', 'r/w'),
          message(4, 1, 'info', 'I', 'r/i'),
        ]),
      ],
      { color: false },
    );
    expect(output).toContain('✖ 5 problems (2 errors, 2 warnings, 1 info)\n');
    expect(output).not.toContain('/b.md');
    expect(formatStylish([result('/a.md', [message(1, 1, 'error', 'E', 'r/e')])], { color: false })).toContain(
      '✖ 1 problem (1 error, 0 warnings, 0 infos)\n',
    );
  });

  it('adds the fixable line only when something is fixable', () => {
    expect(formatStylish([mixed], { color: false })).not.toContain('fixable');
    const fixable = result('/a.md', mixed.messages, { errors: 1, warnings: 2 });
    expect(formatStylish([fixable], { color: false })).toMatch(
      /\n {2}1 error and 2 warnings potentially fixable with the `--fix` option\.\n$/u,
    );
  });

  it('keeps each message on one row and drops its final full stop', () => {
    const output = formatStylish([result('/a.md', [message(1, 1, 'error', 'First line.\nsecond line。', 'r/e')])], {
      color: false,
    });
    expect(output.split('\n')[2]).toBe('  1:1  error  First line. second line  r/e');
  });
});

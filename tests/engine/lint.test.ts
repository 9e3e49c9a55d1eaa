import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/index.js';

const linter = createLinter({ builtin: false, rulePaths: [join(import.meta.dirname, '../fixtures/rules-good')] });
const where = (text: string): string[] =>
  linter.lintText(text).map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId ?? m.category}`);

describe('lintText', () => {
  it('points at the exact words, 1-based, end column exclusive', () => {
    expect(where('# 标题\n\n这台车绝对安全。\n')).toEqual(['3:4-3:8 fixture/absolute-safety']);
  });

  it('counts lines and columns the same with CRLF and a BOM', () => {
    const lf = where('# 标题\n\n这台车绝对安全。\n');
    expect(where('\uFEFF# 标题\r\n\r\n这台车绝对安全。\r\n')).toEqual(lf);
    expect(where('# 标题\r\n\r\n这台车绝对安全。\r\n')).toEqual(lf);
  });

  it('reads a Chinese phrase written with spaces inside and points at all of it', () => {
    expect(where('这车绝 对 安 全。')).toEqual(['1:3-1:10 fixture/absolute-safety']);
  });

  it('keeps columns in UTF-16 units after emoji, as editors count them', () => {
    expect(where('😀😀 This car is completely safe.')).toEqual(['1:18-1:33 fixture/absolute-safety']);
  });

  it('gives a substitution its fix, and a message in the draft’s language', () => {
    const [zh] = linter.lintText('开启自动驾驶，轻松通勤。');
    expect(zh?.message).toBe('“自动驾驶”改为“组合驾驶辅助”');
    expect(zh?.fix).toEqual({ range: [2, 6], text: '组合驾驶辅助' });
    const [en] = linter.lintText('Self-driving all the way.');
    expect(en?.message).toBe('use Driver assistance not Self-driving');
    expect(linter.lintText('We love Self-driving.')[0]?.expected).toBe('driver assistance');
    expect(linter.lintText('开启自动驾驶。', { locale: 'en' })[0]?.message).toBe('use 组合驾驶辅助 not 自动驾驶');
  });

  it('does not offer a fix that would rewrite markup between the words', () => {
    const [m] = linter.lintText('开启自动**驾驶**。');
    expect(m?.ruleId).toBe('fixture/self-driving');
    expect(m?.fix).toBeUndefined();
  });

  it('reports a cooccurrence over the span joining its matches', () => {
    expect(where('周总说这车很安全。周总今天来了。')).toEqual(['1:1-1:9 fixture/guarantee']);
  });

  it('stamps category, severity and source from the rule', () => {
    const [m] = linter.lintText('零风险');
    expect(m).toMatchObject({ category: 'absolute-claim', severity: 'error', source: { passages: ['[31]'] } });
  });
});

describe('inline directives', () => {
  it('disables and re-enables rules over a range', () => {
    const text = '零风险\n\n<!-- commslint-disable fixture/absolute-safety -->\n\n零风险\n\n<!-- commslint-enable -->\n\n零风险\n';
    expect(where(text).map((w) => w.split(':')[0])).toEqual(['1', '9']);
  });

  it('disables the next line only, and all rules when none is named', () => {
    const text = '<!-- commslint-disable-next-line -->\n零风险，自动驾驶\n零风险\n';
    expect(where(text)).toEqual(['3:1-3:4 fixture/absolute-safety']);
  });

  it('reports a directive naming an unknown rule, with the nearest id', () => {
    const [m] = linter.lintText('<!-- commslint-disable fixture/absolute-safty -->\n');
    expect(m).toMatchObject({ ruleId: null, category: 'directive', severity: 'error', line: 1 });
    expect(m?.message).toContain('fixture/absolute-safety');
  });
});

describe('post-processing', () => {
  it('drops a finding inside a longer finding of the same rule, keeping findings of other rules', async () => {
    const { dropNested } = await import('../../src/engine/postprocess.js');
    const m = (ruleId: string, start: number, end: number) =>
      ({ ruleId, range: [start, end] }) as unknown as import('../../src/types.js').LintMessage;
    const outer = m('a', 0, 10);
    const inner = m('a', 2, 5);
    const sameStart = m('a', 0, 4);
    const other = m('b', 2, 5);
    const apart = m('a', 12, 15);
    expect(dropNested([inner, outer, sameStart, other, apart])).toEqual([outer, other, apart]);
  });
});

// A paragraph is cut into words only when a rule has something to check in it: most paragraphs
// hold no literal of any rule, and jieba and retext were most of a lint's cost after the parse.
import { describe, expect, it, vi } from 'vitest';
import * as jieba from '../../src/segment/jieba.js';
import { createLinter } from '../../src/index.js';

vi.mock('../../src/segment/jieba.js', async (importOriginal) => {
  const original = await importOriginal<typeof jieba>();
  return { ...original, cutHan: vi.fn(original.cutHan) };
});

describe('lazy analysis of a paragraph', () => {
  const linter = createLinter();
  const cut = vi.mocked(jieba.cutHan);

  it('never cuts a Chinese paragraph that holds no literal of any rule', () => {
    cut.mockClear();
    expect(linter.lintText('# 新品发布\n\n我们今天发布了新的车型，续航提升了一百公里。\n\n欢迎到店试驾。')).toEqual([]);
    expect(cut).not.toHaveBeenCalled();
  });

  it('cuts the paragraph whose literals a rule matches, and only that one', () => {
    cut.mockClear();
    const messages = linter.lintText('欢迎到店试驾。\n\n这台车绝对安全。');
    expect(messages.map((m) => m.ruleId)).toContain('absolute-claim/absolute-safety');
    expect(cut.mock.calls.map(([run]) => run).join('')).not.toContain('欢迎');
    expect(cut.mock.calls.map(([run]) => run).join('')).toContain('绝对安全');
  });

  it('gives the same findings when the analysis is reused at another place in an edited draft', () => {
    const draft = '这台车绝对安全。\n\n欢迎试驾。';
    const edited = `第一段。\n\n${draft}`;
    const fresh = createLinter();
    linter.lintText(draft, { filePath: 'moved.md' });
    const again = linter.lintText(edited, { filePath: 'moved.md' });
    expect(again).toEqual(fresh.lintText(edited));
    expect(again[0]?.line).toBe(3);
  });
});

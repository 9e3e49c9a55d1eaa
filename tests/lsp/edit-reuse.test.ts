// What a keystroke costs the engine: only the paragraph it touches is parsed and analysed again.
import { describe, expect, it, vi } from 'vitest';
import * as analyze from '../../src/segment/analyze.js';
import { createLinter } from '../../src/index.js';

vi.mock('../../src/segment/analyze.js', async (importOriginal) => {
  const original = await importOriginal<typeof analyze>();
  return { ...original, analyzeBlock: vi.fn(original.analyzeBlock) };
});

const paragraphs = ['# 新车发布', '开启自动驾驶，这台车绝对安全。', '我们邀请用户参与公开测试。', '- 续航提升\n- 充电更快', '> 他们说绝对安全', '最后一段说明。'];

describe('a keystroke in an editor', () => {
  it('re-analyses only the paragraph it changed, and finds the same as linting from scratch', () => {
    const linter = createLinter();
    const draft = paragraphs.join('\n\n');
    // Opening a draft lints it as a batch would, caching nothing; the first edit marks it as being
    // edited (and analyses it whole, once); from then on a keystroke redoes one paragraph.
    linter.lintText(draft);
    linter.lintText(draft.replace('开启', '开启了'));
    const analyzed = vi.mocked(analyze.analyzeBlock);
    analyzed.mockClear();
    const typed = draft.replace('开启', '开启了').replace('邀请用户', '邀请更多用户');
    const messages = linter.lintText(typed);
    expect(analyzed.mock.calls.map(([block]) => block.text)).toEqual(['我们邀请更多用户参与公开测试。']);
    expect(messages).toEqual(createLinter().lintText(typed));
  });
});

// A batch parses each draft whole (one parse); a draft linted again with other text is being
// edited and goes by cached sections. Both give the same blocks (tests/parse/sections.property).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as markdown from '../../src/parse/markdown.js';
import { createLinter } from '../../src/index.js';

vi.mock('../../src/parse/markdown.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/parse/markdown.js')>();
  return { ...real, parseMarkdown: vi.fn(real.parseMarkdown) };
});

const parse = vi.mocked(markdown.parseMarkdown);
const linter = createLinter();
const editedFlags = (): boolean[] => parse.mock.calls.map((call) => call[1] ?? true);

describe('how a draft is parsed', () => {
  beforeEach(() => {
    parse.mockClear();
  });

  it('parses drafts whole the first time, and again whole when their text is unchanged', () => {
    linter.lintText('我们的车绝对安全。', { filePath: 'a.md' });
    linter.lintText('Trust me, it is 100% safe.', { filePath: 'b.md' });
    linter.lintText('我们的车绝对安全。', { filePath: 'a.md' });
    expect(editedFlags()).toEqual([false, false, false]);
  });

  it('parses by sections a path linted again with other text, and gives the same findings', () => {
    const first = linter.lintText('Trust me.\n\nIt is 100% safe.', { filePath: 'c.md' });
    const edited = linter.lintText('Trust me.\n\nIt is 100% safe!', { filePath: 'c.md' });
    expect(editedFlags()).toEqual([false, true]);
    expect(edited.map((m) => [m.ruleId, m.line, m.column])).toEqual(first.map((m) => [m.ruleId, m.line, m.column]));
  });
});

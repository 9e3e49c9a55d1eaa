// Parsing section by section (with each section's parse cached) gives exactly the whole-document parse.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledDrafts } from '../helpers/drafts.js';
import { parseMarkdown, parseMarkdownWhole } from '../../src/parse/markdown.js';
import { candidateCuts } from '../../src/parse/sections.js';

const SEED = 20261125;

/** Lines that open, close or continue the blocks that can reach across a blank line, and plain prose. */
const LINES = [
  '', '', '', '  ', '\t', '绝对安全的车', 'Plain prose.', '　　全角空格开头的段落', '---', '+++', '***', '===', 'title: 绝对安全',
  '```', '```js', '````', '~~~', '  ```', '    ```', '    缩进代码', '\t缩进', '> 引用的话', '>', '> ```', '- 列表项', '  续行', '1. 第一', '   ```',
  '<!-- commslint-disable -->', '<!--', '-->', '<!-->', '说 <!-- 行内 --> 话', '<div>', '</div>', '<pre>', '</pre>', '<script>', '</script>',
  '<?php', '?>', '<!DOCTYPE html>', '<![CDATA[', ']]>', '| 表头 | 列 |', '|---|---|', '| 甲 | 乙 |', '[链接][ref]', '[ref]: https://example.com',
  '[^1]: 脚注', '脚注[^1]', '`行内代码`', '**强调** 文字', '- ```', '- <!--',
];
const EOL = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');
const doc = fc.array(fc.tuple(fc.constantFrom(...LINES), EOL), { maxLength: 30 }).map((lines) => lines.map(([l, e]) => l + e).join(''));

describe('parseMarkdown by sections', () => {
  it('equals the whole-document parse on random documents of fences, comments, front matter, lists and quotes', () => {
    fc.assert(fc.property(doc, (source) => { expect(parseMarkdown(source)).toEqual(parseMarkdownWhole(source)); }), { seed: SEED, numRuns: 4000 });
  });

  it('equals it on every bundled example and corpus draft, and on the same drafts joined', () => {
    const all = bundledDrafts();
    expect(all.length).toBeGreaterThan(50);
    for (const source of [...all, all.join('\n\n')]) expect(parseMarkdown(source)).toEqual(parseMarkdownWhole(source));
  });

  it('cuts only after a blank line, before a line in column 0, and never where definitions are', () => {
    expect(candidateCuts('甲\n\n乙\n  丙\n\n  丁\n\n---\n戊')).toEqual([3]);
    expect(candidateCuts('甲\r\n\r\n乙')).toEqual([5]);
    expect(candidateCuts('[a]: https://example.com\n\n乙')).toEqual([]);
  });

  it('keeps a fence, a comment or front matter that spans blank lines in one section', () => {
    for (const source of ['```\n绝对安全\n\n代码\n```\n\n正文\n', '<!--\n注释\n\n仍是注释\n-->\n\n正文\n', '---\ntitle: x\n\nmore: y\n---\n\n正文\n']) {
      const whole = parseMarkdownWhole(source);
      expect(whole.blocks.map((b) => b.text)).toEqual(['正文']);
      expect(parseMarkdown(source)).toEqual(whole);
    }
  });
});

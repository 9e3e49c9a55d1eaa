import { describe, expect, it } from 'vitest';
import { EXCLUDED, parseMarkdown } from '../../src/parse/markdown.js';

/** The source text under a block's characters, to check the offset map. */
function sourceOf(source: string, text: string, offsets: number[], needle: string): string {
  const i = text.indexOf(needle);
  expect(i).toBeGreaterThanOrEqual(0);
  return source.slice(offsets[i], offsets[i + needle.length - 1]! + 1);
}

describe('parseMarkdown', () => {
  it('yields headings, paragraphs, list items, table cells, link and emphasis text', () => {
    const src = '# 标题 *强调*\n\n段落 [链接文字](https://example.com/绝对安全)。\n\n- 列表项\n\n| 表头 | 单元格 |\n|---|---|\n| 甲 | 乙 |\n';
    const texts = parseMarkdown(src).blocks.map((b) => b.text);
    expect(texts).toEqual(['标题 强调', '段落 链接文字。', '列表项', '表头', '单元格', '甲', '乙']);
  });

  it('never reads code, HTML, link URLs or front matter as prose', () => {
    const src = '---\ntitle: 绝对安全\n---\n\n```\n自动驾驶\n```\n\n说 `零风险` 吧 <b>x</b>\n\n<div>史上最安全</div>\n';
    const { blocks } = parseMarkdown(src);
    expect(blocks.map((b) => b.text)).toEqual([`说 ${EXCLUDED} 吧 ${EXCLUDED}x${EXCLUDED}`]);
  });

  it('marks text inside a blockquote as quoted, and only that text', () => {
    const { blocks } = parseMarkdown('> 他们说绝对安全\n\n我们说明事实\n');
    expect(blocks.map((b) => [b.text, b.quoted])).toEqual([
      ['他们说绝对安全', true],
      ['我们说明事实', false],
    ]);
  });

  it('maps every character back to its source offset through escapes, entities and quote prefixes', () => {
    const src = '> 第一行 \\*不是强调\\* &amp; 更多\n> 第二行绝对安全\n';
    const [block] = parseMarkdown(src).blocks;
    expect(sourceOf(src, block!.text, block!.offsets, '绝对安全')).toBe('绝对安全');
    expect(sourceOf(src, block!.text, block!.offsets, '*不是强调*')).toBe('*不是强调\\*');
    expect(sourceOf(src, block!.text, block!.offsets, '& 更多')).toBe('&amp; 更多');
  });

  it('keeps offsets exact with CRLF line endings and surrogate pairs', () => {
    const src = '😀 emoji first\r\n\r\n第二段 **零风险**\r\n';
    const { blocks } = parseMarkdown(src);
    const second = blocks[1]!;
    expect(sourceOf(src, second.text, second.offsets, '零风险')).toBe('零风险');
    expect(src.indexOf('零风险')).toBe(second.offsets[second.text.indexOf('零风险')]);
  });

  it('collects HTML comments for directives, in blocks and inline', () => {
    const { html } = parseMarkdown('<!-- commslint-disable -->\n\n文字 <!-- commslint-enable --> 文字\n');
    expect(html.map((h) => h.value)).toEqual(['<!-- commslint-disable -->', '<!-- commslint-enable -->']);
  });
});

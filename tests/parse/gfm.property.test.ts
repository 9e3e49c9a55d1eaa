// Loading only the GFM extensions a source could use gives exactly remark-gfm's tree.
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { bundledDrafts } from '../helpers/drafts.js';
import { processorFor } from '../../src/parse/gfm.js';

const SEED = 20261203;
const remarkWithGfm = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm);

/** The tree, or the error: under vitest's `development` condition mdast-util-gfm-task-list-item
 * asserts (and fails) on some odd lists such as `- -\n[X] a`; the same error counts as the same outcome. */
function outcome(parse: () => unknown): unknown {
  try {
    return parse();
  } catch (error) {
    return { threw: String(error) };
  }
}

const parsesAsRemarkGfm = (source: string): void => {
  expect(outcome(() => processorFor(source).parse(source))).toEqual(outcome(() => remarkWithGfm.parse(source)));
};

/** The characters GFM's constructs start, end or hinge on, and some prose around them. */
const CHARS = Array.from('htpsHTPSwW.:/@xX[]^~|-_+ \t\n\r*`<>()!#1a中\\&;=');
const chars = fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }).map((cs) => cs.join(''));

/** Near misses of each trigger, beside the real thing, as lines of a document. */
const PIECES = [
  'http:/', 'https:', 'http://x.com', 'HTTPS://a.b', 'www', 'ww.', 'www.x.com', 'WWW.A.B', 'a@', '@b', '@微博', 'a@b.c', 'mailto:a@b.co',
  '[^', '[^1]', '[^1]: 注', '[ ]', '[x]', '[ x]', '[X] 完成', '- [ ] 待办', '* [x]', '~', '~~删除~~', '~a~', '|', 'a | b', '|-|-|', '---', ':-', '-:',
  ':--:', '- -', 'a', '甲', '', '  ', '> ', '1. ', '    ',
];
const line = fc.tuple(fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }), fc.constantFrom('', ' ', '-'), fc.constantFrom('\n', '\r\n', ' '));
const lines = fc.array(line, { maxLength: 12 }).map((ls) => ls.map(([pieces, glue, eol]) => pieces.join(glue) + eol).join(''));

describe('processorFor', () => {
  it('parses random strings of GFM syntax characters as remark-gfm does', () => {
    fc.assert(fc.property(chars, parsesAsRemarkGfm), { seed: SEED, numRuns: 5000 });
  });

  it('parses random documents of GFM constructs and their near misses as remark-gfm does', () => {
    fc.assert(fc.property(lines, parsesAsRemarkGfm), { seed: SEED, numRuns: 3000 });
  });

  it('parses the near misses that random documents found as remark-gfm does', () => {
    for (const source of ['h@.h', '- -\n[X] 完成\n']) parsesAsRemarkGfm(source);
  });

  it('parses every bundled example and corpus draft as remark-gfm does', () => {
    const all = bundledDrafts();
    expect(all.length).toBeGreaterThan(50);
    for (const source of all) parsesAsRemarkGfm(source);
  });

  it('leaves out every GFM extension for plain prose, and takes in one for each construct', () => {
    const plain = processorFor('# 标题\n\n绝对安全的车，100% safe.\n\n- 列表\n> 引用 [链接](/a)\n');
    expect(processorFor('Plain prose with who, what and how.')).toBe(plain);
    const constructs = ['see https://x.com', 'see www.x.com', 'mail a@b.co', 'note[^1]\n\n[^1]: n', '~~no~~', '| a |\n|---|', 'a\n:-', '- [ ] todo'];
    for (const source of constructs) {
      expect(processorFor(source), source).not.toBe(plain);
      expect(processorFor(source).parse(source), source).not.toEqual(plain.parse(source));
    }
  });
});

// The floors: what any Markdown linter of Chinese and English has to do before it checks a word.
// The same parse as commslint (remark-parse, front matter and the GFM extensions a draft could use:
// src/parse/gfm.ts), the same segmenters (jieba, retext).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

import { processorFor } from '../../dist/parse/gfm.js';

const parse = (source) => processorFor(source).parse(source);
const english = unified().use(retextEnglish);
const PROSE = new Set(['paragraph', 'heading', 'tableCell']);

/** nodejieba's dictionaries, loaded once: the load is measured on its own (~1 s, ~290 MB). */
export function loadJieba() {
  const jieba = createRequire(import.meta.url)('nodejieba');
  jieba.load();
  return jieba;
}

/** A node's text, as mdast-util-to-string gives it (that package is not a direct dependency). */
function textOf(node) {
  if ('value' in node) return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

function proseBlocks(tree) {
  const blocks = [];
  visit(tree, (node) => {
    if (!PROSE.has(node.type)) return undefined;
    blocks.push(textOf(node));
    return 'skip';
  });
  return blocks;
}

/** Each floor takes one file and returns a number, so that no work can be optimised away. */
export function floors(jieba, termRegex) {
  const segment = (file) => {
    const blocks = proseBlocks(parse(readFileSync(file, 'utf8')));
    let n = 0;
    for (const text of blocks) {
      // jieba for Chinese drafts, retext for English ones, as the issue defines the floor.
      n += file.includes('/zh/') ? jieba.cut(text, false).length : english.parse(text).children.length;
    }
    return { n, blocks };
  };
  return {
    read: (file) => readFileSync(file, 'utf8').length,
    parse: (file) => parse(readFileSync(file, 'utf8')).children.length,
    segment: (file) => segment(file).n,
    terms: (file) => {
      const { n, blocks } = segment(file);
      let hits = 0;
      for (const text of blocks) hits += text.match(termRegex)?.length ?? 0;
      return n + hits;
    },
  };
}

// Markdown source → prose blocks: the text rules see, each character mapped to its source offset.
import type { Nodes, Parents } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A run of prose (paragraph, heading, table cell) as rules see it. */
export interface ProseBlock {
  /** Prose with markup removed; excluded inline nodes (code, HTML, images) become one U+FFFC. */
  text: string;
  /** `offsets[i]` is the source offset of `text[i]`; one extra entry holds the end offset. */
  offsets: number[];
  /** Inside a Markdown blockquote: someone else's words, not the draft's claim. */
  quoted: boolean;
}

/** An HTML node of the source, where inline directives live. */
export interface HtmlNode {
  value: string;
  start: number;
  end: number;
}

export interface ParsedMarkdown {
  blocks: ProseBlock[];
  html: HtmlNode[];
}

/** Stands for an excluded inline node so that terms never join across it. */
export const EXCLUDED = '\uFFFC';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm);

const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Never read as claims: code, front matter, link definitions. */
const SKIPPED = new Set(['code', 'yaml', 'toml', 'definition', 'math', 'inlineMath']);

export function parseMarkdown(source: string): ParsedMarkdown {
  const tree = processor.parse(source);
  const out: ParsedMarkdown = { blocks: [], html: [] };
  walk(tree, false, source, out);
  return out;
}

function walk(node: Nodes, quoted: boolean, source: string, out: ParsedMarkdown): void {
  if (SKIPPED.has(node.type)) return;
  if (node.type === 'html') {
    out.html.push(htmlNode(node.value, node.position?.start.offset, node.position?.end.offset));
    return;
  }
  if (PROSE_BLOCKS.has(node.type)) {
    const block: ProseBlock = { text: '', offsets: [], quoted };
    collectInline(node as Parents, source, block, out);
    block.offsets.push(node.position?.end.offset ?? 0);
    if (block.text.trim()) out.blocks.push(block);
    return;
  }
  if ('children' in node) {
    const inQuote = quoted || node.type === 'blockquote';
    for (const child of node.children) walk(child, inQuote, source, out);
  }
}

function htmlNode(value: string, start = 0, end = start): HtmlNode {
  return { value, start, end };
}

function collectInline(parent: Parents, source: string, block: ProseBlock, out: ParsedMarkdown): void {
  for (const child of parent.children) {
    const start = child.position?.start.offset ?? 0;
    if (child.type === 'text') {
      appendMapped(block, child.value, source, start, child.position?.end.offset ?? start);
    } else if (child.type === 'break') {
      append(block, '\n', start);
    } else if (child.type === 'html') {
      out.html.push(htmlNode(child.value, start, child.position?.end.offset));
      append(block, EXCLUDED, start);
    } else if (child.type === 'inlineCode' || child.type === 'image' || child.type === 'imageReference') {
      append(block, EXCLUDED, start);
    } else if ('children' in child && !SKIPPED.has(child.type)) {
      // emphasis, strong, delete, link, linkReference: their text is prose, their URL is not.
      collectInline(child, source, block, out);
    }
  }
}

function append(block: ProseBlock, text: string, offset: number): void {
  for (let i = 0; i < text.length; i++) block.offsets.push(offset);
  block.text += text;
}

/**
 * Maps a text node's value onto its source slice. Escapes (`\*`), entities (`&amp;`) and the
 * prefixes of continued lines (`> `, list indentation) make the two differ, but the value's
 * characters still occur in order in the slice, so a forward search aligns them exactly.
 */
function appendMapped(block: ProseBlock, value: string, source: string, start: number, end: number): void {
  const slice = source.slice(start, end);
  if (slice === value) {
    for (let i = 0; i < value.length; i++) block.offsets.push(start + i);
    block.text += value;
    return;
  }
  let cursor = 0;
  for (const ch of value) {
    const found = slice.indexOf(ch, cursor);
    const at = found === -1 ? Math.min(cursor, slice.length) : found;
    for (let k = 0; k < ch.length; k++) block.offsets.push(start + at + k);
    if (found !== -1) cursor = found + ch.length;
  }
  block.text += value;
}

// Markdown source → prose blocks: the text rules see, each character mapped to its source offset.
import type { Nodes, Parents } from 'mdast';
import { TextKeyedCache } from '../bounded-cache.js';
import { processorFor } from './gfm.js';
import { candidateCuts, frontMatterOpen, lineAt, takeOffNextLine } from './sections.js';

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

const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Never read as claims: code, front matter, link definitions. */
const SKIPPED = new Set(['code', 'yaml', 'toml', 'definition', 'math', 'inlineMath']);

/** The whole source in one parse: what parseMarkdown must always equal. */
export function parseMarkdownWhole(source: string): ParsedMarkdown {
  return parseSection(source, true, '').parsed;
}

/** Above this, a draft goes by sections even on its first parse: micromark slows on huge ones. */
const WHOLE_PARSE_MAX_CHARS = 64_000;

/**
 * The same result. `edited` drafts go section by section (see sections.ts), each section's parse
 * cached by its text: an edit in an editor re-parses the section it touches, not the whole draft.
 * Otherwise one parse: each parse costs ~45 µs of set-up, so sections nearly doubled a batch's parse.
 */
export function parseMarkdown(source: string, edited = true): ParsedMarkdown {
  if (!edited && source.length <= WHOLE_PARSE_MAX_CHARS) return parseMarkdownWhole(source);
  const cuts = [...candidateCuts(source), source.length];
  const out: ParsedMarkdown = { blocks: [], html: [] };
  let from = 0;
  let next = 0;
  while (from < source.length) {
    // A section that ends inside an open fence or comment grows, twice as many cuts at a time.
    for (let span = 1; ; span *= 2) {
      const last = Math.min(next + span - 1, cuts.length - 1);
      const to = cuts[last]!;
      const section = cachedSection(source.slice(from, to), from === 0, lineAt(source, to));
      if (section.open) continue;
      appendShifted(out, section.parsed, from);
      [from, next] = [to, last + 1];
      break;
    }
  }
  return out;
}

interface Section {
  parsed: ParsedMarkdown;
  /** Ends inside a leaf that survives blank lines: the cut after it is not a real one. */
  open: boolean;
  /** Whether another line after the cut could change it: it is open, or ends in a list or quote. */
  dependsOnNextLine: boolean;
}

const sections = new TextKeyedCache<Section>(200_000);

/**
 * Typing on the line after a cut changes that line, not the section before it: a section that
 * ends in a closed leaf is stored without its next line, so it stays cached.
 */
function cachedSection(text: string, atDocumentStart: boolean, nextLine: string): Section {
  const anyNextLine = `${atDocumentStart ? 's' : 'm'}${text}`;
  const thisNextLine = `${anyNextLine}\u0000${nextLine}`;
  const cached = (nextLine ? sections.get(anyNextLine) : undefined) ?? sections.get(thisNextLine);
  if (cached) return cached;
  const section = parseSection(text, atDocumentStart, nextLine);
  return sections.set(nextLine && !section.dependsOnNextLine ? anyNextLine : thisNextLine, section);
}

/**
 * A section before a cut is parsed together with the line after the cut, which decides where the
 * section's last blocks end, then that line's block is taken off.
 */
function parseSection(text: string, atDocumentStart: boolean, nextLine: string): Section {
  const source = text + nextLine;
  const tree = processorFor(source).parse(source);
  // The end of the document is a real end: only a section before a cut can be open.
  const beforeCut = nextLine !== '';
  const open = beforeCut && (!takeOffNextLine(tree, text.length) || (atDocumentStart && frontMatterOpen(tree, text)));
  const lastType = tree.children.at(-1)?.type;
  const parsed: ParsedMarkdown = { blocks: [], html: [] };
  if (!open) walk(tree, false, source, parsed);
  return { parsed, open, dependsOnNextLine: open || lastType === 'list' || lastType === 'blockquote' };
}

/** Copies, so that no caller can change a cached section. */
function appendShifted(out: ParsedMarkdown, section: ParsedMarkdown, by: number): void {
  for (const b of section.blocks) out.blocks.push({ ...b, offsets: b.offsets.map((o) => o + by) });
  for (const h of section.html) out.html.push({ ...h, start: h.start + by, end: h.end + by });
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

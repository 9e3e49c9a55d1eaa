// Where a Markdown source can be cut into sections that parse alone exactly as they parse in place.
//
// CommonMark reads blocks line by line, top to bottom. After a blank line, a line in column 0
// closes every open container (a list item needs indentation unless the line is another item, a
// block quote needs `>`, lazy continuation never follows a blank line): the parser is back in its
// initial state, unless a top-level leaf that survives blank lines is still open (a fenced code
// block; an HTML comment, <pre>, <script>, <?…?>, <!X…> or CDATA block; front matter). So cuts are
// proposed from the text, and each is confirmed by the parse of the section before it together
// with the line after it: that line must come out as a top-level block of its own. Link reference
// and footnote definitions reach across the whole document: a source with `]:` is not cut at all.
import type { Root } from 'mdast';

/**
 * Lines that would not start afresh: indented ones; a list item, which may join the list before
 * it; `---` or `+++`, which would open front matter at the start of a section but not in place.
 */
const NOT_A_START = /^[ \t]|^([-+*]|\d{1,9}[.)])([ \t]|$)|^---|^\+\+\+/;

/** Offsets of lines that start in column 0 after a blank line: the places a section may start. */
export function candidateCuts(source: string): number[] {
  if (source.includes(']:')) return [];
  const cuts: number[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  let previousBlank = false;
  for (;;) {
    const found = lineBreak.exec(source);
    const lineEnd = found ? found.index : source.length;
    const line = source.slice(lineStart, lineEnd);
    const blank = /^[ \t]*$/.test(line);
    if (previousBlank && !blank && !NOT_A_START.test(line)) cuts.push(lineStart);
    previousBlank = blank;
    if (!found) return cuts;
    lineStart = found.index + found[0].length;
  }
}

/** The line that starts at a cut (without its line break): parsed after the section before it. */
export function lineAt(source: string, offset: number): string {
  const lineBreak = /\r|\n/g;
  lineBreak.lastIndex = offset;
  return source.slice(offset, lineBreak.exec(source)?.index ?? source.length);
}

/**
 * Takes the block of the line after the cut off the end of a section's tree. Returns false when
 * that line did not start a top-level block of its own: an open leaf swallowed it, or a container
 * took it in, so the cut is not a real one.
 */
export function takeOffNextLine(tree: Root, sectionLength: number): boolean {
  const last = tree.children.at(-1);
  if (last?.position?.start.offset !== sectionLength) return false;
  tree.children.pop();
  return true;
}

/** At the document's start, text that may open front matter must have closed it within the section. */
export function frontMatterOpen(tree: Root, text: string): boolean {
  return /^(---|\+\+\+)/.test(text) && !['yaml', 'toml'].includes(tree.children[0]?.type ?? '');
}

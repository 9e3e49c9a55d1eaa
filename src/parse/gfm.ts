// The Markdown processor for a source: CommonMark, front matter, and those of GFM's five extensions
// that the source could use. remark-gfm loads all five for every draft, but its autolink literals
// alone cost ~30 % of a parse (they inspect every `h`, `w` and e-mail character) and most drafts
// hold no bare link. Each extension is skipped only when the source lacks a character sequence
// that extension needs to change the tree; the property test holds this equal to remark-gfm.
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Extension as SyntaxExtension } from 'micromark-util-types';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

interface GfmExtension {
  /** Matches every source this extension can change the tree of (and some it cannot). */
  mayApply: RegExp;
  syntax: SyntaxExtension;
  fromMarkdown: FromMarkdownExtension;
}

/** In micromark-extension-gfm's order, which decides between constructs on the same character. */
const GFM: readonly GfmExtension[] = [
  {
    // `http://`, `https://`, `www.`, or an e-mail's `a@` (`mailto:` and `xmpp:` hold one too).
    mayApply: /https?:\/\/|www\.|[\w+\-.]@/i,
    syntax: gfmAutolinkLiteral(),
    fromMarkdown: gfmAutolinkLiteralFromMarkdown(),
  },
  { mayApply: /\[\^/, syntax: gfmFootnote(), fromMarkdown: gfmFootnoteFromMarkdown() },
  { mayApply: /~/, syntax: gfmStrikethrough(), fromMarkdown: gfmStrikethroughFromMarkdown() },
  // A delimiter row holds a pipe or an aligned cell (`:-`, `-:`): `a\n:-` is a one-column table.
  { mayApply: /\||:-|-:/, syntax: gfmTable(), fromMarkdown: gfmTableFromMarkdown() },
  // `[ ]`, `[x]`, `[X]`, or a tab or line ending between the brackets.
  { mayApply: /\[(?:\s+|[xX])\]/, syntax: gfmTaskListItem(), fromMarkdown: gfmTaskListItemFromMarkdown() },
];

function processorWith(extensions: readonly GfmExtension[]) {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);
  const data = processor.data();
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), ...extensions.map((e) => e.syntax)];
  data.fromMarkdownExtensions = [...(data.fromMarkdownExtensions ?? []), ...extensions.map((e) => e.fromMarkdown)];
  return processor;
}

type Processor = ReturnType<typeof processorWith>;

/** Built on first use, one per subset of extensions (at most 32). */
const processors = new Map<number, Processor>();

export function processorFor(source: string): Processor {
  let key = 0;
  GFM.forEach((extension, i) => {
    if (extension.mayApply.test(source)) key |= 1 << i;
  });
  let processor = processors.get(key);
  if (!processor) {
    processor = processorWith(GFM.filter((_, i) => key & (1 << i)));
    processors.set(key, processor);
  }
  return processor;
}

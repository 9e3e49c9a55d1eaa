// Analyses and findings per prose block, reused while the block's text is unchanged: an edit in an
// editor re-reads one paragraph, not the whole draft. Bounded by text size, so memory stays flat.
import { TextKeyedCache } from '../bounded-cache.js';
import type { Finding } from '../checks/index.js';
import type { Pack } from '../pack/compile.js';
import type { ProseBlock } from '../parse/markdown.js';
import { analyzeBlock, type AnalyzedBlock } from '../segment/analyze.js';
import { groupsThatMayMatch } from '../segment/matcher-index.js';

/** A finding without its block, which is re-attached with the block's current offsets. */
export type BlockFinding = Omit<Finding, 'block'>;

export interface BlockResult {
  analyzed: AnalyzedBlock;
  /** The findings in this block by rule id (rules with none are absent), whatever the rule's severity setting. */
  findings: ReadonlyMap<string, BlockFinding[]>;
}

const MAX_CHARS = 100_000;
const caches = new WeakMap<Pack, TextKeyedCache<BlockResult>>();

/**
 * The block's analysis and findings, computed once per pack and block text while a draft is
 * `edited`. A batch does not cache: its paragraphs are seen once, and cached ones lived long
 * enough to reach V8's old space, where as garbage they doubled the heap before a collection.
 */
export function resultsFor(pack: Pack, block: ProseBlock, edited: boolean): BlockResult {
  if (!edited) return analyze(pack, block);
  let cache = caches.get(pack);
  if (!cache) caches.set(pack, (cache = new TextKeyedCache<BlockResult>(MAX_CHARS)));
  // Offsets are not part of the key: the same words at another place give the same findings.
  const key = `${block.quoted ? 'q' : 'p'}\u0000${block.text}`;
  const result = cache.get(key) ?? cache.set(key, analyze(pack, block));
  return { analyzed: result.analyzed.at(block), findings: result.findings };
}

function analyze(pack: Pack, block: ProseBlock): BlockResult {
  const analyzed = analyzeBlock(block);
  const findings = new Map<string, BlockFinding[]>();
  // Only the rules with a list that may match: a paragraph's literals name about 9 of the 37 built-in ones.
  for (const position of groupsThatMayMatch(pack.ruleLists, analyzed.text)) {
    const rule = pack.rules[position]!;
    const found = rule.check.run(analyzed);
    if (found.length) findings.set(rule.spec.id, found.map(withoutBlock));
  }
  return { analyzed, findings };
}

function withoutBlock(finding: Finding): BlockFinding {
  const { start, end, match, expected, fixable } = finding;
  return { start, end, match, expected, fixable };
}

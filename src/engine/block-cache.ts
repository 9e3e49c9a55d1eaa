// Analyses and findings per prose block, reused while the block's text is unchanged: an edit in an
// editor re-reads one paragraph, not the whole draft. Bounded by text size, so memory stays flat.
import type { Finding } from '../checks/index.js';
import type { Pack } from '../pack/compile.js';
import type { ProseBlock } from '../parse/markdown.js';
import { analyzeBlock, type AnalyzedBlock } from '../segment/analyze.js';

/** A finding without its block, which is re-attached with the block's current offsets. */
export type BlockFinding = Omit<Finding, 'block'>;

export interface BlockResult {
  analyzed: AnalyzedBlock;
  /** Every rule's findings in this block, by rule id, whatever the rule's severity setting. */
  findings: ReadonlyMap<string, BlockFinding[]>;
}

/**
 * The budget is in characters, not entries: an editor produces a new version of the paragraph
 * being typed at every keystroke, and a long paragraph's analysis is large.
 */
const MAX_CHARS = 100_000;

interface Cache {
  entries: Map<string, BlockResult>;
  chars: number;
}
const caches = new WeakMap<Pack, Cache>();

/** The block's analysis and findings, computed once per pack and block text. */
export function resultsFor(pack: Pack, block: ProseBlock): BlockResult {
  let cache = caches.get(pack);
  if (!cache) caches.set(pack, (cache = { entries: new Map<string, BlockResult>(), chars: 0 }));
  // Offsets are not part of the key: the same words at another place give the same findings.
  const key = `${block.quoted ? 'q' : 'p'}\u0000${block.text}`;
  let result = cache.entries.get(key);
  if (result) {
    cache.entries.delete(key);
  } else {
    const analyzed = analyzeBlock(block);
    const findings = new Map(pack.rules.map((r) => [r.spec.id, r.check.run(analyzed).map(withoutBlock)]));
    result = { analyzed, findings };
    cache.chars += key.length;
  }
  // Map order is recency: re-inserting marks the entry as used, the oldest go first.
  cache.entries.set(key, result);
  for (const oldest of cache.entries.keys()) {
    if (cache.chars <= MAX_CHARS || oldest === key) break;
    cache.entries.delete(oldest);
    cache.chars -= oldest.length;
  }
  return { analyzed: { ...result.analyzed, block }, findings: result.findings };
}

function withoutBlock(finding: Finding): BlockFinding {
  const { start, end, match, expected, fixable } = finding;
  return { start, end, match, expected, fixable };
}

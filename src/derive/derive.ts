// `commslint derive DOC`: a draft rule pack proposed from a case-study document, for a person to review.
import { stringify } from 'yaml';
import { extractKeywords } from '../segment/jieba.js';
import type { RuleSpec } from '../pack/spec.js';
import { CATEGORIES } from '../types.js';

/** Words that point a candidate phrase at a category, looked for in and around the phrase. */
const CATEGORY_CUES: Record<string, RegExp> = {
  'combative': /回击|措辞|抹黑|攻击|批评|质疑|歪曲|造谣|断章取义|黑|smear|attack|critic|hit back/iu,
  'fan-mobilization': /粉丝|米粉|水军|KOL|关键意见领袖|群众|护|fans?\b|loyal|mobiliz/iu,
  'persona-safety': /创始人|人设|人格|个人|IP|本人|founder|persona|charisma|personal/iu,
  'aesthetics-over-safety': /好看|颜值|外观|设计|美|looks|design|beauty/iu,
  'absolute-claim': /绝对|最安全|100%|零风险|永不|absolute|never|safest/iu,
  'autonomy-overclaim': /驾驶|智驾|自动|driving|autonom|pilot/iu,
};
const QUOTED = /[“"「『]([^”"」』\n]{2,24})[”"」』]/gu;
const MARKER = /\[\d+\]/g;
const HAN = /\p{Script=Han}/u;
/** How far around a phrase a category cue counts. */
const CUE_WINDOW = 40;

interface Candidate {
  term: string;
  category: string;
  paragraph: number;
  sentence: string;
  via: 'quote' | 'keyword';
}

export interface DeriveOptions {
  /** The document's path as rules should cite it (seed field). */
  seed: string;
  keywordsPerParagraph?: number;
}

/** The draft pack as YAML text: one existence rule per category and paragraph, marked draft. */
export function deriveRules(text: string, options: DeriveOptions): string {
  const paragraphs = text.split(/\r?\n/).map((p) => p.trim());
  const candidates: Candidate[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (!paragraph) return;
    candidates.push(...quotedCandidates(paragraph, index + 1), ...keywordCandidates(paragraph, index + 1, options.keywordsPerParagraph ?? 8));
  });
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = `${c.category}:${c.paragraph}`;
    const group = groups.get(key) ?? [];
    if (!group.some((g) => g.term === c.term)) group.push(c);
    groups.set(key, group);
  }
  const rules = [...groups.values()].map((group) => toRule(group, options.seed));
  return `# Draft rules derived from ${options.seed} by \`commslint derive\`.\n# Review every term, message and example, then set status: stable.\n${stringify({ rules })}`;
}

/** Phrases the document quotes (措辞 like “断章取义、歪曲抹黑”), split at enumeration commas. */
function quotedCandidates(paragraph: string, index: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of paragraph.matchAll(QUOTED)) {
    for (const term of m[1]!.split(/[、，,/]/).map((t) => t.trim()).filter((t) => t.length >= 2)) {
      const category = categoryNear(paragraph, m.index, m.index + m[0].length, term);
      if (category) out.push({ term, category, paragraph: index, sentence: sentenceAround(paragraph, m.index), via: 'quote' });
    }
  }
  return out;
}

/** jieba's TF-IDF and TextRank keywords of a Chinese paragraph that sit next to a category cue. */
function keywordCandidates(paragraph: string, index: number, topN: number): Candidate[] {
  if (!HAN.test(paragraph)) return [];
  const { tfidf, textRank } = extractKeywords(paragraph, topN);
  const out: Candidate[] = [];
  for (const word of new Set([...tfidf, ...textRank])) {
    const at = paragraph.indexOf(word);
    if (!HAN.test(word) || word.length < 2 || at === -1) continue;
    const category = categoryNear(paragraph, at, at + word.length, word);
    if (category) out.push({ term: word, category, paragraph: index, sentence: sentenceAround(paragraph, at), via: 'keyword' });
  }
  return out;
}

/** The phrase's own words decide first (好看比安全重要 → aesthetics); then the words around it. */
function categoryNear(paragraph: string, start: number, end: number, term: string): string | undefined {
  const around = paragraph.slice(Math.max(0, start - CUE_WINDOW), end + CUE_WINDOW);
  return CATEGORIES.find((c) => CATEGORY_CUES[c]!.test(term)) ?? CATEGORIES.find((c) => CATEGORY_CUES[c]!.test(around));
}

function sentenceAround(paragraph: string, at: number): string {
  const starts = [...paragraph.slice(0, at).matchAll(/[。！？!?.]\s*/gu)].map((m) => m.index + m[0].length);
  const start = starts.at(-1) ?? 0;
  const endMatch = /[。！？!?]|\.\s/u.exec(paragraph.slice(at));
  const end = endMatch ? at + endMatch.index + 1 : paragraph.length;
  return paragraph.slice(start, end).trim().slice(0, 200);
}

function toRule(group: Candidate[], seed: string): RuleSpec {
  const { category, paragraph, sentence } = group[0]!;
  // Cite the markers of the sentence the phrase comes from, else the paragraph by number.
  const markers = [...new Set(group.flatMap((c) => c.sentence.match(MARKER) ?? []))];
  const zh = group.filter((c) => HAN.test(c.term)).map((c) => c.term);
  const en = group.filter((c) => !HAN.test(c.term)).map((c) => c.term);
  return {
    id: `derived/${category}-p${paragraph}`,
    kind: 'existence',
    category,
    severity: 'warning',
    status: 'draft',
    message: { zh: `“{match}”：待审核的 ${category} 候选词（摘自第 ${paragraph} 段）。`, en: `“{match}”: a ${category} candidate to review (from paragraph ${paragraph}).` },
    rationale: `Proposed from paragraph ${paragraph} of ${seed} (${group.map((c) => `${c.term}: ${c.via}`).join('; ')}). A reviewer decides whether it belongs in the pack.`,
    source: { seed, passages: markers.length ? markers : [`¶${paragraph}`], quote: sentence },
    unless: ['negated', 'quoted'],
    terms: { ...(zh.length ? { zh } : {}), ...(en.length ? { en } : {}) },
    // The terms themselves: each must fire its rule; a reviewer adds real sentences and look-alikes.
    examples: { valid: [], invalid: group.map((c) => c.term) },
  };
}

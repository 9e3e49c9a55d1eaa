import { describe, expect, it } from 'vitest';
import { originalText, survives } from '../../src/checks/context.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { analyzeBlock, type AnalyzedBlock } from '../../src/segment/analyze.js';
import { compileTermList, findAll } from '../../src/segment/terms.js';

function analyze(text: string): AnalyzedBlock {
  const [block] = parseMarkdown(text).blocks;
  return analyzeBlock(block!);
}

function spansOf(block: AnalyzedBlock, zh: string[] = [], en: string[] = []): string[] {
  return findAll(compileTermList({ zh, en }), block).map((s) => originalText(block, s));
}

/** Every match of the term in the text is dropped by the condition. */
function droppedBy(condition: 'negated' | 'quoted', text: string, term: string): boolean {
  const block = analyze(text);
  const spans = findAll(compileTermList({ zh: [term], en: [term] }), block);
  expect(spans.length).toBeGreaterThan(0);
  return spans.every((span) => !survives(block, span, new Set([condition])));
}
const negated = (text: string, term: string): boolean => droppedBy('negated', text, term);
const quoted = (text: string, term: string): boolean => droppedBy('quoted', text, term);

describe('word boundaries', () => {
  it('matches Chinese terms on jieba word boundaries only', () => {
    expect(spansOf(analyze('请系好安全带。'), ['安全'])).toEqual([]);
    expect(spansOf(analyze('这台车很安全。'), ['安全'])).toEqual(['安全']);
    expect(spansOf(analyze('这台车绝对安全。'), ['绝对安全'])).toEqual(['绝对安全']);
  });

  it('tolerates spaces inside a Chinese phrase and full-width forms', () => {
    expect(spansOf(analyze('它是绝对 安全的。'), ['绝对安全'])).toEqual(['绝对 安全']);
    expect(spansOf(analyze('电池永 不 起 火，also zero risk。'), ['永不起火'], ['zero risk'])).toEqual(['永 不 起 火', 'zero risk']);
    expect(spansOf(analyze('电池１００％安全。'), ['100%安全'])).toEqual(['１００％安全']);
  });

  it('matches English terms as whole words, any case, with inflections', () => {
    const block = analyze('They SMEARED us. Smears again. A smeary day. Hands free driving, hands-free too.');
    expect(spansOf(block, [], ['smear'])).toEqual(['SMEARED', 'Smears']);
    expect(spansOf(block, [], ['hands-free'])).toEqual(['Hands free', 'hands-free']);
  });

  it('gives jieba only the Han runs of mixed text', () => {
    const block = analyze('特斯拉Autopilot很安全');
    const words = block.tokens.map((t) => block.text.slice(t.start, t.end));
    expect(words).toContain('autopilot');
    expect(words).toContain('特斯拉');
  });
});

describe('sentences and clauses', () => {
  it('splits at CJK and Latin sentence ends', () => {
    const block = analyze('第一句。第二句！Is it safe? It is. We met on Oct. 8 in San Jose. It rained.');
    const sentences = block.sentences.map((s) => originalText(block, s));
    expect(sentences).toEqual(['第一句。', '第二句！', 'Is it safe?', 'It is.', 'We met on Oct. 8 in San Jose.', 'It rained.']);
  });

  it('marks plain questions but not rhetorical ones', () => {
    const block = analyze('它能自动驾驶吗？你说它安全不安全？');
    expect(block.sentences.map((s) => s.question)).toEqual([true, false]);
  });
});

describe('negation, hedges and quotes', () => {
  it('scopes a negation cue over the rest of its clause', () => {
    expect(negated('世上没有绝对安全的车。', '绝对安全')).toBe(true);
    expect(negated('任何产品都做不到零风险。', '零风险')).toBe(true);
    expect(negated('This is not a self-driving system.', 'self-driving')).toBe(true);
    expect(negated('No car is completely safe.', 'completely safe')).toBe(true);
    expect(negated('我们没有隐瞒，这车绝对安全。', '绝对安全')).toBe(false);
    expect(negated('Self-driving is not a dream.', 'self-driving')).toBe(false);
  });

  it('does not count a negation inside the claim itself', () => {
    expect(negated('电池永不起火。', '永不起火')).toBe(false);
    expect(negated('It will never fail.', 'never fail')).toBe(false);
  });

  it('marks a hedge over its clause', () => {
    const block = analyze('周总每天开，但这不能作为安全性的依据。');
    const [span] = findAll(compileTermList({ zh: ['安全性'] }), block);
    expect(survives(block, span!, new Set(['hedged']))).toBe(false);
  });

  it('treats quotations attributed to others as quoted, and the draft’s own lines as its claims', () => {
    expect(quoted('有网友称“这车绝对安全”，这并不准确。', '绝对安全')).toBe(true);
    expect(quoted('再给我们扣上“不重视安全”的帽子。', '安全')).toBe(true);
    expect(quoted('The reviewer wrote "it is completely safe" in jest.', 'completely safe')).toBe(true);
    expect(quoted('请大家统一说“零风险”。', '零风险')).toBe(false);
    expect(quoted('周总表示：“这车绝对安全。”', '绝对安全')).toBe(false);
    expect(quoted('**Do not say:** "military-grade" or "unbreakable".', 'unbreakable')).toBe(true);
    expect(quoted('有宝妈问“这个奶粉是不是零风险”，我们认真回答。', '零风险')).toBe(true);
  });
});

describe('clauses and lists', () => {
  it('carries a negation over the items of a list', () => {
    expect(negated("Please don't describe it as self-driving, autonomous, or hands-free.", 'hands-free')).toBe(true);
    expect(negated('请勿使用自动驾驶、无人驾驶、解放双手等说法。', '解放双手')).toBe(true);
    expect(negated("Don't ask creators, owners' clubs, or employees to post in our defense.", 'employees')).toBe(true);
  });

  it('ends the negation at a new clause', () => {
    expect(negated('There is no recall, and this car is completely safe for your family.', 'completely safe')).toBe(false);
    expect(negated('No recall was needed, the car is completely safe for your family.', 'completely safe')).toBe(false);
    expect(negated('世上没有完美的车，但这台车绝对安全。', '绝对安全')).toBe(false);
  });

  it('treats a short quoted word as a mention unless the draft says to say it', () => {
    expect(quoted('You may see phones marketed as "fireproof" elsewhere.', 'fireproof')).toBe(true);
    expect(quoted('请统一说“零风险”。', '零风险')).toBe(false);
    expect(quoted('"This battery is fireproof and it will never ever overheat."', 'fireproof')).toBe(false);
  });
});

describe('patterns', () => {
  it('tolerate spaces inside a Chinese phrase, but not inside a character class', async () => {
    const { spaceTolerant } = await import('../../src/segment/terms.js');
    expect(spaceTolerant('永不起火')).toBe('永\\s*不\\s*起\\s*火');
    expect(spaceTolerant('永(远)?不会')).toBe('永(远)?不\\s*会');
    expect(spaceTolerant('[王李]总\\u4e00')).toBe('[王李]总\\u4e00');
  });
});

describe('quotation lists', () => {
  it('share the attribution of the first quotation', () => {
    const block = analyze('You will sometimes see phones marketed as "fireproof" or "unbreakable." We never use them.');
    expect(block.quotes.map((q) => q.byOther)).toEqual([true, true]);
    const zh = analyze('我们不用“零风险”、“永不起火”这类说法。');
    expect(zh.quotes.map((q) => q.byOther)).toEqual([true, true]);
  });
});

describe('traditional characters', () => {
  it('match simplified terms, with offsets unchanged', () => {
    expect(spansOf(analyze('這台車絕對安全，雙手可以離開方向盤。'), ['绝对安全', '双手'])).toEqual(['絕對安全', '雙手']);
  });
});

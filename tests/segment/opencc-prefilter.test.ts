// toSimplified skips OpenCC for a text it cannot change: held against OpenCC itself, character by
// character, entry by entry, and on random texts built from its dictionaries' entries.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openCCMayChange, toSimplified } from '../../src/segment/normalize.js';

interface OpenCC {
  Converter: (o: { from: string; to: string }) => (text: string) => string;
  Locale: { configs: Record<string, { normalizationChain: string[][]; conversionChain: string[][] }> };
}
const opencc = createRequire(import.meta.url)('opencc-js/t2cn') as OpenCC;
const convert = opencc.Converter({ from: 'hk', to: 'cn' });
const { normalizationChain, conversionChain } = opencc.Locale.configs.hk2s!;
const entries = [...normalizationChain, ...conversionChain].flat().flatMap((d) => d.split('|').map((e) => e.split(' ')[0]!));

/** An entry, or a piece of one. */
const piece = fc.constantFrom(...entries).chain((e) => fc.tuple(fc.nat(e.length), fc.nat(e.length)).map(([a, b]) => e.slice(Math.min(a, b), Math.max(a, b) + 1)));

/** Every Han character: the unified blocks, the compatibility ideographs, the astral extensions. */
function hanCharacters(): string[] {
  const out: string[] = [];
  for (const [from, to] of [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0x20000, 0x2fa1f]] as const) {
    for (let cp = from; cp <= to; cp++) out.push(String.fromCodePoint(cp));
  }
  return out;
}

describe('the OpenCC prefilter', () => {
  it('lets through only characters OpenCC leaves alone, alone and all in a row', () => {
    const kept = hanCharacters().filter((ch) => !openCCMayChange(ch));
    // Astral characters share their surrogates with ones OpenCC changes: most go to OpenCC.
    expect(kept.length).toBeGreaterThan(20_000);
    for (const ch of kept) expect(convert(ch), ch).toBe(ch);
    expect(convert(kept.join(''))).toBe(kept.join(''));
  });

  it('lets through only dictionary entries OpenCC leaves alone, alone and joined', () => {
    const kept = entries.filter((entry) => !openCCMayChange(entry));
    expect(kept.length).toBeGreaterThan(20);
    for (const entry of kept) expect(convert(entry), entry).toBe(entry);
    expect(convert(kept.join(''))).toBe(kept.join(''));
  });

  it('never skips a text OpenCC would change, on random texts of entries and their pieces', () => {
    const text = fc.array(fc.oneof(piece, fc.constantFrom('的', '安全', ' ', 'a', '，')), { maxLength: 12 }).map((ps) => ps.join(''));
    fc.assert(fc.property(text, (t) => openCCMayChange(t) || convert(t) === t), { seed: 20261203, numRuns: 20_000 });
  });

  it('converts only the runs that hold a changing character, exactly as converting the whole text does', () => {
    for (let i = 0; i < 300; i++) toSimplified(`第${i}段：絕對安全`);
    // What toSimplified did before runs: the whole text, or each character where the length changes.
    const whole = (t: string): string => {
      if (!/\p{Script=Han}/u.test(t)) return t;
      const all = convert(t);
      if (all.length === t.length) return all;
      return Array.from(t, (ch) => (convert(ch).length === ch.length ? convert(ch) : ch)).join('');
    };
    const other = fc.constantFrom('的', '台', '覆', '户', '反覆', '二噁英', '安全', ' ', 'a', '，', '⿰', '𠀀', '\ud840');
    const text = fc.array(fc.oneof(piece, other), { maxLength: 12 }).map((ps) => ps.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(toSimplified(t)).toBe(whole(t));
      }),
      { seed: 20261204, numRuns: 20_000 },
    );
  });

  it('still converts what it should, and leaves simplified prose as it is, once the table is in use', () => {
    // The table comes in after a few hundred Chinese paragraphs.
    for (let i = 0; i < 300; i++) expect(toSimplified(`第${i}段：絕對安全`)).toBe(`第${i}段：绝对安全`);
    expect(toSimplified('絕對安全的車')).toBe('绝对安全的车');
    // 二噁英 → 二𫫇英 changes the length: converted character by character instead.
    expect(toSimplified('二噁英')).toBe('二恶英');
    expect(openCCMayChange('绝对安全，请放心驾驶')).toBe(false);
    expect(toSimplified('绝对安全，请放心驾驶')).toBe('绝对安全，请放心驾驶');
  });
});

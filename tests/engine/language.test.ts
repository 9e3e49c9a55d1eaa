// The draft's language from one counting pass must be what counting regex matches gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/engine/language.js';
import { isHan, isWordChar } from '../../src/segment/normalize.js';

/** The definition: Han characters (code points) against runs of A–Z, a–z, over the texts joined. */
function byRegex(texts: string[]): 'zh' | 'en' {
  const prose = texts.join('\n');
  const han = prose.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latinWords = prose.match(/[A-Za-z]+/g)?.length ?? 0;
  return han > 0 && han >= latinWords ? 'zh' : 'en';
}

const CHARS = ['安', '全', '⺀', '〇', '𠀀', '\ud840', '\udc00', 'a', 'Z', 'é', '1', ' ', '\n', '。', '，', 'ａ', '-'];

describe('detectLanguage', () => {
  it('counts as the regexes do, supplementary Han characters and lone surrogates included', () => {
    const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), (texts) => {
        expect(detectLanguage(texts)).toBe(byRegex(texts));
      }),
      { seed: 3, numRuns: 3000 },
    );
  });

  it('reads a Chinese draft that quotes English terms as Chinese, and the reverse as English', () => {
    expect(detectLanguage(['我们的 OTA 升级支持 L2 级辅助驾驶'])).toBe('zh');
    expect(detectLanguage(['Our founder said “绝对安全” on stage.'])).toBe('en');
  });
});

describe('character classes', () => {
  it('tell Han and word characters as the Unicode regexes do, for every code unit', () => {
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      expect(isHan(ch)).toBe(/\p{Script=Han}/u.test(ch));
      expect(isWordChar(ch)).toBe(!/\p{Script=Han}/u.test(ch) && /[\p{L}\p{N}\p{M}_]/u.test(ch));
    }
    expect(isHan('𠀀')).toBe(true);
    expect(isWordChar('𝐀')).toBe(true);
  });
});

// Drafts built to break a linter: every reported range must stay inside the text, columns must
// count UTF-16 units as editors do, and nothing may take super-linear time or blow the stack.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/index.js';
import type { LintMessage } from '../../src/types.js';

const linter = createLinter();
const flagged = (text: string): string[] => linter.lintText(text).map((m) => text.slice(m.range[0], m.range[1]));

function expectInside(text: string, messages: LintMessage[]): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const m of messages) {
    expect(m.range[0]).toBeGreaterThanOrEqual(0);
    expect(m.range[1]).toBeLessThanOrEqual(text.length);
    expect(m.column).toBeLessThanOrEqual((lines[m.line - 1]?.length ?? 0) + 1);
    expect(m.endColumn).toBeLessThanOrEqual((lines[m.endLine - 1]?.length ?? 0) + 1);
  }
}

describe('hostile drafts', () => {
  // Lists nest by indentation, so depth n is n² characters: 200 deep is already 40,000 spaces.
  it('survives blockquotes nested 1,000 deep and lists 200 deep, and still finds the claim', () => {
    // Quoted words are someone else's, so the claim follows the quote.
    const quotes = `${'> '.repeat(1000)}引用\n\n这台车绝对安全。\n`;
    const lists = `${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- 第${i}层`).join('\n')}\n\n这台车绝对安全。\n`;
    for (const text of [quotes, lists]) {
      const messages = linter.lintText(text);
      expectInside(text, messages);
      expect(messages.some((m) => text.slice(m.range[0], m.range[1]).includes('绝对安全'))).toBe(true);
    }
  });

  it('lints a single 300,000-character line of letters, digits or Han without stalling, and finds the claim at its end', () => {
    for (const filler of ['a', '7', '车', 'ab ']) {
      const text = `${filler.repeat(Math.ceil(300_000 / filler.length))} 这台车绝对安全。This car is 100% safe.`;
      const messages = linter.lintText(text);
      expectInside(text, messages);
      expect(messages.map((m) => m.column)).toEqual(messages.map((m) => m.range[0] + 1));
      expect(messages.length).toBeGreaterThan(0);
    }
  }, 60_000);

  it('counts columns in UTF-16 units after emoji, ZWJ sequences, zero-width and combining characters', () => {
    const prefixes = ['😀', '👩‍👩‍👧‍👦', '\u200b\u200c\u200d\u2060', 'e\u0301e\u0301', '🇨🇳', '𠀀𠀁'];
    for (const prefix of prefixes) {
      const text = `${prefix} 这台车绝对安全。\n${prefix} This car is 100% safe.`;
      const messages = linter.lintText(text);
      expectInside(text, messages);
      const first = messages.find((m) => m.line === 1);
      expect(first?.column).toBe(text.indexOf('绝对安全') + 1);
      expect(flagged(text)).toEqual(expect.arrayContaining(['绝对安全']));
    }
  });

  it('finds a claim split by a zero-width space or a soft hyphen', () => {
    expect(flagged('这台车绝对\u200b安全。').join()).toContain('绝对');
    expect(flagged('This car is 100% safe\u00ad.').length).toBeGreaterThan(0);
  });

  it('never reports inside a lone surrogate, and keeps ranges on whole characters', () => {
    const text = '\ud800这台车绝对安全。\udc00 100% safe \ud83d';
    const messages = linter.lintText(text);
    expectInside(text, messages);
    for (const m of messages) {
      expect(text.charCodeAt(m.range[0]) & 0xfc00).not.toBe(0xdc00);
    }
  });
});

describe('pattern prefilters', () => {
  it('still runs a pattern listed under zh on an English paragraph when it has English alternatives', () => {
    expect(linter.lintText('Safety ratings: boring.').map((m) => m.ruleId)).toContain('aesthetics-over-safety/safety-waved-off');
  });
});

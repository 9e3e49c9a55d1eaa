// Property tests: whatever the draft, the engine never throws, every range lies inside the text,
// fixes never overlap, and a fixed draft is stable.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/engine/fix.js';
import { createLinter } from '../../src/index.js';
import type { LintMessage } from '../../src/types.js';

const linter = createLinter();
const SEED = 20261125;

/** Words the rules care about, so random drafts hit matches, fixes and directives often. */
const RISKY = ['绝对安全', '自动驾驶', '智驾', '零风险', 'self-driving', '100% safe', '抹黑', '我保证', '米粉们', '转发', '好看比安全重要', '不是', 'not', '“', '”', '"', '。', '，', '\n', '\r\n', '\n\n', '> ', '# ', '- ', '`', '**', '<!-- commslint-disable -->', '\u200b', '😀', 'é', '\u0301', '絕對安全'];
const piece = fc.oneof(fc.constantFrom(...RISKY), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }));
const draft = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

function checkRanges(text: string, messages: LintMessage[]): void {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines = source.split(/\r\n|\r|\n/);
  for (const m of messages) {
    expect(m.range[0]).toBeGreaterThanOrEqual(0);
    expect(m.range[1]).toBeLessThanOrEqual(source.length);
    expect(m.range[0]).toBeLessThanOrEqual(m.range[1]);
    expect(m.line).toBeGreaterThanOrEqual(1);
    expect(m.endLine).toBeLessThanOrEqual(lines.length);
    expect(m.column).toBeGreaterThanOrEqual(1);
    expect(m.column).toBeLessThanOrEqual((lines[m.line - 1]?.length ?? 0) + 1);
    if (m.fix) expect(source.slice(m.fix.range[0], m.fix.range[1])).toBe(m.actual);
  }
}

describe('engine properties', () => {
  it('never throws and keeps every range inside the draft', () => {
    fc.assert(
      fc.property(fc.oneof(draft, draft.map((d) => `\uFEFF${d}`)), (text) => {
        checkRanges(text, linter.lintText(text));
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('applies fixes without overlap, and a fixed draft has nothing left to fix', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const messages = linter.lintText(text);
        // Applying all fixes keeps every character outside the fixed ranges, in order.
        const { output, applied } = applyFixes(text, messages);
        if (applied === 0) expect(output).toBe(text);
        const fixed = linter.fixText(text);
        expect(linter.lintText(fixed.output).filter((m) => m.fix !== undefined)).toEqual([]);
        expect(linter.fixText(fixed.output).output).toBe(fixed.output);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

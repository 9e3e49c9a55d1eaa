// Applies the fixes of a lint run: non-overlapping ones, back to front, then lints again until stable.
import type { Fix, LintMessage, LintResult } from '../types.js';

/** Passes before giving up: each pass can only apply fixes that do not overlap. */
const MAX_PASSES = 10;

/** Applies every fix that does not overlap an earlier one; returns the text and how many applied. */
export function applyFixes(text: string, messages: readonly LintMessage[]): { output: string; applied: number } {
  const fixes: Fix[] = messages
    .flatMap((m) => (m.fix ? [m.fix] : []))
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let cursor = 0;
  let applied = 0;
  for (const fix of fixes) {
    if (fix.range[0] < cursor) continue;
    output += text.slice(cursor, fix.range[0]) + fix.text;
    cursor = fix.range[1];
    applied++;
  }
  return { output: output + text.slice(cursor), applied };
}

export interface FixResult extends LintResult {
  /** The fixed text (with the input's BOM, if it had one); equal to the input when nothing applied. */
  output: string;
  fixCount: number;
}

/**
 * Lints, fixes, and lints again until no fix applies. Offsets are relative to the text without
 * its BOM, so the BOM is taken off first and put back at the end; line endings are never touched
 * because a fix only replaces the flagged words.
 */
export function fixUntilStable(input: string, lint: (text: string) => LintResult): FixResult {
  const bom = input.startsWith('\uFEFF') ? '\uFEFF' : '';
  let text = input.slice(bom.length);
  let result = lint(text);
  let fixCount = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { output, applied } = applyFixes(text, result.messages);
    if (applied === 0 || output === text) break;
    fixCount += applied;
    text = output;
    result = lint(text);
  }
  return { ...result, output: bom + text, fixCount };
}

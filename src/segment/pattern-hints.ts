// Literal text that every match of a pattern contains, found in the pattern's syntax tree: a text
// without any of these strings cannot match, so the regex is not run on it. Patterns have no
// other prefilter, and running several hundred regexes on every paragraph was half the lint.
import type { AST, RegExpParser } from '@eslint-community/regexpp';
import { lazyRequire } from '../lazy-require.js';

const regexpp = lazyRequire<typeof import('@eslint-community/regexpp')>('@eslint-community/regexpp');
let parser: RegExpParser | undefined;

/** One regexpp parser for the literal hints and the backtracking check, made on first use. */
export function regexParser(): RegExpParser {
  return (parser ??= new (regexpp().RegExpParser)({ ecmaVersion: 2024 }));
}

/** A pattern's syntax tree as it runs (flag `u`). */
export function parsePattern(source: string): AST.Pattern {
  return regexParser().parsePattern(source, 0, source.length, { unicode: true });
}

// Answers computed ahead of time (the build stores the built-in pack's), so start-up need not
// load the parser and walk several hundred syntax trees.
const remembered = new Map<string, string[][] | null>();

export function rememberLiterals(answers: Record<string, string[][] | null>): void {
  for (const [source, groups] of Object.entries(answers)) remembered.set(source, groups);
}

/**
 * Groups of strings (lower-cased, as the matched text is) such that every match contains one
 * string of each group, or undefined when none is known. `source` is the pattern as written (it
 * runs with flags `giu`). "\\bha(ve|s) it for (us|me)" gives [["ha"], [" it for "], ["us", "me"]]:
 * a text needs all three before the regex is worth running.
 */
export function requiredLiteralGroups(source: string): string[][] | undefined {
  const known = remembered.get(source);
  if (known !== undefined) return known ?? undefined;
  try {
    const pattern = parsePattern(source);
    // A top-level sequence needs each of its parts; alternatives need any one, so they give one group.
    const groups = pattern.alternatives.length === 1 ? candidatesOf(pattern.alternatives[0]!.elements) : [ofAlternatives(pattern.alternatives)];
    const found = groups.filter((g): g is string[] => g !== undefined);
    return found.length ? found : undefined;
  } catch {
    return undefined;
  }
}

/** Any one of the alternatives may match: the union of their sets, if every one has a set. */
function ofAlternatives(alternatives: AST.Alternative[]): string[] | undefined {
  const sets = alternatives.map((a) => ofSequence(a.elements));
  if (sets.some((s) => s === undefined)) return undefined;
  return [...new Set(sets.flat() as string[])];
}

/** The set whose shortest string is longest is the most selective. */
const score = (set: string[]): number => Math.min(...set.map((s) => s.length));

/** Every element of a sequence must match: the best set of any one element (or literal run). */
function ofSequence(elements: AST.Element[]): string[] | undefined {
  return candidatesOf(elements).sort((a, b) => score(b) - score(a))[0];
}

/** A set for each element (or literal run) of a sequence that has one: each must be present. */
function candidatesOf(elements: AST.Element[]): string[][] {
  const candidates: string[][] = [];
  let run = '';
  const endRun = (): void => {
    if (run) candidates.push([run]);
    run = '';
  };
  for (const element of elements) {
    const char = literalChar(element);
    if (char !== undefined) {
      run += char;
      continue;
    }
    endRun();
    const set = ofElement(element);
    if (set) candidates.push(set);
  }
  endRun();
  return candidates;
}

function ofElement(element: AST.Element): string[] | undefined {
  if (element.type === 'Group' || element.type === 'CapturingGroup') return ofAlternatives(element.alternatives);
  if (element.type === 'Quantifier' && element.min >= 1) return ofElement(element.element);
  return undefined;
}

/**
 * A character that matches only itself, as the lower-cased text holds it. Letters whose case
 * folding is not plain ASCII are left out: `i` matching can pair them with other code points.
 */
function literalChar(element: AST.Element): string | undefined {
  if (element.type !== 'Character') return undefined;
  const ch = String.fromCodePoint(element.value);
  const lower = ch.toLowerCase();
  if (lower === ch.toUpperCase()) return ch;
  return /^[a-z]$/.test(lower) ? lower : undefined;
}

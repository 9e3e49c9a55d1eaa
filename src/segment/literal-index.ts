// Every literal the rules need, and one pass over a text that finds which of them it holds.
//
// Each term and pattern needs some literal text (a term's letters, a pattern's required strings):
// a paragraph without them cannot match, and the regex is not run (see matcher-index.ts). Asking
// each paragraph with one `includes` per matcher cost ~2,000 calls a paragraph, a fifth of the
// lint; one Aho–Corasick automaton over every literal answers all of them in one scan.
//
// Whitespace is skipped on both sides, so "绝对\n安全" holds the literal 绝对安全: terms and
// patterns let `\s*` separate Han characters, and a prefilter must never rule out a real match.

/** The literal as the automaton sees it: without whitespace (the `\s` of regexes). */
const withoutSpace = (literal: string): string => literal.replace(/\s+/gu, '');

const ids = new Map<string, number>();
const lengths: number[] = [];

/**
 * The id of a literal, shared by every matcher that needs it; undefined for a literal of only
 * whitespace, which rules nothing out.
 */
export function literalId(literal: string): number | undefined {
  const key = withoutSpace(literal);
  if (key === '') return undefined;
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
    lengths.push(key.length);
    // Rules can be compiled at any time (a config reloaded in the editor): rebuild on next use.
    automaton = undefined;
  }
  return id;
}

/** A literal's length without spaces: the longer, the rarer in prose. */
export const literalLength = (id: number): number => lengths[id] ?? 0;

export interface Scan {
  /** `present[id]` is 1 when the text (whitespace skipped) contains literal `id`. */
  present: Uint8Array;
  /** The ids present, in the order the scan met them. */
  found: number[];
}

interface Automaton {
  /**
   * Each code unit's letter: its index in the literals' alphabet (from 1), SPACE for whitespace,
   * 0 for a code unit no literal holds, which sends a scan back to the start.
   */
  letter: Uint16Array;
  /** Letters in the alphabet, plus one: the stride of `next`'s keys. */
  width: number;
  /** The start state's transitions by letter (0: stay at the start), where most steps begin. */
  root: Int32Array;
  /** The other states' transitions, keyed `state * width + letter` (small integers, fast keys). */
  next: Map<number, number>;
  fail: Int32Array;
  /** Ids of the literals that end at each state, its failure chain included. */
  ends: (number[] | undefined)[];
  size: number;
}

const SPACE = 0xffff;

let automaton: Automaton | undefined;

/** Which literals the text holds, in one pass. */
export function scanLiterals(text: string): Scan {
  automaton ??= build();
  const present = new Uint8Array(automaton.size);
  return { present, found: scan(automaton, text, present) };
}

/** True when each group has a literal present. */
export function allPresent(groups: readonly (readonly number[])[], present: Uint8Array): boolean {
  // Plain loops: this runs for every candidate matcher of every paragraph.
  next: for (const ids of groups) {
    for (const id of ids) if (present[id] === 1) continue next;
    return false;
  }
  return true;
}

function build(): Automaton {
  const letter = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) if (isSpace(code)) letter[code] = SPACE;
  let width = 1;
  for (const literal of ids.keys()) {
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      if (letter[code] === 0) letter[code] = width++;
    }
  }
  const next = new Map<number, number>();
  const root = new Int32Array(width);
  const ends: (number[] | undefined)[] = [undefined];
  /** Each state's [letter, child, …], for the breadth-first pass. */
  const children: number[][] = [[]];
  const step = (state: number, l: number): number | undefined => (state === 0 ? root[l] || undefined : next.get(state * width + l));
  for (const [literal, id] of ids) {
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const l = letter[literal.charCodeAt(i)]!;
      let to = step(state, l);
      if (to === undefined) {
        to = ends.length;
        ends.push(undefined);
        children.push([]);
        if (state === 0) root[l] = to;
        else next.set(state * width + l, to);
        children[state]!.push(l, to);
      }
      state = to;
    }
    (ends[state] ??= []).push(id);
  }
  // Failure links breadth first, so a state's link is final before its children need it.
  const fail = new Int32Array(ends.length);
  const queue: number[] = [];
  for (let i = 1; i < children[0]!.length; i += 2) queue.push(children[0]![i]!);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const pairs = children[state]!;
    for (let i = 0; i < pairs.length; i += 2) {
      const l = pairs[i]!;
      const child = pairs[i + 1]!;
      let f = fail[state]!;
      while (f !== 0 && step(f, l) === undefined) f = fail[f]!;
      const target = step(f, l);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const inherited = ends[fail[child]];
      if (inherited) ends[child] = [...(ends[child] ?? []), ...inherited];
      queue.push(child);
    }
  }
  return { letter, width, root, next, fail, ends, size: ids.size };
}

/** Marks the literals the text holds in `present` and returns their ids. */
function scan({ letter, width, root, next, fail, ends }: Automaton, text: string, present: Uint8Array): number[] {
  const found: number[] = [];
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const l = letter[text.charCodeAt(i)]!;
    if (l === SPACE) continue;
    if (l === 0) {
      // In no literal: no match runs through it.
      state = 0;
      continue;
    }
    let to = state === 0 ? root[l]! : (next.get(state * width + l) ?? 0);
    while (to === 0 && state !== 0) {
      state = fail[state]!;
      to = state === 0 ? root[l]! : (next.get(state * width + l) ?? 0);
    }
    state = to;
    const ending = ends[state];
    if (ending) {
      for (const id of ending) {
        if (present[id] === 1) continue;
        present[id] = 1;
        found.push(id);
      }
    }
  }
  return found;
}

/** The code units `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

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

/** Valid until the next scan, which reuses its array. */
export interface Scan {
  /** `present[id]` is 1 when the text (whitespace skipped) contains literal `id`. */
  present: Uint8Array;
  /** The ids present, in the order the scan met them. */
  found: number[];
}

interface Automaton {
  /**
   * Each code unit's letter: its index in the literals' alphabet (from 1), SPACE for whitespace,
   * 0 for a code unit no literal holds, which sends a scan back to the start. ASCII letters come
   * first, 1 to `ascii`.
   */
  letter: Uint16Array;
  /** Letters in the alphabet, plus one: the stride of the edges' keys. */
  width: number;
  /** How many letters are ASCII: each state's moves on them are kept in `dense`. */
  ascii: number;
  /**
   * The move from each state on each ASCII letter, failure links already followed, at
   * `state * (ascii + 1) + letter`; -1 until first taken. English text then takes one array read
   * a character instead of a lookup for each failure link (and filling it up front cost start-up ~5 ms).
   */
  dense: Int32Array;
  /** The start state's transitions by letter (0: stay at the start), where most steps begin. */
  root: Int32Array;
  /** The other states' transitions, keyed `state * width + letter` (small integers, fast keys). */
  next: Map<number, number>;
  fail: Int32Array;
  /**
   * Ids of the literals that end at each state itself, flat (no array per state to chase):
   * state `s`'s are endIds[endStart[s]] up to endIds[endStart[s + 1]].
   */
  endStart: Int32Array;
  endIds: Int32Array;
  /** The nearest state down the failure chain where a literal ends (0 if none): its ends hold here too. */
  output: Int32Array;
  /**
   * The first state, this one or down its output links, where a literal ends (0 if none): one
   * small array read tells a character that ends no literal, most of them.
   */
  emit: Int32Array;
  size: number;
}

const SPACE = 0xffff;
/** The code units `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
const SPACES = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];

let automaton: Automaton | undefined;

/**
 * One array for every scan, cleared where the last scan marked it: a fresh 4 KB typed array per
 * paragraph lives outside V8's heap, and allocating it cost 3 % of a lint.
 */
let last: Scan = { present: new Uint8Array(0), found: [] };

/** Which literals the text holds, in one pass. */
export function scanLiterals(text: string): Scan {
  automaton ??= build();
  let { present } = last;
  if (present.length !== automaton.size) present = new Uint8Array(automaton.size);
  else for (const id of last.found) present[id] = 0;
  last = { present, found: scan(automaton, text, present) };
  return last;
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

/**
 * The trie of every literal, then failure and output links in order of depth. Built at the first
 * scan of every run (~4,000 literals, ~10,000 states), so it keeps to flat arrays: no list of
 * children per state, and no copying of a state's ends down its failure chain.
 */
function build(): Automaton {
  const letter = new Uint16Array(0x10000);
  for (const code of SPACES) letter[code] = SPACE;
  // The code units the literals use, numbered in code order: ASCII letters come first.
  const codes: number[] = [];
  for (const literal of ids.keys()) {
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      if (letter[code] === 0) codes.push(code);
      letter[code] = 1;
    }
  }
  codes.sort((a, b) => a - b);
  codes.forEach((code, i) => (letter[code] = i + 1));
  const width = codes.length + 1;
  const ascii = codes.filter((code) => code < 0x80).length;
  const moves: Moves = { width, root: new Int32Array(width), next: new Map<number, number>() };
  const { root, next } = moves;
  const ends: (number[] | undefined)[] = [undefined];
  // Each state's parent, the letter that leads to it, and its depth.
  const parent = [0];
  const via = [0];
  const depth = [0];
  for (const [literal, id] of ids) {
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const l = letter[literal.charCodeAt(i)]!;
      let to = transition(moves, state, l);
      if (to === 0) {
        to = ends.length;
        ends.push(undefined);
        parent.push(state);
        via.push(l);
        depth.push(i + 1);
        if (state === 0) root[l] = to;
        else next.set(state * width + l, to);
      }
      state = to;
    }
    (ends[state] ??= []).push(id);
  }
  const count = ends.length;
  const fail = new Int32Array(count);
  const output = new Int32Array(count);
  // A state's failure link is a shallower state: settle them depth by depth.
  const order = byDepth(depth);
  for (const state of order) {
    if (depth[state]! < 2) continue;
    const l = via[state]!;
    let f = fail[parent[state]!]!;
    while (f !== 0 && transition(moves, f, l) === 0) f = fail[f]!;
    fail[state] = transition(moves, f, l);
    const link = fail[state];
    output[state] = ends[link] ? link : output[link]!;
  }
  const dense = new Int32Array(count * (ascii + 1)).fill(-1);
  const emit = new Int32Array(count);
  for (let state = 0; state < count; state++) emit[state] = ends[state] ? state : output[state]!;
  const endStart = new Int32Array(count + 1);
  for (let state = 0; state < count; state++) endStart[state + 1] = endStart[state]! + (ends[state]?.length ?? 0);
  const endIds = new Int32Array(ends.flatMap((e) => e ?? []));
  return { letter, ...moves, ascii, dense, fail, endStart, endIds, output, emit, size: ids.size };
}

type Moves = Pick<Automaton, 'width' | 'root' | 'next'>;

/** The state after letter `l` from `state`, 0 (the start) when there is no such edge. */
function transition({ width, root, next }: Moves, state: number, l: number): number {
  return edge(root, next, width, state, l);
}

/** The trie's edge from `state` on letter `l`, 0 when there is none. */
function edge(root: Int32Array, next: Map<number, number>, width: number, state: number, l: number): number {
  return state === 0 ? root[l]! : (next.get(state * width + l) ?? 0);
}

/** States sorted by depth (a counting sort: depths are small). */
function byDepth(depth: readonly number[]): Int32Array {
  let deepest = 0;
  for (const d of depth) if (d > deepest) deepest = d;
  const start = new Int32Array(deepest + 2);
  for (const d of depth) start[d + 1]!++;
  for (let d = 1; d < start.length; d++) start[d]! += start[d - 1]!;
  const order = new Int32Array(depth.length);
  depth.forEach((d, state) => (order[start[d]!++] = state));
  return order;
}

/** Marks the literals the text holds in `present` and returns their ids. */
function scan(automaton: Automaton, text: string, present: Uint8Array): number[] {
  const { letter, endStart, endIds, output, emit, ascii, dense, root, next, width, fail } = automaton;
  const stride = ascii + 1;
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
    if (l <= ascii) {
      const at = state * stride + l;
      state = dense[at]! >= 0 ? dense[at]! : (dense[at] = move(root, next, width, fail, state, l));
    } else {
      state = move(root, next, width, fail, state, l);
    }
    for (let s = emit[state]!; s !== 0; s = output[s]!) {
      for (let e = endStart[s]!; e < endStart[s + 1]!; e++) {
        const id = endIds[e]!;
        if (present[id] === 1) continue;
        present[id] = 1;
        found.push(id);
      }
    }
  }
  return found;
}

/**
 * The state after letter `l` from `state`, failure links followed. Plain arguments, not the
 * automaton: called for most characters of Chinese text, it must stay small enough to inline.
 */
function move(root: Int32Array, next: Map<number, number>, width: number, fail: Int32Array, state: number, l: number): number {
  let to = edge(root, next, width, state, l);
  while (to === 0 && state !== 0) {
    state = fail[state]!;
    to = edge(root, next, width, state, l);
  }
  return to;
}

// Which matchers can match a text at all, found in one pass over the text for every rule at once.
//
// Each term and pattern needs some literal text (a term's letters, a pattern's required strings):
// when a block holds none of a matcher's literals, its regex is not run. Asking the block with
// one `includes` per matcher cost ~2,000 calls per paragraph, a fifth of the lint; one
// Aho–Corasick automaton over every literal answers all of them in one scan.
//
// Whitespace is skipped on both sides, so "绝对\n安全" holds the literal 绝对安全: terms and
// patterns let `\s*` separate Han characters, and a prefilter must never rule out a real match.

/** The literal as the automaton sees it: without whitespace (the `\s` of regexes). */
const withoutSpace = (literal: string): string => literal.replace(/\s+/gu, '');

const ids = new Map<string, number>();
/** The gates each literal opens, by literal id. */
const gatesOf: number[][] = [];
let gateCount = 0;

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
    gatesOf.push([]);
    // Rules can be compiled at any time (a config reloaded in the editor): rebuild on next use.
    automaton = undefined;
    last = undefined;
  }
  return id;
}

/**
 * A gate opens when a text holds any of its literals. A list of matchers whose every member needs
 * a literal gets one, so a paragraph skips the whole list with one lookup.
 */
export function gateId(literals: readonly number[]): number {
  const gate = gateCount++;
  for (const id of new Set(literals)) gatesOf[id]!.push(gate);
  last = undefined;
  return gate;
}

export interface Presence {
  /** `literals[id]` is 1 when the text (whitespace skipped) contains literal `id`. */
  literals: Uint8Array;
  /** `gates[gate]` is 1 when it contains one of the gate's literals. */
  gates: Uint8Array;
}

interface Automaton {
  /** Transitions by UTF-16 code unit, one map per state; state 0 is the root. */
  next: Map<number, number>[];
  fail: number[];
  /** Ids of the literals that end at each state, its failure chain included. */
  ends: (number[] | undefined)[];
  size: number;
}

let automaton: Automaton | undefined;
// Every matcher of a block asks about the same text in a row: remember the last answer.
let last: { text: string; presence: Presence } | undefined;

/** Which literals and gates the text holds, in one scan. */
export function presenceIn(text: string): Presence {
  if (last?.text === text) return last.presence;
  automaton ??= build();
  const literals = new Uint8Array(automaton.size);
  const gates = new Uint8Array(gateCount);
  for (const id of scan(automaton, text, literals)) for (const gate of gatesOf[id]!) gates[gate] = 1;
  last = { text, presence: { literals, gates } };
  return last.presence;
}

export function anyPresent(needs: readonly number[], present: Uint8Array): boolean {
  for (const id of needs) if (present[id] === 1) return true;
  return false;
}

function build(): Automaton {
  const next: Map<number, number>[] = [new Map<number, number>()];
  const ends: (number[] | undefined)[] = [undefined];
  for (const [literal, id] of ids) {
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      let to = next[state]!.get(code);
      if (to === undefined) {
        to = next.length;
        next.push(new Map<number, number>());
        ends.push(undefined);
        next[state]!.set(code, to);
      }
      state = to;
    }
    (ends[state] ??= []).push(id);
  }
  // Failure links breadth first, so a state's link is final before its children need it.
  const fail = new Array<number>(next.length).fill(0);
  const queue = [...next[0]!.values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const [code, child] of next[state]!) {
      let f = fail[state]!;
      while (f !== 0 && !next[f]!.has(code)) f = fail[f]!;
      const target = next[f]!.get(code);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const inherited = ends[fail[child]];
      if (inherited) ends[child] = [...(ends[child] ?? []), ...inherited];
      queue.push(child);
    }
  }
  return { next, fail, ends, size: ids.size };
}

/** Marks the literals the text holds in `present` and returns their ids. */
function scan({ next, fail, ends }: Automaton, text: string, present: Uint8Array): number[] {
  const found: number[] = [];
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) continue;
    let to = next[state]!.get(code);
    while (to === undefined && state !== 0) {
      state = fail[state]!;
      to = next[state]!.get(code);
    }
    state = to ?? 0;
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

// Which matchers of a list can match a paragraph, found from the literals the paragraph holds.
//
// A rule's list may hold hundreds of terms; asking each whether its literals are present cost
// more than running the few regexes that are. So each matcher is filed under the literals of its
// most selective group (its anchor), and a paragraph's scan gives, for every list at once, the
// few matchers anchored on a literal it holds: a list nothing is anchored on is skipped whole.
import { allPresent, literalLength, scanLiterals } from './literal-index.js';
import type { Matcher } from './terms.js';

interface IndexedList {
  id: number;
  /** Positions of the matchers that need no literal: they run on every text. */
  always: number[];
}

/** A matcher filed under a literal of its anchor group. */
interface Anchor {
  list: number;
  position: number;
  /** The matcher's literal groups (numbers, not the matcher: a dropped pack must not be kept alive from here). */
  needs: readonly (readonly number[])[];
}

/**
 * For each literal id, the matchers anchored on it. Grown one id at a time, never with a gap:
 * an array written at scattered indices becomes a dictionary, and every scan reads it ~25 times.
 */
const anchoredOn: Anchor[][] = [];

function anchorsOf(literal: number): Anchor[] {
  while (anchoredOn.length <= literal) anchoredOn.push([]);
  return anchoredOn[literal]!;
}
const lists = new WeakMap<readonly Matcher[], IndexedList>();
let listCount = 0;

// A dropped pack's lists are collected; their anchors go with them.
const forget = new FinalizationRegistry<{ id: number; literals: number[] }>(({ id, literals }) => {
  for (const literal of literals) anchoredOn[literal] = anchoredOn[literal]!.filter((anchor) => anchor.list !== id);
});

function indexed(list: readonly Matcher[]): IndexedList {
  let entry = lists.get(list);
  if (entry) return entry;
  entry = { id: listCount++, always: [] };
  const literals = new Set<number>();
  list.forEach(({ needs }, position) => {
    if (!needs) {
      entry.always.push(position);
      return;
    }
    for (const literal of new Set(mostSelective(needs))) {
      anchorsOf(literal).push({ list: entry.id, position, needs });
      literals.add(literal);
    }
  });
  lists.set(list, entry);
  forget.register(list, { id: entry.id, literals: [...literals] });
  // A paragraph scanned before this list existed has no candidates for it.
  last = undefined;
  return entry;
}

/** The group whose literals are longest (so rarest): "self-driv" before "the". */
function mostSelective(groups: readonly (readonly number[])[]): readonly number[] {
  return groups.reduce((best, group) => (rarity(group) > rarity(best) ? group : best));
}

const rarity = (group: readonly number[]): number => Math.min(...group.map(literalLength));

interface Candidates {
  /**
   * List id → positions of its matchers whose every literal group the text holds (may repeat).
   * A list absent here has no candidate but those that need no literal.
   */
  byList: Map<number, number[]>;
  /** List id → the answer, once worked out: a list is asked once per sentence of a paragraph. */
  answered: Map<number, Matcher[]>;
}

// Every list of a paragraph asks about the same text in a row: remember the last answer. A new
// list forgets it (in indexed()); new literals only ever come with new lists.
let last: { text: string; candidates: Candidates } | undefined;

function candidatesIn(text: string): Candidates {
  if (last?.text === text) return last.candidates;
  const { present, found } = scanLiterals(text);
  const byList = new Map<number, number[]>();
  // A paragraph's literals anchor ~20 matchers; their other groups rule out most. Checking them
  // all here, once, leaves each list's question a lookup and keeps rules with nothing to run idle.
  for (const literal of found) {
    for (const { list, position, needs } of anchoredOn[literal] ?? NONE_ANCHORS) {
      if (!allPresent(needs, present)) continue;
      const positions = byList.get(list);
      if (positions) positions.push(position);
      else byList.set(list, [position]);
    }
  }
  const candidates = { byList, answered: new Map<number, Matcher[]>() };
  last = { text, candidates };
  return candidates;
}

const NONE_ANCHORS: readonly Anchor[] = [];

/** False when no matcher of the list can match anywhere in the text. */
export function mayMatch(list: readonly Matcher[], text: string): boolean {
  const { id, always } = indexed(list);
  return always.length > 0 || candidatesIn(text).byList.has(id);
}

/** A rule's lists: the rule can find something in a text only if one of them may match it. */
export type ListGroup = readonly (readonly Matcher[])[];

interface IndexedGroups {
  /** List id → the groups holding the list. */
  byList: Map<number, number[]>;
  /** Groups with a list that needs no literal: they run on every text. */
  always: number[];
}

const groupIndexes = new WeakMap<readonly ListGroup[], IndexedGroups>();

function indexedGroups(groups: readonly ListGroup[]): IndexedGroups {
  let entry = groupIndexes.get(groups);
  if (entry) return entry;
  entry = { byList: new Map(), always: [] };
  for (const [group, lists] of groups.entries()) {
    for (const list of lists) {
      const { id, always } = indexed(list);
      if (always.length) entry.always.push(group);
      const holding = entry.byList.get(id);
      if (holding) holding.push(group);
      else entry.byList.set(id, [group]);
    }
  }
  groupIndexes.set(groups, entry);
  return entry;
}

/**
 * The groups (by position, in order) with a list that may match the text: a pack's rules as
 * groups, one scan tells which few rules a paragraph needs to run.
 */
export function groupsThatMayMatch(groups: readonly ListGroup[], text: string): number[] {
  const { byList, always } = indexedGroups(groups);
  const seen = new Set<number>(always);
  for (const list of candidatesIn(text).byList.keys()) {
    for (const group of byList.get(list) ?? NONE_GROUPS) seen.add(group);
  }
  return [...seen].sort((a, b) => a - b);
}

const NONE_GROUPS: readonly number[] = [];
const NONE: readonly Matcher[] = [];

/** The matchers of the list worth running on the text, in list order. */
export function candidateMatchers(list: readonly Matcher[], text: string): readonly Matcher[] {
  const { id, always } = indexed(list);
  const { byList, answered } = candidatesIn(text);
  const anchored = byList.get(id);
  // Most lists, most paragraphs: nothing anchored, nothing to run.
  if (!anchored && always.length === 0) return NONE;
  const known = answered.get(id);
  if (known) return known;
  const positions = (always.length ? [...(anchored ?? []), ...always] : anchored!).sort((a, b) => a - b);
  const out: Matcher[] = [];
  positions.forEach((position, i) => {
    if (i === 0 || positions[i - 1] !== position) out.push(list[position]!);
  });
  answered.set(id, out);
  return out;
}

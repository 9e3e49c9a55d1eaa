// Compiles term lists and patterns into matchers that only match whole words (zh and en).
import { isHan, isWordChar } from './normalize.js';
import { literalId } from './literal-index.js';
import { candidateMatchers } from './matcher-index.js';
import { requiredLiteralGroups } from './pattern-hints.js';

export interface TermList {
  zh?: string[];
  en?: string[];
}

/** One compiled term or pattern; `label` is what the author wrote, for error messages. */
export interface Matcher {
  readonly regex: RegExp;
  label: string;
  /**
   * Groups of literals (literal-index.ts): every match contains one literal of each group. A
   * text that lacks a whole group cannot match, and the regex is not run on it.
   */
  needs?: readonly (readonly number[])[];
}

/** Where whole words begin and end in a normalized text (Han words come from jieba). */
export interface Boundaries {
  text: string;
  startsHanWord(pos: number): boolean;
  endsHanWord(end: number): boolean;
}

export interface Span {
  start: number;
  end: number;
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Chinese: each character in order, optional spaces between Han characters ("绝对 安全"). */
export function compileZhTerm(term: string): string {
  let out = '';
  let prev: string | undefined;
  let spaced = false;
  for (const ch of term.normalize('NFKC').toLowerCase()) {
    if (ch.trim() === '') {
      spaced = true;
      continue;
    }
    if (prev !== undefined && (isHan(ch) || isHan(prev))) out += '\\s*';
    else if (spaced) out += '\\s+';
    out += escapeRegex(ch);
    prev = ch;
    spaced = false;
  }
  return out;
}

const knownInflections = new Map<string, readonly string[]>();

/** The inflected forms of an English word: plural, third person, past, gerund. */
export function inflections(word: string): readonly string[] {
  let forms = knownInflections.get(word);
  // Many terms share words ("safe", "the"): each word's forms are worked out once.
  if (!forms) knownInflections.set(word, (forms = inflect(word)));
  return forms;
}

function inflect(word: string): string[] {
  if (!/^[a-z]{3,}$/.test(word)) return [word];
  const forms = new Set([word, `${word}s`, `${word}es`, `${word}ed`, `${word}ing`]);
  if (word.endsWith('e')) {
    forms.add(`${word}d`);
    forms.add(`${word.slice(0, -1)}ing`);
  }
  if (/[^aeiou]y$/.test(word)) {
    forms.add(`${word.slice(0, -1)}ies`);
    forms.add(`${word.slice(0, -1)}ied`);
  }
  // Doubled final consonant after a single short vowel: stop → stopped, stopping.
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(word)) {
    const last = word.at(-1)!;
    forms.add(`${word}${last}ed`);
    forms.add(`${word}${last}ing`);
  }
  // Longest first: the alternation must try "smeared" before "smear".
  return [...forms].sort((a, b) => b.length - a.length);
}

/** English: whole words in any case, each word inflected, space or hyphen between words. */
export function compileEnTerm(term: string): string {
  const words = term.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019]/g, "'").split(/[\s-]+/).filter(Boolean);
  return words
    .map((w) => {
      const forms = inflections(w);
      return forms.length === 1 ? escapeRegex(w) : `(?:${forms.map(escapeRegex).join('|')})`;
    })
    .join('[\\s-]+');
}

export function compileTermList(list: TermList | undefined): Matcher[] {
  return [...(list?.zh ?? []).map((term) => compileTerm(term, 'zh')), ...(list?.en ?? []).map((term) => compileTerm(term, 'en'))];
}

export function compileTerm(term: string, lang: 'zh' | 'en'): Matcher {
  const source = (): string => (lang === 'zh' ? compileZhTerm(term) : compileEnTerm(term));
  const literals = lang === 'zh' ? [term.normalize('NFKC').toLowerCase()] : enStems(term);
  return lazyMatcher(source, 'gu', term, needing(literals.map((literal) => [literal])));
}

/** Each word of an English term as every inflection of it begins: all of them are in any match. */
function enStems(term: string): string[] {
  const words = term.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019]/g, "'").split(/[\s-]+/).filter(Boolean);
  return words.map((w) => commonPrefix(inflections(w)));
}

function commonPrefix(forms: readonly string[]): string {
  return forms.reduce((prefix, form) => {
    let n = 0;
    while (n < prefix.length && prefix[n] === form[n]) n++;
    return prefix.slice(0, n);
  });
}

/** Literal ids by group; a group that is empty or has a literal of only spaces rules nothing out and is dropped. */
function needing(groups: readonly string[][] | undefined): number[][] | undefined {
  const known = (groups ?? []).map((group) => group.map(literalId)).filter((ids): ids is number[] => ids.length > 0 && ids.every((id) => id !== undefined));
  return known.length ? known : undefined;
}

/** An author regex; the loader (pack/load.ts) has already refused one that does not compile. */
export function compilePattern(pattern: string): Matcher {
  // The literals of the pattern as written: the index skips the spaces spaceTolerant allows.
  return lazyMatcher(() => spaceTolerant(pattern), 'giu', pattern, needing(requiredLiteralGroups(pattern)));
}

/**
 * The regex (and its source) is built the first time a text holds its literals: a pack has
 * ~2,500 and a short English draft runs a few dozen, so start-up does not pay for the rest.
 */
function lazyMatcher(source: () => string, flags: string, label: string, needs: number[][] | undefined): Matcher {
  let regex: RegExp | undefined;
  return {
    get regex() {
      return (regex ??= new RegExp(source(), flags));
    },
    label,
    needs,
  };
}

/**
 * Lets a pattern's Chinese phrase match with spaces inside ("永 不 起 火"), as terms do: `\s*`
 * goes between two adjacent literal Han characters, never inside a character class or escape.
 */
export function spaceTolerant(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      out += ch + (pattern[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    out += ch;
    if (!inClass && isHan(ch) && isHan(pattern[i + 1])) out += '\\s*';
  }
  return out;
}

/** A match starts where a word starts: a jieba word start for Han, a non-letter before otherwise. */
export function startsWord(b: Boundaries, pos: number): boolean {
  const ch = b.text[pos];
  if (isHan(ch)) return b.startsHanWord(pos);
  return !(isWordChar(ch) && isWordChar(b.text[pos - 1]));
}

export function endsWord(b: Boundaries, end: number): boolean {
  const ch = b.text[end - 1];
  if (isHan(ch)) return b.endsHanWord(end);
  return !(isWordChar(ch) && isWordChar(b.text[end]));
}

/** Every whole-word match of the matchers within [from, to), in text order. */
export function findAll(matchers: readonly Matcher[], b: Boundaries, from = 0, to = b.text.length): Span[] {
  // Literals anywhere in the block: one outside [from, to) only means a regex runs for nothing.
  const candidates = candidateMatchers(matchers, b.text);
  if (candidates.length === 0) return [];
  const spans: Span[] = [];
  const slice = to === b.text.length ? b.text : b.text.slice(0, to);
  for (const { regex } of candidates) {
    regex.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(slice)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) {
        regex.lastIndex = start + 1;
        continue;
      }
      if (startsWord(b, start) && endsWord(b, end)) {
        spans.push({ start, end });
        regex.lastIndex = end;
      } else {
        // A longer word swallowed this one here; a later position may still hold a real match.
        regex.lastIndex = start + 1;
      }
    }
  }
  return spans.sort((x, y) => x.start - y.start || y.end - x.end);
}

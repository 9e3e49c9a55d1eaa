// Normalizes prose for matching without moving any character: offsets stay valid.
import { lazyRequire } from '../lazy-require.js';

const APOSTROPHES = /[\u2018\u2019\u02bc\uff07]/;

type Convert = (text: string) => string;
/** Dictionaries as opencc-js's presets ship them: "from to|from to|…", grouped. */
type Groups = readonly (readonly string[])[];
interface OpenCC {
  Converter: (o: { from: string; to: string }) => Convert;
  Locale: {
    from: Record<string, Groups>;
    to: Record<string, Groups>;
    /** Where a config names the pair, the Converter runs its chains instead of `from` then `to`. */
    configs?: Record<string, { normalizationChain?: Groups; conversionChain: Groups }>;
  };
}
const opencc = lazyRequire<OpenCC>('opencc-js/t2cn');
const FROM = 'hk';
const TO = 'cn';
let convert: Convert | undefined;
/** 1 where an entry changes the code unit, 2 where entries hold it unchanged, 0 where none holds it. */
let entryUnits: Uint8Array | undefined;
const CHANGES = 1;
const IN_ENTRIES = 2;
/**
 * The table of what OpenCC may change costs ~10 ms to build, what converting a few hundred
 * paragraphs costs: a run builds it only once it has converted this many, so that one small
 * Chinese draft starts no slower.
 */
const TABLE_AFTER = 256;
let converted = 0;

/**
 * Traditional and Hong Kong forms → simplified (絕對安全 → 绝对安全), with OpenCC's tables,
 * loaded on the first Chinese text. OpenCC maps characters one to one almost everywhere; where
 * a phrase changes length the text is converted character by character to keep offsets.
 */
export function toSimplified(text: string): string {
  if (!HAN.test(text)) return text;
  convert ??= opencc().Converter({ from: FROM, to: TO });
  // Most drafts are in simplified Chinese already: OpenCC's tries would find nothing to change.
  if (++converted > TABLE_AFTER) {
    if (!openCCMayChange(text)) return text;
    const byRuns = convertRuns(text, convert);
    if (byRuns !== undefined) return byRuns;
  }
  return keepingLength(text, convert(text), convert);
}

/** The conversion when it keeps the length; else each character converted on its own, or kept. */
function keepingLength(text: string, whole: string, conv: Convert): string {
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const one = conv(ch);
    out += one.length === ch.length ? one : ch;
  }
  return out;
}

/** Ideographic description characters (⿰…): OpenCC steps over a whole description at once. */
const SPLIT_UNSAFE = /[\u2ff0-\u2fff\ud800-\udfff]/;

/**
 * OpenCC matches the longest entry at each position, and no entry holds a code unit that none
 * of its dictionaries does: such a unit is never part of a match and never changes, so the
 * text converts as its runs of entry characters do, each alone. Only the runs holding a unit
 * some entry changes go to OpenCC (a paragraph's 台 is converted with its few neighbours, not
 * the paragraph). Undefined where that does not hold (description characters, surrogates) or a
 * run changes length: the caller converts the whole text.
 */
function convertRuns(text: string, conv: Convert): string | undefined {
  if (SPLIT_UNSAFE.test(text)) return undefined;
  const table = entryUnits!;
  let out = '';
  let done = 0;
  for (let i = 0; i < text.length; ) {
    if (table[text.charCodeAt(i)] !== CHANGES) {
      i++;
      continue;
    }
    let start = i;
    while (start > done && table[text.charCodeAt(start - 1)] !== 0) start--;
    let end = i + 1;
    while (end < text.length && table[text.charCodeAt(end)] !== 0) end++;
    const run = text.slice(start, end);
    const converted = conv(run);
    if (converted.length !== run.length) return undefined;
    out += text.slice(done, start) + converted;
    done = i = end;
  }
  return out + text.slice(done);
}

/** True when OpenCC could change the text: it holds a code unit some entry changes. */
export function openCCMayChange(text: string): boolean {
  entryUnits ??= entryCodeUnits(dictionaries());
  for (let i = 0; i < text.length; i++) if (entryUnits[text.charCodeAt(i)] === CHANGES) return true;
  return false;
}

/** The dictionaries of the Converter's chain. */
function dictionaries(): string[] {
  const { Locale } = opencc();
  // opencc-js names the pair hk → cn "hk2s"; its segmentation splits the text, changing nothing.
  const config = Locale.configs?.[`${FROM}2s`];
  const groups = config ? [...(config.normalizationChain ?? []), ...config.conversionChain] : [...Locale.from[FROM]!, ...Locale.to[TO]!];
  return groups.flat();
}

/**
 * The code units where an entry's source and result differ (CHANGES), and those entries hold
 * unchanged (IN_ENTRIES). OpenCC replaces each longest match by its result: a text with no
 * CHANGES unit holds only entries that map to themselves, so the conversion is the identity.
 */
function entryCodeUnits(dictionaries: readonly string[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const dictionary of dictionaries) {
    // As opencc-js reads one: entries split at `|`, then source and result at a space.
    for (const entry of dictionary.split('|')) {
      const [from = '', to = ''] = entry.split(' ');
      // By characters, not code units: 二噁英 → 二𫫇英 changes 噁 alone.
      const source = Array.from(from);
      const result = Array.from(to);
      source.forEach((ch, i) => {
        const changes = source.length !== result.length || ch !== result[i];
        for (let k = 0; k < ch.length; k++) {
          const code = ch.charCodeAt(k);
          if (changes) table[code] = CHANGES;
          else if (table[code] === 0) table[code] = IN_ENTRIES;
        }
      });
    }
  }
  return table;
}

/**
 * NFKC (full-width → half-width, ligatures out) and lower case, one character at a time and
 * only where the result keeps its length, so `norm[i]` still stands for `text[i]`.
 */
export function foldWidthAndCase(text: string): string {
  // One replace over the code units that may change: ASCII capitals and everything outside ASCII
  // and the common Han block (U+4E00–U+9FFF, NFKC-stable and caseless). Unlike a character-by-
  // character `+=`, it gives a flat string, which every later scan and regex would otherwise flatten.
  return text.replace(MAY_FOLD, foldCodeUnit);
}

// eslint-disable-next-line no-control-regex -- the range is all of ASCII, control characters included
const MAY_FOLD = /[A-Z]|[^\u0000-\u007f\u4e00-\u9fff]/g;
/** Keyed by code unit, so it never holds more than 65,536 entries. */
const folded = new Map<string, string>();

function foldCodeUnit(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) folded.set(ch, (out = fold(ch)));
  return out;
}

function fold(ch: string): string {
  if (ch.charCodeAt(0) < 0x80) return ch.toLowerCase();
  if (APOSTROPHES.test(ch)) return "'";
  // Zero-width characters would split a phrase that reads as one: treat them as spaces.
  if (ch === '\u200b' || ch === '\u200c' || ch === '\u200d' || ch === '\u2060' || ch === '\ufeff') return ' ';
  const nfkc = ch.normalize('NFKC');
  const width = nfkc.length === 1 ? nfkc : ch;
  const lower = width.toLowerCase();
  return lower.length === 1 ? lower : width;
}

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

const OTHER = 1;
const HAN_CHAR = 2;
const WORD = 3;
/**
 * Each code unit's class, worked out by the regexes the first time it is met: word boundaries and
 * language detection ask for nearly every character, and a table read is what a regex test is not.
 */
const classes = new Uint8Array(0x10000);

function classOf(code: number): number {
  let known = classes[code]!;
  if (known === 0) {
    const ch = String.fromCharCode(code);
    classes[code] = known = HAN.test(ch) ? HAN_CHAR : WORD_CHAR.test(ch) ? WORD : OTHER;
  }
  return known;
}

/** A Han character (one code unit, or the pair of a supplementary-plane one). */
export function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return ch.length === 1 ? classOf(ch.charCodeAt(0)) === HAN_CHAR : HAN.test(ch);
}

/** Han by code unit: a lone surrogate is not (the text's pairs are the caller's to join). */
export const isHanCodeUnit = (code: number): boolean => classOf(code) === HAN_CHAR;

/** A letter, digit or mark of a non-Han script: part of a Latin-style word. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return ch.length === 1 ? classOf(ch.charCodeAt(0)) === WORD : !HAN.test(ch) && WORD_CHAR.test(ch);
}

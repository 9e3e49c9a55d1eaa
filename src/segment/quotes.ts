// Quotation marks, and whether the words inside belong to another speaker or to the draft.
import { findAll, type Boundaries, type Matcher, type Span } from './terms.js';

export interface Quote extends Span {
  /** Not the draft's own claim: someone else's words (a critic, a headline) or a mention of a word. */
  byOther: boolean;
}

const PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』', '"': '"', '﹁': '﹂' };
/** The opening marks, found by one regex search instead of a lookup at every character. */
const OPENING = /[“「『"﹁]/g;
/** How far before or after a quotation its attribution is looked for. */
const WINDOW = 40;
/** Quotations joined by a connector form one list: “A”、“B” or "A" or "B" share their attribution. */
const CONNECTOR = /^[\s,、，/]*(?:or|and|nor|和|或|或者|与|及|以及)?[\s,、，/]*$/iu;

const STOP = /[。！？!?\n]/u;

export interface AttributionCues {
  otherSpeaker: Matcher[];
  instruction: Matcher[];
  prohibition: Matcher[];
}

/** Quotations in text order; an unclosed one runs to the end of the block. */
export function findQuotes(b: Boundaries, cues: AttributionCues): Quote[] {
  const quotes: Quote[] = [];
  const text = b.text;
  OPENING.lastIndex = 0;
  for (let open = OPENING.exec(text); open !== null; open = OPENING.exec(text)) {
    const i = open.index;
    const end = text.indexOf(PAIRS[open[0]]!, i + 1);
    const span = { start: i, end: end === -1 ? text.length : end + 1 };
    const previous = quotes.at(-1);
    const listed = previous !== undefined && CONNECTOR.test(text.slice(previous.end, span.start));
    quotes.push({ ...span, byOther: listed ? previous.byOther : isByOther(b, span, cues) });
    OPENING.lastIndex = span.end;
  }
  return quotes;
}

/**
 * "网友称“…”", "所谓“…”", "扣上“…”的帽子", "the reviewer wrote: '…'" quote someone else;
 * "请统一说“…”" and "周总表示：“…”" are the draft's own words. A mention of a word ("marketed as
 * “fireproof”", "“零风险”这类说法") is not a claim either: mention cues count as another speaker. The nearest cue before the
 * quotation decides; a cue right after it ("…”的说法", "…," said a critic) counts too.
 */
function isByOther(b: Boundaries, quote: Span, cues: AttributionCues): boolean {
  const { otherSpeaker, instruction, prohibition } = cues;
  let from = Math.max(0, quote.start - WINDOW);
  const before = b.text.slice(from, quote.start);
  const stop = lastIndexOf(before, STOP);
  if (stop !== -1) from += stop + 1;
  // A forbidden word is only mentioned, even though "say" reads like an instruction to say it.
  if (findAll(prohibition, b, from, quote.start).length > 0) return true;
  const other = findAll(otherSpeaker, b, from, quote.start).at(-1);
  const own = findAll(instruction, b, from, quote.start).at(-1);
  // An instruction to say the words wins: "请统一表述为“…”" is the draft's own line.
  if (own) return false;
  if (other) return true;
  let to = Math.min(b.text.length, quote.end + WINDOW);
  const after = b.text.slice(quote.end, to);
  const stopAfter = after.search(STOP);
  if (stopAfter !== -1) to = quote.end + stopAfter;
  return findAll(otherSpeaker, b, quote.end, to).length > 0;
}

function lastIndexOf(text: string, re: RegExp): number {
  for (let i = text.length - 1; i >= 0; i--) if (re.test(text[i]!)) return i;
  return -1;
}

// A reproducible corpus: N Markdown drafts, half Chinese and half English, ~1,500 characters each,
// from a fixed seed. Paragraphs are drawn and filled at random so that they almost never repeat:
// commslint caches results per paragraph text, and a corpus of repeated paragraphs would flatter it.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODE, HEADINGS, NEUTRAL, RISKY, SLOTS } from './phrases.mjs';

/** mulberry32: small, fast and the same on every machine. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About one sentence in eight is one a reviewer would stop. */
const RISKY_SHARE = 0.12;
const LABEL = { zh: '{city}，{month} 月 {day} 日：', en: '{city}, {month}/{day}: ' };
const TARGET_CHARS = 1500;

function sentenceMaker(lang, random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const fill = (template) =>
    template.replace(/\{(\w+)\}/g, (_, slot) => {
      if (slot === 'n') return String(int(2, 300));
      if (slot === 'pct') return String(int(1, 60));
      if (slot === 'month') return String(int(1, 12));
      if (slot === 'day') return String(int(1, 28));
      if (slot === 'year') return String(int(2019, 2026));
      if (slot === 'code') return `${pick(['QA', 'RC', 'TR', 'BX'])}-${int(1000, 9999)}`;
      return pick(SLOTS[lang][slot]);
    });
  return {
    pick,
    int,
    fill,
    sentence: () => fill(pick(random() < RISKY_SHARE ? RISKY[lang] : NEUTRAL[lang])),
  };
}

/** One draft: title, paragraphs, a list, a blockquote, a code block, in a varying order. */
export function draft(lang, random) {
  const m = sentenceMaker(lang, random);
  const sep = lang === 'zh' ? '' : ' ';
  const paragraph = () => Array.from({ length: m.int(2, 4) }, m.sentence).join(sep);
  const parts = [`# ${m.pick(HEADINGS[lang])}${lang === 'zh' ? '：' : ': '}${m.pick(SLOTS[lang].product)}`];
  const extras = [
    () => `## ${m.pick(HEADINGS[lang])}`,
    // A bold label per item, as service lists and FAQs have: it also keeps one-sentence items unique.
    () => Array.from({ length: m.int(2, 4) }, () => `- **${m.fill(LABEL[lang])}**${m.sentence()}`).join('\n'),
    () => `> ${paragraph()}`,
    () => m.fill(m.pick(CODE)),
  ];
  let length = parts[0].length;
  while (length < TARGET_CHARS) {
    const part = random() < 0.55 ? paragraph() : m.pick(extras)();
    parts.push(part);
    length += part.length + 2;
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * Writes the drafts under `dir` (zh/ and en/), unless a previous run left the same corpus there.
 * `drafts` may be a count, or `{ bytes }` to generate until the corpus reaches that size.
 */
export function generateCorpus(dir, { drafts, bytes, seed = 8 }) {
  const manifestPath = join(dir, 'manifest.json');
  const want = { drafts: drafts ?? null, bytes: bytes ?? null, seed, version: 1 };
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (JSON.stringify(manifest.params) === JSON.stringify(want)) return manifest;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'zh'), { recursive: true });
  mkdirSync(join(dir, 'en'), { recursive: true });
  const random = prng(seed);
  const files = { zh: [], en: [] };
  let total = 0;
  const size = { zh: 0, en: 0 };
  for (let i = 0; drafts !== undefined ? i < drafts : total < bytes; i++) {
    const lang = i % 2 === 0 ? 'zh' : 'en';
    const text = draft(lang, random);
    const file = join(dir, lang, `${lang}-${String(i).padStart(6, '0')}.md`);
    writeFileSync(file, text);
    const n = Buffer.byteLength(text);
    files[lang].push(file);
    size[lang] += n;
    total += n;
  }
  const manifest = { params: want, dir, files, bytes: { total, zh: size.zh, en: size.en } };
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return manifest;
}

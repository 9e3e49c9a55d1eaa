// The Chinese segmenter: nodejieba, loaded once and only when a draft contains Chinese.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { lazyRequire } from '../lazy-require.js';
import { packageRoot } from '../paths.js';

interface Nodejieba {
  DEFAULT_DICT: string;
  DEFAULT_HMM_DICT: string;
  DEFAULT_USER_DICT: string;
  DEFAULT_IDF_DICT: string;
  DEFAULT_STOP_WORD_DICT: string;
  load(dicts?: Record<string, string>): unknown;
  cut(text: string, hmm?: boolean): string[];
  extract(text: string, topN: number): { word: string; weight: number }[];
  textRankExtract(text: string, topN: number): { word: string; weight: number }[];
}

const nodejieba = lazyRequire<Nodejieba>('nodejieba');
let jieba: Nodejieba | undefined;
/** Which dictionaries the first load uses: the build's trimmed set (scripts/trim-jieba-dict.mjs) or jieba's own. */
let wantFull = false;
let loadedTrimmed = false;
const TRIMMED_FILES = ['dict.utf8', 'idf.utf8', 'stop_words.utf8'];
const TRIMMED_DIR = join(packageRoot, 'dist', 'jieba');

/**
 * nodejieba takes ~1 s and ~290 MB to load its dictionaries, and aborts the whole process
 * (a C++ FATAL, not an exception) when a dictionary path is missing: check every path first.
 */
function loadJieba(): Nodejieba {
  if (jieba) return jieba;
  const lib = nodejieba();
  // All three trimmed files or jieba's own set: never a mix left by an interrupted build.
  const trimmed = !wantFull && TRIMMED_FILES.every((f) => existsSync(join(TRIMMED_DIR, f)));
  const dicts = {
    dict: trimmed ? join(TRIMMED_DIR, 'dict.utf8') : lib.DEFAULT_DICT,
    hmmDict: lib.DEFAULT_HMM_DICT,
    userDict: lib.DEFAULT_USER_DICT,
    idfDict: trimmed ? join(TRIMMED_DIR, 'idf.utf8') : lib.DEFAULT_IDF_DICT,
    stopWordDict: trimmed ? join(TRIMMED_DIR, 'stop_words.utf8') : lib.DEFAULT_STOP_WORD_DICT,
  };
  for (const path of Object.values(dicts)) {
    if (!existsSync(path)) {
      throw new Error(`nodejieba dictionary not found: ${path}. Reinstall commslint (in a source checkout: \`npm ci\`, or \`npm rebuild nodejieba\`).`);
    }
  }
  lib.load(dicts);
  loadedTrimmed = trimmed;
  jieba = lib;
  return lib;
}

/**
 * Cuts a run of Han characters into dictionary words. HMM stays off: it glues unknown
 * sequences (雷总说 as one word), which would hide the boundaries that terms match on.
 */
export function cutHan(run: string): string[] {
  return loadJieba().cut(run, false);
}

/** Keywords of a text by TF-IDF and by TextRank, as jieba ranks them (for `commslint derive`). */
export function extractKeywords(text: string, topN: number): { tfidf: string[]; textRank: string[] } {
  // Keyword ranking needs the full dictionaries and IDF list; `derive` is the only caller.
  wantFull = true;
  if (jieba && loadedTrimmed) throw new Error('Keyword ranking needs the full jieba dictionaries, but this process already loaded the trimmed set for linting: run it in a process of its own.');
  const lib = loadJieba();
  return { tfidf: lib.extract(text, topN).map((k) => k.word), textRank: lib.textRankExtract(text, topN).map((k) => k.word) };
}

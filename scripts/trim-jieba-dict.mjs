#!/usr/bin/env node
// Part of the build: writes dist/jieba/, the dictionaries commslint lints with.
// nodejieba loads its dictionary twice (the segmenter and the TextRank extractor each build a
// trie): 349,000 words cost ~235 MB and ~1 s. Words seen fewer than 5 times in jieba's corpus
// (212,000 of them: rare names, obscure compounds) never decide a boundary a rule depends on —
// the dev corpus and the four held-out corpora score the same without them — and dropping them
// leaves ~100 MB and ~0.5 s. The keyword extractor's IDF and stop-word lists are not used when
// linting, so they are one line each (nodejieba refuses empty files); `commslint derive` loads
// the full set.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const MIN_FREQUENCY = 5;
const root = join(import.meta.dirname, '..');
const out = join(root, 'dist', 'jieba');
const require = createRequire(import.meta.url);
// The dictionary's path as nodejieba's index.js builds it, without loading the native binding.
const DEFAULT_DICT = join(dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/dict/jieba.dict.utf8');

const kept = readFileSync(DEFAULT_DICT, 'utf8')
  .split('\n')
  .filter((line) => Number(line.split(' ')[1]) >= MIN_FREQUENCY);
// Written beside and renamed into place, so an interrupted build never leaves a truncated set.
const temp = `${out}.tmp-${process.pid}`;
mkdirSync(temp, { recursive: true });
writeFileSync(join(temp, 'dict.utf8'), `${kept.join('\n')}\n`);
writeFileSync(join(temp, 'idf.utf8'), '安全 10.0\n');
writeFileSync(join(temp, 'stop_words.utf8'), '的\n');
rmSync(out, { recursive: true, force: true });
renameSync(temp, out);

// Accuracy on the labelled dev corpus, scored by the project's own scorer (../shared/eval).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../src/index.js';

const devCorpus = join(import.meta.dirname, '../../shared/corpus/dev');
const scorer = join(import.meta.dirname, '../../shared/eval/score.mjs');

interface Stats {
  tp: number;
  fp: number;
  fn: number;
}
interface Scored {
  stats: Record<string, Stats>;
  total: Stats;
  misses: string[];
  falsePositives: string[];
}
type ScoreFn = (corpus: string, labels: unknown, results: unknown) => Scored;

/**
 * Bars: the core issue's 0.75 on the dev corpus; lower on drafts written apart from the rules
 * (tests/corpus, see its README), which measure generalization. The accuracy work raises them.
 */
const CORPORA = [
  { name: 'dev', dir: devCorpus, minF1: 0.75 },
  { name: 'holdout-zh', dir: join(import.meta.dirname, 'corpus/holdout-zh'), minF1: 0.7 },
  { name: 'holdout-en', dir: join(import.meta.dirname, 'corpus/holdout-en'), minF1: 0.7 },
  { name: 'holdout2', dir: join(import.meta.dirname, 'corpus/holdout2'), minF1: 0.7 },
  { name: 'holdout3', dir: join(import.meta.dirname, 'corpus/holdout3'), minF1: 0.7 },
];

// The dev corpus and the scorer live beside the repository (../shared), as in CI.
const haveShared = existsSync(scorer) && existsSync(join(devCorpus, 'labels.json'));
if (!haveShared) console.warn(`../shared not found beside the repository: accuracy tests skipped`);

describe.skipIf(!haveShared).each(CORPORA)('$name corpus', ({ dir: corpus, minF1 }) => {
  it(`scores F1 >= ${minF1} with every category above zero`, async () => {
    const { score } = (await import(scorer)) as { score: ScoreFn };
    const labels = JSON.parse(readFileSync(join(corpus, 'labels.json'), 'utf8')) as unknown;
    const files = readdirSync(corpus).filter((f) => f.endsWith('.md'));
    const results = files.map((f) => lintDocument(readFileSync(join(corpus, f), 'utf8'), { filePath: join(corpus, f) }));
    const { stats, total, misses, falsePositives } = score(corpus, labels, results);
    const precision = total.tp / (total.tp + total.fp);
    const recall = total.tp / (total.tp + total.fn);
    const f1 = (2 * precision * recall) / (precision + recall);
    const report = `f1=${f1.toFixed(3)}\nmissed:\n  ${misses.join('\n  ')}\nfalse positives:\n  ${falsePositives.join('\n  ')}`;
    expect(f1, report).toBeGreaterThanOrEqual(minF1);
    for (const [category, s] of Object.entries(stats)) expect(s.tp, `${category}\n${report}`).toBeGreaterThan(0);
  });
});

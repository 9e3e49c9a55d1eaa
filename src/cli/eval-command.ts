// `commslint eval DIR`: the active rules scored against a labelled folder (labels.json + drafts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectResolver } from '../config/resolver.js';
import { f1, precision, recall, scoreCorpus, type LabelledFile } from '../eval/score.js';
import { InputError } from '../input/find-files.js';
import { CATEGORIES } from '../types.js';

export function runEval(projects: ProjectResolver, dir: string | undefined, format: string, out: (s: string) => void): number {
  if (!dir) throw new InputError('Name a labelled folder: commslint eval DIR (it needs a labels.json).', '');
  let labels: LabelledFile[];
  try {
    labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as LabelledFile[];
  } catch (error) {
    throw new InputError(`Cannot read ${join(dir, 'labels.json')}: ${(error as Error).message}`, dir);
  }
  const score = scoreCorpus(
    labels,
    (file) => {
      const path = join(dir, file);
      const project = projects.forFile(path);
      return project.linter.lintText(readFileSync(path, 'utf8'), { filePath: path, rules: project.settingsFor(path).rules });
    },
    CATEGORIES,
  );
  if (format === 'json') {
    out(`${JSON.stringify({ ...score, precision: precision(score.total), recall: recall(score.total), f1: f1(score.total) })}\n`);
    return 0;
  }
  out('category                 tp  fp  fn  precision recall\n');
  for (const [category, c] of Object.entries(score.byCategory)) {
    const cells = [c.tp, c.fp, c.fn].map((n) => String(n).padStart(3)).join(' ');
    out(`${category.padEnd(24)} ${cells}  ${precision(c).toFixed(2).padStart(9)} ${recall(c).toFixed(2).padStart(6)}\n`);
  }
  if (score.misses.length) out(`\nmissed (${score.misses.length}):\n  ${score.misses.join('\n  ')}\n`);
  if (score.falsePositives.length) out(`\nfalse positives (${score.falsePositives.length}):\n  ${score.falsePositives.join('\n  ')}\n`);
  const t = score.total;
  out(`\nprecision=${precision(t).toFixed(3)} recall=${recall(t).toFixed(3)} f1=${f1(t).toFixed(3)}\n`);
  return 0;
}

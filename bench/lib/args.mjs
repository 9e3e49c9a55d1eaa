// The runner's flags. The default run (300 drafts, 5 runs) takes about four minutes on this busy
// 2-core machine; textlint alone needs 45–100 ms a draft here, so 2,000 drafts × 5 runs take 16–30 minutes.
import { parseArgs } from 'node:util';

export const USAGE = `Usage: node bench/run.mjs [options]   (npm run bench -- [options])
  --drafts N     drafts in the corpus, half Chinese, half English (default 300; the issue's figures: 2000)
  --runs K       runs of every command, alternated; medians are reported (default 5)
  --seed S       corpus seed (default 8)
  --quick        smoke mode: 10 drafts, 1 run
  --large        memory check: a ~100 MB corpus, the commslint CLI only, 1 run (--mb to change)
  --mb M         corpus size in MB for --large (default 100)
  --out DIR      where latest.md and latest.json go (default bench/results)
  --profile      also write a CPU profile of the commslint CLI over the corpus (node --cpu-prof)`;

export function parseBenchArgs(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      drafts: { type: 'string' },
      runs: { type: 'string' },
      seed: { type: 'string', default: '8' },
      quick: { type: 'boolean', default: false },
      large: { type: 'boolean', default: false },
      mb: { type: 'string', default: '100' },
      out: { type: 'string' },
      profile: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const int = (value, fallback) => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`expected a whole number of 1 or more, not "${value}"`);
    return n;
  };
  const mode = values.large ? 'large' : values.quick ? 'quick' : 'full';
  return {
    help: values.help,
    mode,
    drafts: int(values.drafts, mode === 'quick' ? 10 : 300),
    runs: int(values.runs, mode === 'full' ? 5 : 1),
    seed: int(values.seed, 8),
    largeBytes: int(values.mb, 100) * 1e6,
    out: values.out,
    profile: values.profile,
  };
}

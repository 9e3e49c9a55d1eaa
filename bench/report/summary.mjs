// Samples → medians, throughputs and the ratios the issue sets targets for.

export function median(values) {
  if (!values?.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** What each row measures, in table order. `bytes`: the whole corpus or its English half. */
export const THROUGHPUT_ROWS = [
  { id: 'floor-read', label: 'floor: read the files', where: 'warm', bytes: 'total' },
  { id: 'floor-parse', label: 'floor: read + remark-parse', where: 'warm', bytes: 'total' },
  { id: 'floor-segment', label: 'floor: read + remark-parse + segment (jieba zh, retext en)', where: 'warm', bytes: 'total' },
  { id: 'floor-terms', label: 'floor: … + one regex of all the pack\'s terms', where: 'warm', bytes: 'total' },
  { id: 'commslint-api', label: 'commslint engine API (createLinter reused), 1 thread', where: 'warm', bytes: 'total' },
  { id: 'floor-segment-interleaved', label: 'floor: read + parse + segment, interleaved with the next row by 100 drafts', where: 'warm', bytes: 'total' },
  { id: 'commslint-api-interleaved', label: 'commslint engine API, interleaved with the floor by 100 drafts', where: 'warm', bytes: 'total' },
  { id: 'commslint-cli-1', label: 'commslint CLI, 1 thread', where: 'cold', bytes: 'total' },
  { id: 'commslint-cli-n', label: 'commslint CLI, --concurrency {cores}', where: 'cold', bytes: 'total' },
  { id: 'textlint', label: 'textlint + textlint-rule-prh ({prhRules} prh rules)', where: 'cold', bytes: 'total' },
  { id: 'alex', label: 'alex, English half', where: 'cold', bytes: 'en' },
];

export const STARTUP_ROWS = [
  { id: 'node-startup', label: 'node -e 0 (the floor)', where: 'cold' },
  { id: 'commslint-startup-en', label: 'commslint, one English draft', where: 'cold' },
  { id: 'commslint-startup-zh', label: 'commslint, one Chinese draft', where: 'cold' },
  { id: 'jieba-load', label: 'node + nodejieba dictionary load', where: 'cold' },
  { id: 'pack-compile', label: 'commslint import + createLinter (in process, once)', where: 'warm' },
  { id: 'textlint-startup-en', label: 'textlint + prh, one English draft', where: 'cold' },
];

/** Per row: median and range of the wall times, throughput, and the highest peak memory seen. */
export function summarize(samples, peaks, bytes) {
  const rows = {};
  for (const [id, times] of Object.entries(samples)) {
    const row = [...THROUGHPUT_ROWS, ...STARTUP_ROWS].find((r) => r.id === id);
    const ms = median(times);
    const size = row?.bytes ? bytes[row.bytes] : undefined;
    rows[id] = {
      runs: times.length,
      medianMs: ms,
      minMs: Math.min(...times),
      maxMs: Math.max(...times),
      MBps: size === undefined ? undefined : size / 1e6 / (ms / 1000),
      peakMiB: peaks[id]?.length ? Math.max(...peaks[id]) : undefined,
    };
  }
  return rows;
}

/**
 * The targets. A ratio is taken within each run, between commands that ran minutes apart
 * under the same load, and the median of those is reported: on a noisy machine the load swings
 * between runs, and a ratio of medians would pair a quiet run with a busy one.
 * `higher`: the value must be at least the target; otherwise at most.
 */
export function ratios(rows, samples) {
  const ms = (id) => rows[id]?.medianMs;
  const perRun = (a, b) => {
    const xs = samples[a];
    const ys = samples[b];
    if (!xs?.length || !ys?.length) return {};
    const values = xs.slice(0, ys.length).map((x, i) => x / ys[i]);
    return { value: median(values), min: Math.min(...values), max: Math.max(...values) };
  };
  const jiebaExtra = ms('commslint-startup-zh') === undefined ? undefined : ms('commslint-startup-zh') - ms('commslint-startup-en');
  return [
    { id: 'vs-textlint-1', label: 'throughput, commslint CLI 1 thread / textlint', ...perRun('textlint', 'commslint-cli-1'), target: 3, higher: true, unit: '×' },
    { id: 'vs-textlint-n', label: 'throughput, commslint CLI --concurrency / textlint', ...perRun('textlint', 'commslint-cli-n'), target: 5, higher: true, unit: '×' },
    { id: 'api-vs-floor', label: 'time, commslint API warm / floor (read + parse + segment)', ...perRun('commslint-api', 'floor-segment'), target: 1.3, higher: false, unit: '×' },
    { id: 'api-vs-floor-interleaved', label: 'time, commslint API warm / floor, interleaved by 100 drafts', ...perRun('commslint-api-interleaved', 'floor-segment-interleaved'), target: 1.3, higher: false, unit: '×' },
    { id: 'cli-vs-floor', label: 'time, commslint CLI 1 thread / floor (read + parse + segment)', ...perRun('commslint-cli-1', 'floor-segment'), unit: '×' },
    { id: 'cli-n-vs-1', label: 'speed-up, commslint CLI --concurrency / 1 thread', ...perRun('commslint-cli-1', 'commslint-cli-n'), unit: '×' },
    { id: 'parse-share', label: 'share of the floor spent reading + parsing', ...perRun('floor-parse', 'floor-segment'), unit: '%' },
    { id: 'startup-en', label: 'start-up, one English draft (median ms)', value: ms('commslint-startup-en'), target: 250, higher: false, unit: 'ms' },
    { id: 'startup-zh-extra', label: 'start-up, a Chinese draft\'s extra cost over an English one (ms)', value: jiebaExtra, unit: 'ms', note: 'compare: node + nodejieba load, minus node -e 0' },
  ];
}

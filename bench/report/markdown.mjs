// The results as Markdown: the machine, the corpus, three tables (throughput, start-up, ratios).
import { STARTUP_ROWS, THROUGHPUT_ROWS } from './summary.mjs';

const fixed = (n, digits) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits));
const seconds = (ms) => fixed(ms / 1000, 2);
const fill = (label, vars) => label.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? k));

function ratioCell(r) {
  if (r.value === undefined) return '–';
  const one = (v) => (r.unit === '%' ? `${fixed(v * 100, 0)} %` : r.unit === 'ms' ? `${fixed(v, 0)} ms` : `${fixed(v, 2)}×`);
  return r.min === undefined ? one(r.value) : `${one(r.value)} (${one(r.min)}–${one(r.max)})`;
}

function verdict(r) {
  if (r.target === undefined || r.value === undefined) return r.note ?? '';
  const met = r.higher ? r.value >= r.target : r.value <= r.target;
  return `${met ? 'met' : 'NOT met'} (${r.higher ? '≥' : '≤'} ${r.target}${r.unit === 'ms' ? ' ms' : '×'})`;
}

export function toMarkdown(result) {
  const { machine, corpus, params, rows, ratios, notes } = result;
  const vars = { cores: machine.cores, prhRules: params.prhRules };
  const out = [
    `# commslint benchmark — ${result.date}`,
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${fixed(machine.memGiB, 0)} GiB, ${machine.os}, Node ${machine.node}; ` +
      `load average ${machine.loadBefore} before, ${machine.loadAfter} after. Commit ${result.commit}.`,
    `Corpus: ${corpus.drafts} drafts (half zh, half en, seed ${params.seed}), ${fixed(corpus.bytes.total / 1e6, 2)} MB ` +
      `(zh ${fixed(corpus.bytes.zh / 1e6, 2)} MB, en ${fixed(corpus.bytes.en / 1e6, 2)} MB). ` +
      `Medians of ${params.runs} run${params.runs === 1 ? '' : 's'}, commands alternated. Peak memory: ${params.peakMemorySource}, highest run.`,
    '',
    '| throughput | where | median s | min–max s | MB/s | peak MiB |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const row of THROUGHPUT_ROWS) {
    const r = rows[row.id];
    if (!r) continue;
    out.push(`| ${fill(row.label, vars)} | ${row.where} | ${seconds(r.medianMs)} | ${seconds(r.minMs)}–${seconds(r.maxMs)} | ${fixed(r.MBps, 2)} | ${fixed(r.peakMiB, 0)} |`);
  }
  // --large runs only the CLI: no start-up rows, and no ratio has both of its sides.
  const startup = STARTUP_ROWS.filter((row) => rows[row.id]);
  if (startup.length) out.push('', '| start-up | where | median ms | min–max ms | peak MiB |', '| --- | --- | ---: | ---: | ---: |');
  for (const row of startup) {
    const r = rows[row.id];
    out.push(`| ${row.label} | ${row.where} | ${fixed(r.medianMs, 0)} | ${fixed(r.minMs, 0)}–${fixed(r.maxMs, 0)} | ${fixed(r.peakMiB, 0)} |`);
  }
  const measured = ratios.filter((r) => r.value !== undefined);
  if (measured.length) out.push('', '| ratio (median of the per-run ratios, range) | value | target |', '| --- | ---: | --- |');
  for (const r of measured) out.push(`| ${r.label} | ${ratioCell(r)} | ${verdict(r)} |`);
  if (notes.length) out.push('', ...notes.map((n) => `- ${n}`));
  return `${out.join('\n')}\n`;
}

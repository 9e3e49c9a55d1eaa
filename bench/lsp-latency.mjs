#!/usr/bin/env node
// Latency of the language server: didChange → publishDiagnostics on a 5,000-character Chinese
// draft, warm, median and p95 over 100 edits, with the debounce and without it, and the server's
// resident memory after 1,000 edits. A benchmark, not a test: run it on a quiet machine.
//   node bench/lsp-latency.mjs [--edits 100] [--memory-edits 1000]
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';

const root = join(import.meta.dirname, '..');
const arg = (name, fallback) => Number(process.argv[process.argv.indexOf(name) + 1] ?? fallback) || fallback;
const EDITS = arg('--edits', 100);
const MEMORY_EDITS = arg('--memory-edits', 1000);

/** A 5,000-character Chinese draft built from the bundled examples and their Chinese lines, repeated. */
function chineseDraft() {
  const lines = readdirSync(join(root, 'examples')).flatMap((f) => readFileSync(join(root, 'examples', f), 'utf8').split('\n'));
  const zh = lines.filter((l) => /\p{Script=Han}/u.test(l) && !l.startsWith('```'));
  let text = '';
  for (let i = 0; text.length < 5000; i++) text += `${zh[i % zh.length]}\n\n`;
  return text.slice(0, 5000);
}

async function session(debounceMs) {
  const child = spawn(process.execPath, [join(root, 'bin/commslint-lsp.js'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, COMMSLINT_LSP_DEBOUNCE_MS: String(debounceMs) },
  });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = [];
  connection.onNotification('textDocument/publishDiagnostics', (p) => waiters.shift()?.(p));
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, capabilities: {}, workspaceFolders: null });
  await connection.sendNotification('initialized', {});
  const published = () => new Promise((resolve) => waiters.push(resolve));
  return { child, connection, published };
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

async function measure(debounceMs) {
  const { child, connection, published } = await session(debounceMs);
  const uri = 'file:///bench/draft.md';
  const text = chineseDraft();
  let version = 1;
  let wait = published();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  await wait;
  const edit = async (i) => {
    // Type one character into the middle of the draft, then wait for the diagnostics.
    const at = { line: 20 + (i % 10), character: 0 };
    wait = published();
    const started = performance.now();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [{ range: { start: at, end: at }, text: i % 2 ? '好' : '' }],
    });
    await wait;
    return performance.now() - started;
  };
  for (let i = 0; i < 10; i++) await edit(i); // warm-up
  const times = [];
  for (let i = 0; i < EDITS; i++) times.push(await edit(i));
  times.sort((a, b) => a - b);
  const result = { debounceMs, median: quantile(times, 0.5), p95: quantile(times, 0.95) };
  if (debounceMs === 0) {
    // Memory after MEMORY_EDITS edits, then after as many again: flat means no growth per edit.
    for (let i = 0; i < MEMORY_EDITS; i++) await edit(i);
    result.rssBeforeMb = rssMb(child.pid);
    for (let i = 0; i < MEMORY_EDITS; i++) await edit(i);
    result.rssAfterMb = rssMb(child.pid);
  }
  connection.dispose();
  child.kill();
  return result;
}

const fmt = (n) => n.toFixed(1);
for (const debounce of [0, 200]) {
  const r = await measure(debounce);
  console.log(
    `debounce ${String(r.debounceMs).padStart(3)} ms: edit → diagnostics median ${fmt(r.median)} ms, p95 ${fmt(r.p95)} ms` +
      (r.rssAfterMb ? `; server RSS ${fmt(r.rssBeforeMb)} MB after ${MEMORY_EDITS} edits, ${fmt(r.rssAfterMb)} MB after ${2 * MEMORY_EDITS}` : ''),
  );
}

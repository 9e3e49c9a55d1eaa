#!/usr/bin/env node
// Latency of the language server: didChange → publishDiagnostics on a 5,000-character Chinese
// draft, warm, median and p95 over realistic typing (one character a keystroke into a paragraph),
// with the debounce and without it; the engine's own re-lint time for the same keystrokes, in
// process, with its heap after 1,000, 2,000 and 3,000 more keystrokes; and the server's resident
// memory after as many.
// A benchmark, not a test: run it on a quiet machine.
//   node bench/lsp-latency.mjs [--edits 200] [--memory-edits 1000] [--cpu-prof DIR]
// --cpu-prof DIR writes a V8 CPU profile of the server (no-debounce session) into DIR.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';

const root = join(import.meta.dirname, '..');
const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const EDITS = Number(option('--edits') ?? 200);
const MEMORY_EDITS = Number(option('--memory-edits') ?? 1000);
const CPU_PROF_DIR = option('--cpu-prof');

/** A 5,000-character Chinese draft built from the bundled examples and their Chinese lines, repeated. */
function chineseDraft() {
  const lines = readdirSync(join(root, 'examples')).flatMap((f) => readFileSync(join(root, 'examples', f), 'utf8').split('\n'));
  const zh = lines.filter((l) => /\p{Script=Han}/u.test(l) && !l.startsWith('```'));
  let text = '';
  for (let i = 0; text.length < 5000; i++) text += `${zh[i % zh.length]}\n\n`;
  return text.slice(0, 5000);
}

/** What the writer types, a character a keystroke; each round starts elsewhere in it, so no paragraph repeats. */
const TYPED = '我们会在下周发布更新说明并邀请用户参与公开测试';
const RUN = 20;

/**
 * Typing as in an editor: RUN keystrokes, each one character inserted at the cursor in the middle
 * of a paragraph, then one untimed edit that deletes the run; then the next paragraph. Every
 * keystroke gives its paragraph a text the engine has not seen; the other paragraphs are unchanged.
 */
function* typing(text) {
  const lines = text.split('\n');
  const paragraphs = lines.map((l, i) => i).filter((i) => i >= 20 && lines[i].length > 10 && /\p{Script=Han}/u.test(lines[i])).slice(0, 10);
  for (let round = 0; ; round++) {
    const line = paragraphs[round % paragraphs.length];
    const from = Math.floor(lines[line].length / 2);
    for (let k = 0; k < RUN; k++) {
      const at = { line, character: from + k };
      yield { timed: true, change: { range: { start: at, end: at }, text: TYPED[(round + k) % TYPED.length] } };
    }
    yield { timed: false, change: { range: { start: { line, character: from }, end: { line, character: from + RUN } }, text: '' } };
  }
}

async function session(debounceMs, profile) {
  const nodeArgs = profile ? ['--cpu-prof', `--cpu-prof-dir=${resolve(profile)}`] : [];
  const child = spawn(process.execPath, [...nodeArgs, join(root, 'bin/commslint-lsp.js'), '--stdio'], {
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
const summary = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
};

async function measure(debounceMs) {
  const profile = debounceMs === 0 ? CPU_PROF_DIR : undefined;
  const { child, connection, published } = await session(debounceMs, profile);
  const uri = 'file:///bench/draft.md';
  const text = chineseDraft();
  const keystrokes = typing(text);
  let version = 1;
  let wait = published();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  await wait;
  /** The next edit, sent and waited for; its time if it is a keystroke. */
  const edit = async () => {
    const { timed, change } = keystrokes.next().value;
    wait = published();
    const started = performance.now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [change] });
    await wait;
    return timed ? performance.now() - started : undefined;
  };
  const timeEdits = async (n) => {
    const times = [];
    while (times.length < n) {
      const t = await edit();
      if (t !== undefined) times.push(t);
    }
    return times;
  };
  await timeEdits(20); // warm-up
  const result = { debounceMs, ...summary(await timeEdits(EDITS)) };
  if (debounceMs === 0) {
    // Memory after each MEMORY_EDITS more keystrokes: the caches fill to their character budgets
    // within the first ~2,000 keystrokes, then flat means no growth per edit.
    result.rssMb = [];
    for (let i = 0; i < 3; i++) {
      await timeEdits(MEMORY_EDITS);
      result.rssMb.push(rssMb(child.pid));
    }
  }
  // A clean shutdown, so that a --cpu-prof server writes its profile.
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  await exited;
  connection.dispose();
  return result;
}

/**
 * The engine alone, in this process: the same keystrokes, lintText on the whole draft each time;
 * then its heap after a full garbage collection every MEMORY_EDITS keystrokes, the figure that
 * shows the caches are bounded (the server's RSS also moves with the kernel's page reclaim).
 */
async function measureEngine() {
  const { createLinter } = await import(join(root, 'dist/index.js'));
  const linter = createLinter();
  let document = TextDocument.create('file:///bench/draft.md', 'markdown', 1, chineseDraft());
  const keystrokes = typing(document.getText());
  const lint = () => linter.lintText(document.getText(), { filePath: '/bench/draft.md' });
  const type = (n) => {
    const times = [];
    while (times.length < n) {
      const { timed, change } = keystrokes.next().value;
      document = TextDocument.update(document, [change], document.version + 1);
      const started = performance.now();
      lint();
      if (timed) times.push(performance.now() - started);
    }
    return times;
  };
  lint();
  type(20); // warm-up
  const result = summary(type(EDITS));
  v8.setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc');
  const heapMb = () => {
    gc();
    return process.memoryUsage().heapUsed / 2 ** 20;
  };
  result.heapMb = [heapMb()];
  for (let i = 0; i < 3; i++) {
    type(MEMORY_EDITS);
    result.heapMb.push(heapMb());
  }
  return result;
}

const fmt = (n) => n.toFixed(1);
const engine = await measureEngine();
console.log(
  `engine in process: re-lint after a keystroke median ${fmt(engine.median)} ms, p95 ${fmt(engine.p95)} ms; ` +
    `heap ${engine.heapMb.map((mb, i) => `${fmt(mb)} MB after ${i * MEMORY_EDITS}`).join(', ')} keystrokes`,
);
for (const debounce of [0, 200]) {
  const r = await measure(debounce);
  console.log(
    `server, debounce ${String(r.debounceMs).padStart(3)} ms: keystroke → diagnostics median ${fmt(r.median)} ms, p95 ${fmt(r.p95)} ms` +
      (r.rssMb ? `; server RSS ${r.rssMb.map((mb, i) => `${fmt(mb)} MB after ${(i + 1) * MEMORY_EDITS}`).join(', ')} keystrokes` : ''),
  );
}

// Runs one command as its own process: wall time, and peak resident memory from GNU time, or, where
// it is missing, from a preload that records the Node process's own maxRSS at exit.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const PRELOAD = join(import.meta.dirname, 'report-maxrss.mjs');

export const peakMemorySource = existsSync(GNU_TIME) ? 'GNU time (%M)' : 'process.resourceUsage().maxRSS';

/**
 * `{ ms, peakMiB, code }` of `node ...args`. Output goes to /dev/null: a linter's report is part
 * of its work, printing it to a terminal is not.
 */
export async function timeNode(args, { cwd } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'commslint-bench-'));
  const rssFile = join(dir, 'maxrss');
  const env = { ...process.env, NO_COLOR: '1' };
  let command = process.execPath;
  let argv = args;
  if (existsSync(GNU_TIME)) {
    command = GNU_TIME;
    argv = ['-f', '%M', '-o', rssFile, process.execPath, ...args];
  } else {
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --import=${pathToFileURL(PRELOAD).href}`;
    env.BENCH_MAXRSS_FILE = rssFile;
  }
  const started = performance.now();
  const { code, stderr } = await run(command, argv, { cwd, env });
  const ms = performance.now() - started;
  try {
    // GNU time prints "Command exited with non-zero status" first when a linter found problems.
    const kib = Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1));
    return { ms, peakMiB: kib / 1024, code, stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(command, args, { cwd, env }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 4000) stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

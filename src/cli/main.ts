// The CLI: options → drafts → engine → formatter → exit code. No process.exit in here.
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { format } from '../format/index.js';
import { streamingFormatter, type StreamingFormatter } from '../format/streaming.js';
import { ProjectResolver, type ResolverOptions } from '../config/resolver.js';
import { createLinter } from '../index.js';
import { findFiles, InputError } from '../input/find-files.js';
import { decodeDraft } from '../input/read-draft.js';
import { FileProblemsError } from '../pack/problems.js';
import { packageVersion } from '../paths.js';
import type { Lang, LintResult } from '../types.js';
import { LintCache } from './cache.js';
import { limitHeapGrowth } from './heap.js';
import { lintDraft, lintFile, type FileOutcome, type FileRunOptions } from './lint-file.js';
import { createProgress } from './progress.js';
import { autoConcurrency, lintInWorkers } from './worker-pool.js';
import { parseOrAnswer, type CliOptions } from './args.js';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Uint8Array>;
  cwd: string;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  /** Progress goes to stderr, so it is shown only when stderr is a terminal. */
  stderrIsTTY: boolean;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const options = parseOrAnswer(argv, io);
  if (typeof options === 'number') return options;
  // Commands other than linting load their modules when asked: a lint run starts without them.
  if (options.command === 'init') return (await import('./commands.js')).runInit(io.cwd, io.stdout, io.stderr);
  if (options.command === 'derive') return runDerive(options.paths[0], io);
  try {
    const resolverOptions: ResolverOptions = {
      cwd: io.cwd,
      configFile: options.config,
      noConfig: options.noConfig,
      rulePaths: options.rules.map((p) => resolve(io.cwd, p)),
    };
    const projects = new ProjectResolver(resolverOptions);
    if (options.command === 'test') {
      // Named rule files are tested on their own; with none, the active rules of the project.
      const paths = options.paths.map((p) => resolve(io.cwd, p));
      const linter = paths.length ? createLinter({ builtin: false, rulePaths: paths }) : projects.forFile().linter;
      return (await import('./test-command.js')).runTest(linter, useColor(options, io), io.stdout);
    }
    if (options.command === 'eval') {
      const dir = options.paths[0] === undefined ? undefined : resolve(io.cwd, options.paths[0]);
      return (await import('./eval-command.js')).runEval(projects, dir, options.format, io.stdout);
    }
    if (options.command === 'rules') return (await import('./commands.js')).runRules(projects.forFile(), options.format, io.stdout);
    if (options.command === 'serve') {
      const { runServe } = await import('../serve/command.js');
      return await runServe(resolverOptions, { host: options.host, port: options.port, cwd: io.cwd, locale: options.locale }, io);
    }
    if (options.command === 'explain') {
      const project = projects.forFile();
      return (await import('./commands.js')).runExplain(project, options.paths[0], options.locale ?? project.config.locale ?? userLocale(io.env), io.stdout, io.stderr);
    }
    const streaming = options.stdin ? undefined : streamingFormatter(options.format);
    if (streaming) return await lintStreaming(streaming, projects, resolverOptions, options, io);
    const results: LintResult[] = [];
    if (options.stdin) results.push(await lintStdin(projects, options, io));
    else await lintPaths(projects, resolverOptions, options, io, (r) => results.push(r));
    const shown = options.quiet ? results.map(errorsOnly) : results;
    // Worker threads compile their own packs; the formats that describe rules need them here too.
    if (options.format === 'sarif' || options.format === 'html') for (const r of results) projects.forFile(r.filePath);
    const color = options.outputFile ? false : useColor(options, io);
    const output = await format(options.format, shown, { color, rules: projects.rulesInUse(), version: packageVersion(), cwd: io.cwd });
    const text = output && !output.endsWith('\n') ? `${output}\n` : output;
    if (options.outputFile) writeFileSync(resolve(io.cwd, options.outputFile), text);
    else if (text) io.stdout(text);
    return exitCode(results, options);
  } catch (error) {
    if (error instanceof FileProblemsError) {
      io.stderr(`commslint: invalid configuration or rule files:\n${error.message}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`commslint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function lintStdin(projects: ProjectResolver, options: CliOptions, io: CliIO): Promise<LintResult> {
  const filePath = options.stdinFilename ? resolve(io.cwd, options.stdinFilename) : '<stdin>';
  const draft = decodeDraft(await io.readStdin());
  if (draft.kind === 'binary') throw new InputError(`Standard input is not UTF-8 text (${draft.reason}).`, filePath);
  // Standard input is never written back: with --fix the fixed text goes to the report's `output`.
  return lintDraft(projects.forFile(options.stdinFilename), filePath, draft.text, { ...options, keepSource: options.format === 'html' }).result;
}

/** json and compact: each file's part of the report written as soon as its turn comes. */
async function lintStreaming(streaming: StreamingFormatter, projects: ProjectResolver, resolverOptions: ResolverOptions, options: CliOptions, io: CliIO): Promise<number> {
  const fd = options.outputFile ? openSync(resolve(io.cwd, options.outputFile), 'w') : undefined;
  const write = (text: string): void => {
    if (!text) return;
    if (fd === undefined) io.stdout(text);
    else writeSync(fd, text);
  };
  const totals = { errorCount: 0, warningCount: 0 };
  const state = { first: true };
  try {
    // The head goes out with the first file, so a run that stops at once (a broken config) prints nothing.
    await lintPaths(projects, resolverOptions, options, io, (result) => {
      totals.errorCount += result.errorCount;
      totals.warningCount += result.warningCount;
      write((state.first ? streaming.head : '') + streaming.file(options.quiet ? errorsOnly(result) : result, state.first));
      state.first = false;
    });
    write((state.first ? streaming.head : '') + streaming.tail);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return exitCode([totals], options);
}

/**
 * Lints every file, in this thread or in workers, and hands each result to `deliver` in the order
 * of the file list; nothing is kept once delivered.
 */
async function lintPaths(projects: ProjectResolver, resolverOptions: ResolverOptions, options: CliOptions, io: CliIO, deliver: (result: LintResult) => void): Promise<void> {
  const files = await findFiles(options.paths, { cwd: io.cwd });
  // Process-wide, so worker threads share it.
  limitHeapGrowth(files.length);
  const progress = createProgress(files.length, io.stderr, io.stderrIsTTY && !io.env.CI);
  const named = new Set(options.paths.map((p) => resolve(io.cwd, p)));
  // The HTML report shows each draft's text, which cached results do not keep.
  const keepSource = options.format === 'html';
  const run: FileRunOptions = { fix: options.fix, fixDryRun: options.fixDryRun, locale: options.locale, cwd: io.cwd, cache: options.cache && !options.fix && !options.fixDryRun && !keepSource, keepSource };
  const cache = run.cache ? LintCache.load(resolve(io.cwd, options.cacheLocation)) : undefined;
  const tasks = files.map((file, index) => ({ index, file, named: named.has(file), cached: cache?.get(file) }));
  const workers = options.concurrency === 'auto' ? autoConcurrency(files.length) : options.concurrency;
  // Workers finish out of order: an outcome waits here until every file before it is delivered.
  const waiting = new Map<number, FileOutcome>();
  let next = 0;
  const accept = (index: number, outcome: FileOutcome): void => {
    progress.tick(index, relative(io.cwd, files[index]!));
    waiting.set(index, outcome);
    for (let ready = waiting.get(next); ready; ready = waiting.get(next)) {
      waiting.delete(next);
      for (const note of ready.notes) io.stderr(`${note}\n`);
      if (ready.cacheEntry) cache?.set(files[next]!, ready.cacheEntry);
      if (ready.result) deliver(ready.result);
      next++;
    }
  };
  if (workers > 1) {
    await lintInWorkers(tasks, workers, { resolver: resolverOptions, run }, accept);
  } else {
    for (const task of tasks) accept(task.index, await lintFile(projects, task.file, task.named, run, task.cached));
  }
  progress.done();
  const cacheProblem = cache?.save();
  if (cacheProblem) io.stderr(`commslint: warning: ${cacheProblem}\n`);
}

function errorsOnly(result: LintResult): LintResult {
  const messages = result.messages.filter((m) => m.severity === 'error');
  return { ...result, messages, warningCount: 0, infoCount: 0, fixableWarningCount: 0 };
}

function exitCode(results: Pick<LintResult, 'errorCount' | 'warningCount'>[], options: CliOptions): number {
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return 1;
  return 0;
}

/** https://no-color.org: NO_COLOR set to anything non-empty turns colour off; FORCE_COLOR turns it on. */
function useColor(options: CliOptions, io: CliIO): boolean {
  if (options.color !== undefined) return options.color;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY && io.env.TERM !== 'dumb';
}

async function runDerive(doc: string | undefined, io: CliIO): Promise<number> {
  if (!doc) {
    io.stderr('commslint: name a document: commslint derive DOC > rules/derived.yaml\n');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, doc), 'utf8');
  } catch (error) {
    io.stderr(`commslint: cannot read ${doc}: ${(error as Error).message}\n`);
    return 2;
  }
  io.stdout((await import('../derive/derive.js')).deriveRules(text, { seed: doc }));
  return 0;
}

/** The user's language from the environment (LC_ALL, LC_MESSAGES, LANG), for commands with no draft. */
function userLocale(env: NodeJS.ProcessEnv): Lang {
  const tag = env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return tag.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}


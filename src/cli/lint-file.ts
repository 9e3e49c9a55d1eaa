// One draft from path to result: its project, the ignore check, reading, linting or fixing, writing.
// The serial run and the worker threads both call this, so they cannot drift apart.
import { relative } from 'node:path';
import type { Project } from '../config/project.js';
import type { ProjectResolver } from '../config/resolver.js';
import type { FixResult } from '../engine/fix.js';
import { toParagraphPositions } from '../input/docx.js';
import { readDraft } from '../input/read-draft.js';
import { writeDraftAtomic } from '../input/write-draft.js';
import type { Lang, LintResult } from '../types.js';
import { cacheKeys, type CacheEntry } from './cache.js';

export interface FileRunOptions {
  fix: boolean;
  fixDryRun: boolean;
  locale: Lang | undefined;
  cwd: string;
  /** Keep a cache of results (never with a fix: fixing needs the text itself). */
  cache: boolean;
  /** Keep each draft's text in its result, for the HTML report that shows it. */
  keepSource?: boolean;
}

export interface FileOutcome {
  /** Absent when the file was skipped (ignored by the config, binary, not UTF-8). */
  result?: LintResult;
  /** Lines for stderr: skips and fixes, in the file's turn. */
  notes: string[];
  /** A fresh cache entry, when the run keeps a cache. */
  cacheEntry?: CacheEntry;
}

/**
 * Lints one draft, or fixes it with --fix / --fix-dry-run. The report carries `output` only when
 * a fix changed the text (as ESLint does), and never the draft's own text, so memory stays flat
 * however many files a run reads.
 */
export function lintDraft(project: Project, filePath: string, text: string, options: Pick<FileRunOptions, 'fix' | 'fixDryRun' | 'locale' | 'keepSource'>): { result: LintResult; fixed?: FixResult } {
  const settings = project.settingsFor(filePath);
  const lintOptions = { filePath, locale: options.locale ?? settings.locale, rules: settings.rules };
  const source = options.keepSource ? text : undefined;
  if (!options.fix && !options.fixDryRun) return { result: { ...project.linter.lintDocument(text, lintOptions), source } };
  const fixed = project.linter.fixText(text, lintOptions);
  // The remaining messages point into the fixed text, so that is the source to show.
  return { result: { ...fixed, source: options.keepSource ? fixed.output : undefined, output: fixed.output === text ? undefined : fixed.output }, fixed };
}

/**
 * Lints the file at `file` (an absolute path). `named` says the user gave this exact path, so a
 * skip is worth a note; `cached` is the file's entry from the last run, if any.
 */
export async function lintFile(projects: ProjectResolver, file: string, named: boolean, options: FileRunOptions, cached?: CacheEntry): Promise<FileOutcome> {
  const project = projects.forFile(file);
  if (project.isIgnored(file)) {
    const where = project.config.file ? relative(options.cwd, project.config.file) || project.config.file : 'the config';
    return { notes: named ? [`commslint: skipped ${file}: it matches "ignores" in ${where}`] : [] };
  }
  const draft = await readDraft(file);
  if (draft.kind === 'binary') return { notes: [`commslint: skipped ${file}: ${draft.reason}`] };
  const keys = options.cache ? cacheKeys(project, file, draft.text, options.locale) : undefined;
  if (keys && cached && cached.content === keys.content && cached.settings === keys.settings) {
    return { result: { ...cached.result, filePath: file }, notes: [], cacheEntry: cached };
  }
  // A Word document is never rewritten: --fix only lints it, and its findings point at paragraphs.
  const rewritable = !(draft.docx && options.fix);
  const linted = lintDraft(project, file, draft.text, rewritable ? options : { ...options, fix: false });
  const { fixed } = linted;
  const result = draft.docx ? toParagraphPositions(linted.result) : linted.result;
  const notes: string[] = [];
  const unapplied = rewritable ? 0 : result.fixableErrorCount + result.fixableWarningCount;
  if (unapplied) notes.push(`commslint: not fixed ${file}: a Word document is never rewritten; apply the ${unapplied} fix${unapplied === 1 ? '' : 'es'} in Word`);
  if (options.fix && fixed && fixed.output !== draft.text) {
    await writeDraftAtomic(file, (draft.bom ? '\uFEFF' : '') + fixed.output);
    notes.push(`commslint: fixed ${fixed.fixCount} problem${fixed.fixCount === 1 ? '' : 's'} in ${file}`);
  }
  return { result, notes, cacheEntry: keys ? { ...keys, result } : undefined };
}

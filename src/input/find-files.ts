// Turns the files, folders and globs given on the command line into the sorted list of drafts to lint.
import { readFile, readdir, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

import { lazyRequire } from '../lazy-require.js';

/** fast-glob and its ~70 modules (~20 ms), loaded only when a pattern is a glob. */
const fg = lazyRequire<typeof import('fast-glob')>('fast-glob');

/** A path or glob the user gave cannot be used; the message says what to do about it. */
export class InputError extends Error {
  override readonly name = 'InputError';
  /** The path or glob as the user wrote it (or the file that failed). */
  readonly path: string;

  constructor(message: string, path: string, options?: ErrorOptions) {
    super(message, options);
    this.path = path;
  }
}

export interface FindFilesOptions {
  /** Relative patterns are resolved against this folder. */
  cwd: string;
  /** Extensions picked up when walking a folder (case-insensitive, dot optional). */
  extensions?: string[];
}

const DEFAULT_EXTENSIONS = ['.md', '.markdown', '.docx'];
// Never drafts, and too big to walk: skipped in folders and globs even without a .gitignore.
const SKIPPED_FOLDER_NAMES = new Set(['node_modules', '.git']);
const SKIPPED_BY_GLOB = ['**/node_modules/**', '**/.git/**'];

function normalizeExtensions(extensions: string[]): Set<string> {
  return new Set(extensions.map((extension) => (extension.startsWith('.') ? extension : `.${extension}`).toLowerCase()));
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** `stat`, or undefined when nothing is there. Other failures (permissions) are real errors. */
async function statIfExists(filePath: string): Promise<Stats | undefined> {
  try {
    return await stat(filePath);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

function isInsideOrSame(folder: string, target: string): boolean {
  const relative = path.relative(folder, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** `top`, then each folder below it down to `folder`; empty when `folder` is not under `top`. */
function foldersFromTop(top: string, folder: string): string[] {
  if (!isInsideOrSame(top, folder)) return [];
  const folders = [folder];
  let current = folder;
  while (current !== top) {
    current = path.dirname(current);
    folders.push(current);
  }
  return folders.reverse();
}

/**
 * Answers "would git ignore this path?" from the .gitignore files between a top folder and the
 * path. Files are read once and shared by all patterns of one findFiles call.
 */
class GitignoreRules {
  private readonly rulesByFolder = new Map<string, Promise<Ignore | undefined>>();
  private readonly gitRootByFolder = new Map<string, Promise<string | undefined>>();
  private readonly ignoredFolders = new Map<string, Promise<boolean>>();

  /** The nearest folder at or above `folder` holding `.git` (a folder, or a file in worktrees). */
  gitRoot(folder: string): Promise<string | undefined> {
    let root = this.gitRootByFolder.get(folder);
    if (!root) {
      root = (async () => {
        if (await statIfExists(path.join(folder, '.git'))) return folder;
        const parent = path.dirname(folder);
        return parent === folder ? undefined : this.gitRoot(parent);
      })();
      this.gitRootByFolder.set(folder, root);
    }
    return root;
  }

  /** Where .gitignore files start to apply: the git root, or `fallback` outside a repository. */
  async topFor(folder: string, fallback: string): Promise<string> {
    return (await this.gitRoot(folder)) ?? fallback;
  }

  private rulesIn(folder: string): Promise<Ignore | undefined> {
    let rules = this.rulesByFolder.get(folder);
    if (!rules) {
      rules = readFile(path.join(folder, '.gitignore'), 'utf8').then(
        (text) => ignore().add(text),
        (error: unknown) => {
          if (errorCode(error) === 'ENOENT') return undefined;
          throw error;
        },
      );
      this.rulesByFolder.set(folder, rules);
    }
    return rules;
  }

  /** Whether `target` (a file, or a folder when `isFolder`) is ignored, reading .gitignore files from `top` down. */
  async isIgnored(target: string, isFolder: boolean, top: string): Promise<boolean> {
    const parent = path.dirname(target);
    // Git does not look inside an ignored folder, so a deeper `!pattern` cannot bring a file back.
    if (parent !== top && isInsideOrSame(top, parent) && (await this.isFolderIgnored(parent, top))) return true;
    let ignored = false;
    // Deeper .gitignore files override shallower ones, as in git.
    for (const folder of foldersFromTop(top, parent)) {
      const rules = await this.rulesIn(folder);
      if (!rules) continue;
      const relative = path.relative(folder, target).split(path.sep).join('/');
      const verdict = rules.test(isFolder ? `${relative}/` : relative);
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  }

  private isFolderIgnored(folder: string, top: string): Promise<boolean> {
    const key = `${top}\0${folder}`;
    let ignored = this.ignoredFolders.get(key);
    if (!ignored) {
      ignored = this.isIgnored(folder, true, top);
      this.ignoredFolders.set(key, ignored);
    }
    return ignored;
  }
}

interface FolderWalk {
  files: string[];
  /** Whether .gitignore hid anything, to explain an empty walk. */
  skippedIgnored: boolean;
}

// Symlinked folders are not followed (they can loop); symlinked files are, like regular files.
async function walkFolder(root: string, extensions: ReadonlySet<string>, gitignores: GitignoreRules): Promise<FolderWalk> {
  const top = await gitignores.topFor(root, root);
  const walk: FolderWalk = { files: [], skippedIgnored: false };
  const pending = [root];
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      // `~$name.docx` is the lock file Word keeps beside an open document, not a draft.
      if (SKIPPED_FOLDER_NAMES.has(entry.name) || entry.name.startsWith('~$')) continue;
      const entryPath = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (await gitignores.isIgnored(entryPath, true, top)) walk.skippedIgnored = true;
        else pending.push(entryPath);
        continue;
      }
      if (!extensions.has(path.extname(entry.name).toLowerCase())) continue;
      const isFile = entry.isFile() || (entry.isSymbolicLink() && (await statIfExists(entryPath))?.isFile() === true);
      if (!isFile) continue;
      if (await gitignores.isIgnored(entryPath, false, top)) walk.skippedIgnored = true;
      else walk.files.push(entryPath);
    }
  }
  return walk;
}

async function expandFolder(
  pattern: string,
  folder: string,
  extensions: ReadonlySet<string>,
  gitignores: GitignoreRules,
): Promise<string[]> {
  const walk = await walkFolder(folder, extensions, gitignores);
  if (walk.files.length > 0) return walk.files;
  const wanted = [...extensions].join(', ');
  const hidden = walk.skippedIgnored ? ' outside the paths its .gitignore files exclude' : '';
  throw new InputError(
    `No files ending in ${wanted} were found in folder '${pattern}'${hidden}. ` +
      'Check the path, or name the files (or a glob) to lint.',
    pattern,
  );
}

async function expandGlob(pattern: string, cwd: string, gitignores: GitignoreRules): Promise<string[]> {
  const matches = await fg()(pattern, { cwd, absolute: true, onlyFiles: true, dot: true, ignore: SKIPPED_BY_GLOB });
  if (matches.length === 0) {
    throw new InputError(`No files matching '${pattern}' were found. Check the path or glob.`, pattern);
  }
  // Outside a repository, .gitignore files apply from the glob's fixed part down (`drafts` in `drafts/**/*.md`).
  const globBase = path.resolve(cwd, fg().generateTasks(pattern)[0]?.base ?? '.');
  const kept: string[] = [];
  for (const match of matches) {
    const file = path.resolve(match);
    const top = await gitignores.topFor(path.dirname(file), globBase);
    if (!(await gitignores.isIgnored(file, false, top))) kept.push(file);
  }
  if (kept.length === 0) {
    throw new InputError(
      `All files matching '${pattern}' are ignored by .gitignore. Name a file directly to lint it anyway.`,
      pattern,
    );
  }
  return kept;
}

async function expandPattern(
  pattern: string,
  cwd: string,
  extensions: ReadonlySet<string>,
  gitignores: GitignoreRules,
): Promise<string[]> {
  const absolute = path.resolve(cwd, pattern);
  // An existing path wins over glob syntax, so a file named `draft[1].md` is found as written.
  const stats = await statIfExists(absolute);
  if (stats?.isDirectory()) return expandFolder(pattern, absolute, extensions, gitignores);
  // A path the user names is linted whatever its extension or .gitignore says.
  if (stats) return [absolute];
  if (fg().isDynamicPattern(pattern)) return expandGlob(pattern, cwd, gitignores);
  throw new InputError(`No file or folder '${pattern}' was found (looked for ${absolute}). Check the path or glob.`, pattern);
}

function compareCodeUnits(left: string, right: string): number {
  if (left < right) return -1;
  return left > right ? 1 : 0;
}

/**
 * Files to lint for `patterns`: files as named, folders walked for Markdown and Word (skipping
 * node_modules, .git and what .gitignore files exclude), globs expanded with fast-glob.
 * Absolute paths, sorted by code unit, without duplicates. Throws InputError for a pattern
 * that yields nothing. No patterns gives no files: choosing a default is the caller's business.
 */
export async function findFiles(patterns: string[], options: FindFilesOptions): Promise<string[]> {
  const extensions = normalizeExtensions(options.extensions ?? DEFAULT_EXTENSIONS);
  const cwd = path.resolve(options.cwd);
  const gitignores = new GitignoreRules();
  const found = new Set<string>();
  // One pattern at a time, so the first bad pattern on the command line is the one reported.
  for (const pattern of patterns) {
    for (const file of await expandPattern(pattern, cwd, extensions, gitignores)) found.add(file);
  }
  return [...found].sort(compareCodeUnits);
}

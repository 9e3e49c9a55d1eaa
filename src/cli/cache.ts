// --cache: results kept between runs, keyed as ESLint keys them: the file's content and everything
// that decides its messages (commslint's version, the compiled rules, vocabularies, settings, locale).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Project } from '../config/project.js';
import { packageVersion } from '../paths.js';
import type { Lang, LintResult } from '../types.js';

export interface CacheEntry {
  /** Hash of the draft's text. */
  content: string;
  /** Hash of the rules and settings that applied to it. */
  settings: string;
  result: LintResult;
}

interface CacheFile {
  format: 'commslint-cache@1';
  entries: Record<string, CacheEntry>;
}

const FORMAT = 'commslint-cache@1';
const hash = (text: string): string => createHash('sha256').update(text).digest('base64url');

// One hash per project per process: the pack does not change during a run.
const packHashes = new WeakMap<Project, string>();

function packHash(project: Project): string {
  let value = packHashes.get(project);
  if (value === undefined) {
    value = hash(JSON.stringify([packageVersion(), project.linter.rules.map((r) => r.spec), project.config.vocabularies]));
    packHashes.set(project, value);
  }
  return value;
}

export function cacheKeys(project: Project, filePath: string, text: string, locale: Lang | undefined): Omit<CacheEntry, 'result'> {
  return { content: hash(text), settings: hash(JSON.stringify([packHash(project), project.settingsFor(filePath), locale ?? null])) };
}

/** The cache file: read once at the start of a run, written once at its end. */
export class LintCache {
  private constructor(
    readonly path: string,
    private readonly entries: Map<string, CacheEntry>,
  ) {}

  /**
   * A missing, unreadable or foreign file is an empty cache: a cache may always be thrown away.
   * A folder given as the location holds `.commslintcache`, as with ESLint.
   */
  static load(location: string): LintCache {
    const path = isFolder(location) ? join(location, '.commslintcache') : location;
    try {
      const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<CacheFile>;
      if (data.format === FORMAT && data.entries && typeof data.entries === 'object') {
        return new LintCache(path, new Map(Object.entries(data.entries)));
      }
    } catch {
      // Fall through to an empty cache.
    }
    return new LintCache(path, new Map());
  }

  get(filePath: string): CacheEntry | undefined {
    return this.entries.get(filePath);
  }

  set(filePath: string, entry: CacheEntry): void {
    this.entries.set(filePath, entry);
  }

  /**
   * Entries of deleted drafts are dropped. Written to a temp file and renamed, so an interrupted
   * run leaves the old cache whole.
   */
  save(): string | undefined {
    const kept = [...this.entries].filter(([filePath]) => existsSync(filePath));
    const data: CacheFile = { format: FORMAT, entries: Object.fromEntries(kept) };
    const temp = `${this.path}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, JSON.stringify(data));
      renameSync(temp, this.path);
      return undefined;
    } catch (error) {
      rmSync(temp, { force: true });
      // Losing the cache costs the next run time, never its report: a warning, not a failure.
      return `could not write the cache ${this.path} (${error instanceof Error ? error.message : String(error)}); the next run will lint every file again`;
    }
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

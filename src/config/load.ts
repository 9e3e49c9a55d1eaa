// Finds and reads the project config (.commslintrc.yaml), validated against schemas/config.schema.json.
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { lazyValidator } from '../schema-validator.js';
import { FileProblemsError, type FileProblem } from '../pack/problems.js';
import type { TermList } from '../segment/terms.js';
import type { Lang, RuleSetting } from '../types.js';
import { explain, locate } from '../yaml/explain.js';
import { readYamlFile, recordProblems } from '../yaml/read.js';

export const CONFIG_NAMES = ['.commslintrc.yaml', '.commslintrc.yml', 'commslint.config.yaml'] as const;
export const RECOMMENDED = 'commslint:recommended';

export interface Override {
  files: string[];
  rules: Record<string, RuleSetting>;
  locale?: Lang;
}

export interface CommslintConfig {
  /** Absolute path of the config file, or undefined for the default (no file). */
  file?: string;
  /** The folder paths in the config are relative to. */
  dir: string;
  extends: string[];
  rules: Record<string, RuleSetting>;
  vocabularies: Record<string, TermList>;
  overrides: Override[];
  ignores: string[];
  locale?: Lang;
  /** Line and column of a setting in the file, for errors found after loading (unknown rule ids). */
  locate(path: (string | number)[]): { line: number; column: number };
}

type RawSetting = RuleSetting | { severity?: RuleSetting };
interface RawConfig {
  extends?: string | string[];
  rules?: Record<string, RawSetting>;
  vocabularies?: Record<string, TermList>;
  overrides?: { files: string[]; rules?: Record<string, RawSetting>; locale?: Lang }[];
  ignores?: string[];
  locale?: Lang;
}

const configValidator = lazyValidator<RawConfig>('config.schema.json');

/** The config that applies without a file: the built-in pack as it ships. */
export function defaultConfig(dir: string): CommslintConfig {
  return { dir, extends: [RECOMMENDED], rules: {}, vocabularies: {}, overrides: [], ignores: [], locate: () => ({ line: 1, column: 1 }) };
}

/** The nearest config file from `startDir` upward, stopping at the repository root (the folder with .git). */
export function findConfigFile(startDir: string): string | undefined {
  for (let dir = startDir; ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const file = join(dir, name);
      if (existsSync(file)) return file;
    }
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return undefined;
  }
}

/** Reads and validates a config file; throws FileProblemsError listing every problem at once. */
export function loadConfig(file: string, displayRoot = process.cwd()): CommslintConfig {
  const shown = relative(displayRoot, file) || file;
  const problems: FileProblem[] = [];
  const yaml = readYamlFile(file, shown, problems);
  if (!yaml) throw new FileProblemsError(problems);
  const data = yaml.data ?? {};
  const validateConfig = configValidator();
  if (!validateConfig(data)) {
    recordProblems(yaml, shown, explain(validateConfig.errors ?? [], 'the config'), problems);
    throw new FileProblemsError(problems);
  }
  const raw = data;
  return {
    file,
    dir: dirname(file),
    extends: raw.extends === undefined ? [RECOMMENDED] : [raw.extends].flat(),
    rules: normalizeSettings(raw.rules),
    vocabularies: raw.vocabularies ?? {},
    overrides: (raw.overrides ?? []).map((o) => ({ files: o.files, rules: normalizeSettings(o.rules), locale: o.locale })),
    ignores: raw.ignores ?? [],
    locale: raw.locale,
    locate: (path) => yaml.at(locate(yaml.doc, path)),
  };
}

function normalizeSettings(raw: Record<string, RawSetting> | undefined): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const [key, value] of Object.entries(raw ?? {})) {
    const severity = typeof value === 'string' ? value : value.severity;
    if (severity !== undefined) out[key] = severity;
  }
  return out;
}

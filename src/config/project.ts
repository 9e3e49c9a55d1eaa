// A config → the linter it describes (extends, vocabularies) and the settings of each file in it.
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { createLinter, type Linter } from '../engine/linter.js';
import { FileProblemsError, nearest, type FileProblem } from '../pack/problems.js';
import type { Lang, RuleSetting } from '../types.js';
import { RECOMMENDED, type CommslintConfig } from './load.js';

export interface Project {
  config: CommslintConfig;
  linter: Linter;
  /** Whether the config's `ignores` exclude the file. */
  isIgnored(filePath: string): boolean;
  /** Rule settings and locale for one file: the config's, then each matching override in order. */
  settingsFor(filePath: string): { rules: Record<string, RuleSetting>; locale?: Lang };
}

/** Builds the linter a config asks for and checks that every rule it names exists. */
export function openProject(config: CommslintConfig, extraRulePaths: string[] = []): Project {
  const rulePaths = [...config.extends.filter((e) => e !== RECOMMENDED).map((e) => resolveExtends(e, config)), ...extraRulePaths];
  const linter = createLinter({ builtin: config.extends.includes(RECOMMENDED), rulePaths, vocabularies: config.vocabularies });
  checkRuleNames(config, linter);
  const ignores = matcher(config.ignores);
  const overrides = config.overrides.map((o) => ({ ...o, matches: matcher(o.files) }));
  const relativePath = (filePath: string): string | undefined => {
    const rel = relative(config.dir, resolve(filePath));
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : undefined;
  };
  return {
    config,
    linter,
    isIgnored: (filePath) => {
      const rel = relativePath(filePath);
      return rel !== undefined && ignores.ignores(rel);
    },
    settingsFor: (filePath) => {
      const rel = relativePath(filePath);
      let rules = { ...config.rules };
      let locale = config.locale;
      for (const o of overrides) {
        if (rel === undefined || !o.matches.ignores(rel)) continue;
        rules = { ...rules, ...o.rules };
        locale = o.locale ?? locale;
      }
      return { rules, locale };
    },
  };
}

/** Globs with .gitignore semantics, relative to the config's folder. */
function matcher(globs: string[]): Ignore {
  return ignore().add(globs);
}

/**
 * `extends` entries other than commslint:recommended: a path (file or folder of rule files),
 * or an npm package resolved from the project (its `rules/` folder, or the package folder).
 */
function resolveExtends(entry: string, config: CommslintConfig): string {
  const asPath = resolve(config.dir, entry);
  if (entry.startsWith('.') || isAbsolute(entry) || existsSync(asPath)) {
    if (!existsSync(asPath)) throw configProblem(config, ['extends'], `"${entry}" was not found (looked for ${asPath})`);
    return asPath;
  }
  try {
    const require = createRequire(join(config.dir, 'package.json'));
    const root = dirname(require.resolve(`${entry}/package.json`));
    const rules = join(root, 'rules');
    return existsSync(rules) && statSync(rules).isDirectory() ? rules : root;
  } catch {
    throw configProblem(config, ['extends'], `the rule package "${entry}" is not installed; run \`npm install --save-dev ${entry}\``);
  }
}

/** A rule id (or category) in `rules` or `overrides` that the active pack does not have. */
function checkRuleNames(config: CommslintConfig, linter: Linter): void {
  const known = new Set(linter.rules.flatMap((r) => [r.spec.id, r.spec.category]));
  const problems: FileProblem[] = [];
  const check = (settings: Record<string, RuleSetting>, path: (string | number)[]): void => {
    for (const id of Object.keys(settings)) {
      if (known.has(id)) continue;
      const guess = nearest(id, known);
      problems.push(problemAt(config, [...path, id], `unknown rule "${id}"${guess ? `; did you mean "${guess}"?` : ''}`));
    }
  };
  check(config.rules, ['rules']);
  config.overrides.forEach((o, i) => { check(o.rules, ['overrides', i, 'rules']); });
  if (problems.length) throw new FileProblemsError(problems);
}

function problemAt(config: CommslintConfig, path: (string | number)[], message: string): FileProblem {
  return { file: config.file ?? '<config>', ...config.locate(path), message };
}

function configProblem(config: CommslintConfig, path: (string | number)[], message: string): FileProblemsError {
  return new FileProblemsError([problemAt(config, path, message)]);
}

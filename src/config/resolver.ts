// Which project (config + linter) a file belongs to, each config loaded and compiled once per run.
import { dirname, resolve } from 'node:path';
import type { RuleSpec } from '../pack/spec.js';
import { defaultConfig, findConfigFile, loadConfig } from './load.js';
import { openProject, type Project } from './project.js';

export interface ResolverOptions {
  cwd: string;
  /** --config FILE: one config for every file. */
  configFile?: string;
  /** --no-config: the built-in defaults, whatever files exist. */
  noConfig?: boolean;
  /** --rules DIR: extra packs added to every project. */
  rulePaths?: string[];
}

export class ProjectResolver {
  private readonly byConfigFile = new Map<string, Project>();
  private readonly configOfDir = new Map<string, string | undefined>();
  private fallback: Project | undefined;

  constructor(private readonly options: ResolverOptions) {}

  /** The project of a file (or of the current folder when there is no file, as for stdin). */
  forFile(filePath?: string): Project {
    const { configFile, noConfig, cwd } = this.options;
    if (noConfig) return this.defaultProject();
    const file = configFile ? resolve(cwd, configFile) : this.configFileFor(filePath ? dirname(resolve(cwd, filePath)) : cwd);
    if (!file) return this.defaultProject();
    let project = this.byConfigFile.get(file);
    if (!project) {
      project = openProject(loadConfig(file, cwd), this.options.rulePaths);
      this.byConfigFile.set(file, project);
    }
    return project;
  }

  /** The rules of every project opened so far, each id once (for formats that describe rules). */
  rulesInUse(): RuleSpec[] {
    const projects = [...this.byConfigFile.values(), ...(this.fallback ? [this.fallback] : [])];
    const byId = new Map(projects.flatMap((p) => p.linter.rules.map((r) => [r.spec.id, r.spec] as const)));
    return [...byId.values()];
  }

  private configFileFor(dir: string): string | undefined {
    if (!this.configOfDir.has(dir)) this.configOfDir.set(dir, findConfigFile(dir));
    return this.configOfDir.get(dir);
  }

  private defaultProject(): Project {
    this.fallback ??= openProject(defaultConfig(this.options.cwd), this.options.rulePaths);
    return this.fallback;
  }
}

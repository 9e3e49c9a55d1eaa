// Where commslint-lsp is: the workspace's node_modules/.bin, then the setting, then PATH. No 'vscode' import, so it is testable.
import { existsSync } from 'node:fs';
import { delimiter as pathDelimiter, isAbsolute, join, resolve } from 'node:path';

export interface ServerLookup {
  /** Workspace folder paths, first folder first. */
  workspaceFolders: readonly string[];
  /** The `commslint.serverPath` setting, if set. */
  serverPath?: string | null;
  /** The PATH environment variable. */
  envPath?: string;
  platform: NodeJS.Platform;
  /** Injected so tests need no real files. */
  exists?: (path: string) => boolean;
}

export interface ServerCommand {
  command: string;
  args: string[];
  /** Windows runs npm's .cmd shims only through a shell. */
  shell: boolean;
  /** Where the command was found, for the output channel. */
  from: 'workspace' | 'setting' | 'PATH';
}

/**
 * The workspace's own install comes first, so the editor lints with the same version and rules as
 * the project's CI; the setting is for global or unusual installs; PATH is the last resort.
 */
export function resolveServer(lookup: ServerLookup): ServerCommand | undefined {
  const exists = lookup.exists ?? existsSync;
  const names = binNames(lookup.platform);
  for (const folder of lookup.workspaceFolders) {
    const found = firstExisting(names.map((name) => join(folder, 'node_modules', '.bin', name)), exists);
    if (found) return commandFor(found, lookup.platform, 'workspace');
  }
  if (lookup.serverPath) {
    const base = lookup.workspaceFolders[0] ?? process.cwd();
    const path = isAbsolute(lookup.serverPath) ? lookup.serverPath : resolve(base, lookup.serverPath);
    // A set but missing path is reported rather than silently replaced by whatever PATH has.
    return exists(path) ? commandFor(path, lookup.platform, 'setting') : undefined;
  }
  const dirs = (lookup.envPath ?? '').split(lookup.platform === 'win32' ? ';' : pathDelimiter).filter(Boolean);
  const found = firstExisting(dirs.flatMap((dir) => names.map((name) => join(dir, name))), exists);
  return found ? commandFor(found, lookup.platform, 'PATH') : undefined;
}

/** npm installs a shell script on POSIX and .cmd/.ps1 shims on Windows; only .cmd is spawnable. */
function binNames(platform: NodeJS.Platform): string[] {
  return platform === 'win32' ? ['commslint-lsp.cmd', 'commslint-lsp.exe'] : ['commslint-lsp'];
}

function firstExisting(paths: string[], exists: (path: string) => boolean): string | undefined {
  return paths.find((p) => exists(p));
}

/**
 * A .js file runs with the system's node, not VS Code's: commslint's jieba tokenizer is a native
 * addon built for the installed Node.js.
 */
function commandFor(path: string, platform: NodeJS.Platform, from: ServerCommand['from']): ServerCommand {
  if (/\.[cm]?js$/.test(path)) return { command: 'node', args: [path, '--stdio'], shell: false, from };
  return { command: path, args: ['--stdio'], shell: platform === 'win32' && /\.cmd$/i.test(path), from };
}

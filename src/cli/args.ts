// argv → options, with every usage error as a plain sentence (exit code 2).
import { parseArgs } from 'node:util';
import { FORMATTERS, type FormatterName } from '../format/index.js';
import { packageVersion } from '../paths.js';
import type { Lang } from '../types.js';

export type Command = 'lint' | 'init' | 'rules' | 'explain' | 'test' | 'eval' | 'derive' | 'serve';
const COMMANDS = new Set<Command>(['init', 'rules', 'explain', 'test', 'eval', 'derive', 'serve']);

export interface CliOptions {
  command: Command;
  /** Paths to lint, or the arguments of a sub-command (the rule id for explain). */
  paths: string[];
  format: FormatterName;
  outputFile: string | undefined;
  rules: string[];
  config: string | undefined;
  noConfig: boolean;
  stdin: boolean;
  stdinFilename: string | undefined;
  quiet: boolean;
  fix: boolean;
  fixDryRun: boolean;
  maxWarnings: number | undefined;
  locale: Lang | undefined;
  color: boolean | undefined;
  /** Worker threads for many files: a number, or 'auto' (one thread for small runs, else the cores). */
  concurrency: number | 'auto';
  cache: boolean;
  cacheLocation: string;
  /** serve: where the review page listens (127.0.0.1 unless asked). */
  host: string;
  port: number;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export const HELP = `Usage: commslint [options] [file|dir|glob ...]
       commslint init | rules [--format json] | explain RULE | test [PATH ...] | eval DIR | derive DOC
       commslint serve [--port N] [--host ADDRESS]

Lints Markdown drafts (press releases, posts, speeches, FAQs) for compliance risks:
persona-safety, combative, fan-mobilization, aesthetics-over-safety, absolute-claim,
autonomy-overclaim. Folders are searched for .md, .markdown and Word .docx files; .gitignore is respected.
Each file uses the nearest .commslintrc.yaml (or .commslintrc.yml, commslint.config.yaml) found
from its folder up to the repository root.

Options:
  -f, --format NAME        stylish (default), json, compact, github, sarif, junit or html (a report to attach)
  -o, --output-file FILE   write the report to FILE instead of standard output
  -c, --config FILE        use this config file instead of looking for .commslintrc.yaml
      --no-config          ignore config files: the built-in pack with its own settings
      --rules DIR          also load the rule files in DIR (repeatable)
      --stdin              lint the text on standard input
      --stdin-filename F   the name to report for standard input
      --fix                apply automatic fixes to the files (atomically; BOM and line endings kept)
      --fix-dry-run        compute the fixes without writing; --format json shows the fixed "output"
      --quiet              report errors only
      --max-warnings N     exit 1 when there are more than N warnings
      --locale zh|en       language of messages (default: each draft's own language)
      --color, --no-color  force colours on or off (default: on for a terminal, off with NO_COLOR)
      --concurrency N|auto|off
                           worker threads (default auto: one thread below 400 files, else the cores)
      --cache              reuse results of unchanged drafts from the last run (not with --fix)
      --cache-location F   the cache file (default .commslintcache)
  -v, --version            print the version
  -h, --help               print this help

Commands:
  init                     write a commented starter .commslintrc.yaml here (never overwrites)
  rules                    list the active rules: id, category, severity, kind, source
  explain RULE             a rule's message, rationale, examples and the case-study passage it cites
  test [PATH ...]          run the examples in rule files (default: the active rules); exit 1 on a failure
  eval DIR                 score the active rules on a labelled folder (labels.json): precision, recall
  derive DOC               propose a draft rule pack (YAML on stdout) from a case-study document
  serve                    a local review page: paste or drop a draft (.md, .txt, .docx) and see its
                           findings; on 127.0.0.1:8377 (--port N, --host ADDRESS only when you mean it)

Exit codes: 0 no errors (warnings allowed), 1 errors found or too many warnings,
2 usage error, unreadable input or invalid rule file.`;

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        'output-file': { type: 'string', short: 'o' },
        rules: { type: 'string', multiple: true, default: [] },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean', default: false },
        stdin: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        'max-warnings': { type: 'string' },
        locale: { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        concurrency: { type: 'string', default: 'auto' },
        cache: { type: 'boolean', default: false },
        'cache-location': { type: 'string', default: '.commslintcache' },
        port: { type: 'string', default: '8377' },
        host: { type: 'string', default: '127.0.0.1' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nRun \`commslint --help\` for the options.`);
  }
  const v = parsed.values;
  if (!FORMATTERS.includes(v.format as FormatterName)) {
    throw new UsageError(`Unknown format "${v.format}". Use one of: ${FORMATTERS.join(', ')}.`);
  }
  if (v.locale !== undefined && v.locale !== 'zh' && v.locale !== 'en') {
    throw new UsageError(`Unknown locale "${v.locale}". Use zh or en.`);
  }
  let maxWarnings: number | undefined;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new UsageError(`--max-warnings needs a whole number of 0 or more, not "${v['max-warnings']}".`);
    }
  }
  const concurrency = parseConcurrency(v.concurrency);
  const port = Number(v.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port needs a port number from 0 to 65535 (0 picks a free one), not "${v.port}".`);
  const [first, ...rest] = parsed.positionals;
  // A sub-command comes first; a folder named like one is linted as ./rules.
  const command: Command = first !== undefined && COMMANDS.has(first as Command) ? (first as Command) : 'lint';
  const options: CliOptions = {
    command,
    paths: command === 'lint' ? parsed.positionals : rest,
    format: v.format as FormatterName,
    outputFile: v['output-file'],
    rules: v.rules,
    config: v.config,
    noConfig: v['no-config'],
    stdin: v.stdin,
    stdinFilename: v['stdin-filename'],
    quiet: v.quiet,
    fix: v.fix,
    fixDryRun: v['fix-dry-run'],
    maxWarnings,
    locale: v.locale,
    color: v['no-color'] ? false : v.color,
    concurrency,
    cache: v.cache,
    cacheLocation: v['cache-location'],
    host: v.host,
    port,
    help: v.help,
    version: v.version,
  };
  if (command === 'lint' && !options.help && !options.version && !options.stdin && options.paths.length === 0) {
    throw new UsageError('No files to lint. Give files, folders or globs (e.g. `commslint drafts/`), or --stdin.');
  }
  if (options.stdin && options.paths.length > 0) {
    throw new UsageError('Give either --stdin or paths, not both.');
  }
  return options;
}

function parseConcurrency(value: string): number | 'auto' {
  if (value === 'auto') return 'auto';
  if (value === 'off') return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--concurrency needs a whole number of 1 or more, "auto" or "off", not "${value}".`);
  return n;
}

/**
 * argv → options, or the exit code when the arguments are answered at once: a usage error
 * (printed, 2), --help or --version (printed, 0). Shared by the CLI and the `serve` entry.
 */
export function parseOrAnswer(argv: string[], io: { stdout: (text: string) => void; stderr: (text: string) => void }): CliOptions | number {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`commslint: ${error.message}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout(`${HELP}\n`);
    return 0;
  }
  if (options.version) {
    io.stdout(`${packageVersion()}\n`);
    return 0;
  }
  return options;
}

// The entry of `commslint serve` from bin/commslint.js: the same options as the CLI, without
// loading the linting pipeline before the page is listening.
import { resolve } from 'node:path';
import { HELP, parseCliArgs, UsageError, type CliOptions } from '../cli/args.js';
import type { CliIO } from '../cli/main.js';
import { packageVersion } from '../paths.js';
import { runServe } from './command.js';

export async function main(argv: string[], io: CliIO): Promise<number> {
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
  const resolverOptions = { cwd: io.cwd, configFile: options.config, noConfig: options.noConfig, rulePaths: options.rules.map((p) => resolve(io.cwd, p)) };
  return runServe(resolverOptions, { host: options.host, port: options.port, cwd: io.cwd, locale: options.locale }, io);
}

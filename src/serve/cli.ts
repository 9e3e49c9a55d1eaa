// The entry of `commslint serve` from bin/commslint.js: the same options as the CLI, without
// loading the linting pipeline before the page is listening.
import { resolve } from 'node:path';
import { parseOrAnswer } from '../cli/args.js';
import type { CliIO } from '../cli/main.js';
import { runServe } from './command.js';

export async function main(argv: string[], io: CliIO): Promise<number> {
  const options = parseOrAnswer(argv, io);
  if (typeof options === 'number') return options;
  const resolverOptions = { cwd: io.cwd, configFile: options.config, noConfig: options.noConfig, rulePaths: options.rules.map((p) => resolve(io.cwd, p)) };
  return runServe(resolverOptions, { host: options.host, port: options.port, cwd: io.cwd, locale: options.locale }, io);
}

// commslint's cold commands: the CLI as a user runs it, one process per run.
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

/** Does this build of the CLI have --concurrency? (It arrived with issue 8; older builds lack it.) */
export function supportsConcurrency(root) {
  const help = execFileSync(process.execPath, [join(root, 'bin/commslint.js'), '--help'], { encoding: 'utf8' });
  return help.includes('--concurrency');
}

/**
 * `--no-config` so that a config file above the corpus cannot change the rules; JSON so that the
 * report's size does not depend on a terminal. Threads are pinned: the default `auto` would
 * use every core on a large folder.
 */
export function commslintCommands(root, { corpusDir, smallEn, smallZh, concurrency }) {
  const cli = (...args) => [join(root, 'bin/commslint.js'), '--no-config', '--format', 'json', ...args];
  const cores = availableParallelism();
  const commands = [
    { id: 'commslint-cli-1', args: cli(...(concurrency ? ['--concurrency', '1'] : []), corpusDir) },
    { id: 'commslint-startup-en', args: cli(smallEn) },
    { id: 'commslint-startup-zh', args: cli(smallZh) },
  ];
  if (concurrency) commands.push({ id: 'commslint-cli-n', args: cli('--concurrency', String(cores), corpusDir), cores });
  return commands;
}

// The parent's side of bench/warm/worker.mjs: start it, then ask for one timed pass at a time.
import { fork } from 'node:child_process';
import { join } from 'node:path';

export async function startWarmProcess(root, manifestPath) {
  const child = fork(join(root, 'bench/warm/worker.mjs'), [manifestPath, join(root, 'dist/index.js'), join(root, 'rules')], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: ['--expose-gc'],
  });
  const next = () =>
    new Promise((resolve, reject) => {
      const onExit = (code) => reject(new Error(`the warm benchmark process exited (code ${code})`));
      child.once('exit', onExit);
      child.once('message', (message) => {
        child.off('exit', onExit);
        resolve(message);
      });
    });
  const ready = await next();
  return {
    ...ready,
    /** `{ ms, rssMiB }` of one pass of `name` over every file. */
    pass: (name) => {
      const reply = next();
      child.send({ pass: name });
      return reply;
    },
    /** `{ ms, split: { name: ms }, rssMiB }` of the passes interleaved chunk by chunk. */
    interleave: (names) => {
      const reply = next();
      child.send({ interleave: names });
      return reply;
    },
    stop: () => child.send({ exit: true }),
  };
}

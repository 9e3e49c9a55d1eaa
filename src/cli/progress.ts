// A one-line progress indicator on stderr, only for a terminal and only once a run takes a while.

/** Runs shorter than this never show progress, so quick runs stay quiet. */
const SHOW_AFTER_MS = 1000;
const REDRAW_EVERY_MS = 100;

export interface Progress {
  tick(done: number, file: string): void;
  done(): void;
}

export function createProgress(total: number, write: (s: string) => void, enabled: boolean, now = Date.now): Progress {
  const started = now();
  let lastDraw = 0;
  let drawn = false;
  return {
    tick(done, file) {
      const t = now();
      if (!enabled || t - started < SHOW_AFTER_MS || t - lastDraw < REDRAW_EVERY_MS) return;
      lastDraw = t;
      drawn = true;
      const width = 24;
      const filled = Math.round((done / total) * width);
      const name = file.length > 40 ? `…${file.slice(-39)}` : file;
      write(`\r\u001b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${name}`);
    },
    done() {
      if (drawn) write('\r\u001b[2K');
    },
  };
}

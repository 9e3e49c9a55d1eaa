import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

describe('progress on stderr', () => {
  it('stays quiet for a short run, draws a bar once the run is long, and clears it at the end', () => {
    let clock = 0;
    const out: string[] = [];
    const progress = createProgress(10, (s) => out.push(s), true, () => clock);
    progress.tick(1, 'a.md');
    expect(out).toEqual([]);
    clock = 1500;
    progress.tick(5, 'drafts/b.md');
    expect(out.at(-1)).toMatch(/\[#{12}-{12}\] 5\/10 drafts\/b\.md$/);
    progress.done();
    expect(out.at(-1)).toBe('\r\u001b[2K');
  });

  it('never draws when stderr is not a terminal', () => {
    let clock = 0;
    const out: string[] = [];
    const progress = createProgress(10, (s) => out.push(s), false, () => clock);
    clock = 5000;
    progress.tick(5, 'a.md');
    progress.done();
    expect(out).toEqual([]);
  });
});

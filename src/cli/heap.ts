// How far V8 lets a long lint run's heap grow between full collections.
//
// Linting allocates about 1 KB per character of a draft and keeps almost none of it: after 8,000
// drafts some 25 MB is live. V8 picks a growing factor of up to four times the live size before
// the next full collection, and the high-water mark is what the process keeps: a 100 MB archive
// peaked at 312 MiB (jieba's dictionary is ~95 MB of that), 269 MiB with the factor fixed at 2.5,
// for ~6 % more CPU time and wall time within noise (8,000 drafts, 2 runs alternated). The flag
// replaces V8's choice everywhere, including the smaller factors it uses near its heap limit, so
// it is set only for runs of many small drafts, not for one huge draft. V8 reads it at every
// collection, so setting it while the process runs takes effect.
import { setFlagsFromString } from 'node:v8';

/** Below this many files, a run never gets far enough for the factor to matter. */
const MANY_FILES = 100;

export function limitHeapGrowth(fileCount: number): void {
  if (fileCount >= MANY_FILES) setFlagsFromString('--heap-growing-percent=150');
}

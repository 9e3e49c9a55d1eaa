// Errors in rule (and later config) files: each with its file, line and column, all at once.

export interface FileProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export class FileProblemsError extends Error {
  constructor(readonly problems: FileProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'FileProblemsError';
  }
}

export function formatProblem(p: FileProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

/** Levenshtein distance, for "did you mean …" on unknown keys and rule ids. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  // A truncated id ("persona-safety/titel") is better matched by its start than by distance.
  const stem = word.slice(0, Math.max(word.length - 2, 1));
  const started = list.filter((c) => c.startsWith(stem));
  if (started.length === 1) return started[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of list) {
    const d = editDistance(word, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

// Every Markdown draft the repository ships: the examples, the held-out corpora and the fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

function draftsIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(dir, f), 'utf8'));
}

export function bundledDrafts(): string[] {
  return ['examples', 'tests/corpus', 'tests/fixtures'].flatMap((dir) => draftsIn(join(root, dir)));
}

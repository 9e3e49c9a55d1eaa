// Reads a YAML file with positions; syntax errors become problems with their line and column.
import { readFileSync } from 'node:fs';
import type { Document } from 'yaml';
import type { FileProblem } from '../pack/problems.js';
import { locate, type Explained } from './explain.js';
import { yamlLibrary } from './explain.js';

export interface YamlFile {
  doc: Document;
  data: unknown;
  /** The line and column (1-based) of a source offset. */
  at(offset: number): { line: number; column: number };
}

/** Parses `file`; on a read or syntax error, records the problems and returns undefined. */
export function readYamlFile(file: string, shown: string, problems: FileProblem[]): YamlFile | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    problems.push({ file: shown, line: 1, column: 1, message: `cannot read the file: ${(error as Error).message}` });
    return undefined;
  }
  const { LineCounter, parseDocument } = yamlLibrary();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number): { line: number; column: number } => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  if (doc.errors.length) {
    for (const e of doc.errors) problems.push({ file: shown, ...at(e.pos[0]), message: `YAML syntax: ${e.message.split('\n')[0]}` });
    return undefined;
  }
  const data = doc.toJS() as unknown;
  if (data === null || data === undefined) {
    problems.push({ file: shown, line: 1, column: 1, message: 'the file is empty: write a mapping (see the schema in schemas/)' });
    return undefined;
  }
  return { doc, data, at };
}

/** Records explained schema errors at their places in the file (`prefix` leads to the checked node). */
export function recordProblems(
  yaml: YamlFile,
  shown: string,
  errors: Explained[],
  problems: FileProblem[],
  prefix: (string | number)[] = [],
): void {
  for (const e of errors) {
    problems.push({ file: shown, ...yaml.at(locate(yaml.doc, [...prefix, ...e.path], e.key)), message: e.message });
  }
}

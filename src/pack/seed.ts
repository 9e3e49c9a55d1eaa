// Quotes the passages of a seed document that a rule cites by their markers ("[21]").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';

/** Sentences of the seed that carry one of the markers, in the seed's order. */
export function citedPassages(seed: string, markers: string[], root = packageRoot): string[] {
  let text: string;
  try {
    text = readFileSync(join(root, seed), 'utf8');
  } catch {
    return [];
  }
  // The seed's summary separates its points with " - " and ends sentences with ". ".
  const sentences = text.split(/\s+-\s+|(?<=[.。!?！？])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
  return sentences.filter((s) => markers.some((m) => s.includes(m)));
}

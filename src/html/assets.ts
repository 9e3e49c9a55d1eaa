// The review page's static files (web/ in the package): served by `commslint serve`, inlined by the report.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';

export const webDir = join(packageRoot, 'web');

let stylesheet: string | undefined;

/** web/review.css, read once. */
export function reviewStylesheet(): string {
  stylesheet ??= readFileSync(join(webDir, 'review.css'), 'utf8');
  return stylesheet;
}

/** A CSP source allowing exactly this inline text (`'sha256-…'`). */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

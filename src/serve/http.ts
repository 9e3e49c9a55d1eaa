// The review page's HTTP plumbing: security headers, bounded bodies, JSON replies, the static files.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { webDir } from '../html/assets.js';

/** The page may load only its own script and stylesheet and talk only to this server. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  // Draft-derived HTML reaches the DOM only through the page's one named policy.
  "require-trusted-types-for 'script'",
  'trusted-types commslint',
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/**
 * The only files the server ever reads, by URL path. A fixed table, not a folder lookup, so no
 * request path can reach any other file.
 */
const STATIC_FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/review.js': { file: 'review.js', type: 'text/javascript; charset=utf-8' },
  '/review.css': { file: 'review.css', type: 'text/css; charset=utf-8' },
  '/icon.svg': { file: 'icon.svg', type: 'image/svg+xml' },
};

const staticCache = new Map<string, Buffer>();

/** The static file for a URL path, or undefined. */
export function staticFile(path: string): { body: Buffer; type: string } | undefined {
  const entry = Object.hasOwn(STATIC_FILES, path) ? STATIC_FILES[path] : undefined;
  if (!entry) return undefined;
  let body = staticCache.get(entry.file);
  if (!body) {
    body = readFileSync(join(webDir, entry.file));
    staticCache.set(entry.file, body);
  }
  return { body, type: entry.type };
}

export function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

/** A request the page cannot serve, with the status to answer and a sentence to show. */
export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** The request body, refused with 413 as soon as it grows past `limit` bytes. */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = (): HttpError => new HttpError(413, `The draft is too large: the limit is ${Math.round(limit / 1024)} KB.`);
  if (Number(req.headers['content-length'] ?? 0) > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

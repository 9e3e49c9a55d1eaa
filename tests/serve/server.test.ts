// The review page's server: what it serves, what it refuses, and that draft text stays text.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectResolver } from '../../src/config/resolver.js';
import { createReviewApp } from '../../src/serve/app.js';
import { runServe } from '../../src/serve/command.js';
import { CONTENT_SECURITY_POLICY } from '../../src/serve/http.js';
import { makeDocx } from '../helpers/docx.js';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let server: Server;
let port: number;

/** A raw HTTP request, so tests can send what no browser would (odd paths, hosts, sizes). */
function send(method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers: { Host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => { resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }); });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const postJson = (path: string, value: unknown, headers: Record<string, string> = {}): Promise<Reply> =>
  send('POST', path, JSON.stringify(value), { 'Content-Type': 'application/json', ...headers });

beforeAll(async () => {
  // A project whose config turns one category off: the page must use it.
  const cwd = mkdtempSync(join(tmpdir(), 'commslint-serve-'));
  writeFileSync(join(cwd, '.commslintrc.yaml'), 'rules:\n  fan-mobilization: off\n');
  const projects = new ProjectResolver({ cwd });
  const allowedHosts = new Set<string>();
  server = createReviewApp({ project: () => Promise.resolve(projects.forFile()), cwd, allowedHosts, maxTextBytes: 64 * 1024, maxDocxBytes: 64 * 1024 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  for (const name of ['127.0.0.1', 'localhost']) allowedHosts.add(`${name}:${port}`);
});

afterAll(() => {
  server.close();
  server.closeAllConnections();
});

describe('the review page’s files', () => {
  it('serves the page, its script and stylesheet with a strict Content-Security-Policy', async () => {
    const page = await send('GET', '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.body).toContain('<script src="/review.js" defer></script>');
    expect(page.body).not.toMatch(/<script>|\son[a-z]+=|https?:\/\//); // no inline script, handler or outside address
    expect((await send('GET', '/review.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await send('GET', '/review.css')).status).toBe(200);
  });

  it('reads no other file, whatever the path', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/review.js/../../package.json', '/index.html', '/web/review.js', '//etc/passwd', '/..%2f..%2fetc%2fpasswd', '/constructor', '/__proto__']) {
      expect((await send('GET', path)).status, path).toBe(404);
    }
  });
});

describe('POST /api/lint', () => {
  const risky = '# 声明\n\n<script>alert(1)</script><img src=x onerror=alert(2)>\n\n这台车绝对安全，开启自动驾驶。请米粉把真相转出去！\n';

  it('returns the draft rendered with its findings, the draft’s markup escaped, the project’s config applied', async () => {
    const reply = await postJson('/api/lint', { text: risky });
    expect(reply.status).toBe(200);
    const data = JSON.parse(reply.body) as { draft: string; findings: string; summary: string; messages: { ruleId: string; fix?: unknown }[] };
    expect(data.draft).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(data.draft + data.findings + data.summary).not.toMatch(/<script|<img/);
    expect(data.messages.map((m) => m.ruleId)).toEqual(['absolute-claim/absolute-safety', 'autonomy-overclaim/self-driving-zh']);
    const at = risky.indexOf('自动驾驶');
    expect(data.messages[1]!.fix).toEqual({ range: [at, at + 4], text: '组合驾驶辅助' });
    expect(data.findings).toContain('<button type="button" class="apply-fix" data-id="1">');
  });

  it('speaks the locale asked for, and keeps the config of the served folder whatever name is sent', async () => {
    const data = JSON.parse((await postJson('/api/lint', { text: risky, locale: 'en', name: '../../elsewhere/x.md' })).body) as { messages: { message: string; category: string }[] };
    expect(data.messages[0]!.message).toMatch(/^“绝对安全” is an absolute safety promise/);
    expect(data.messages.some((m) => m.category === 'fan-mobilization')).toBe(false);
  });

  it('fixes every fixable finding through /api/fix', async () => {
    const data = JSON.parse((await postJson('/api/fix', { text: '开启自动驾驶。' })).body) as { text: string; fixCount: number };
    expect(data).toEqual({ text: '开启组合驾驶辅助。', fixCount: 1 });
  });
});

describe('what the server refuses', () => {
  it('413 for a body over the limit, announced or streamed', async () => {
    const big = JSON.stringify({ text: '绝'.repeat(30_000) });
    expect((await send('POST', '/api/lint', big, { 'Content-Type': 'application/json' })).status).toBe(413);
    expect((await send('POST', '/api/lint', big, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' })).status).toBe(413);
  });

  it('400 for bad JSON, 415 for a plain form post (another site’s page can send one), 405 for other methods', async () => {
    expect((await send('POST', '/api/lint', '{', { 'Content-Type': 'application/json' })).status).toBe(400);
    expect((await postJson('/api/lint', { words: 'x' })).status).toBe(400);
    expect((await send('POST', '/api/lint', 'text=绝对安全', { 'Content-Type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await send('PUT', '/api/lint', '{}')).status).toBe(405);
  });

  it('403 for a request from another origin, 421 for another host name (DNS rebinding)', async () => {
    expect((await postJson('/api/lint', { text: 'x' }, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await postJson('/api/lint', { text: 'x' }, { Origin: `http://127.0.0.1:${port}` })).status).toBe(200);
    expect((await send('GET', '/', undefined, { Host: `evil.example:${port}` })).status).toBe(421);
  });
});

describe('POST /api/docx', () => {
  it('returns a Word document’s text, one paragraph a Markdown paragraph', async () => {
    const reply = await send('POST', '/api/docx', makeDocx(['声明', '这台车绝对安全。']), { 'Content-Type': 'application/octet-stream', 'X-Draft-Name': encodeURIComponent('新闻稿.docx') });
    expect(JSON.parse(reply.body)).toEqual({ name: '新闻稿.docx', text: '声明\n\n这台车绝对安全。' });
  });

  it('says which file is not a Word document, and refuses one over the limit', async () => {
    const reply = await send('POST', '/api/docx', 'plain text', { 'X-Draft-Name': 'notes.docx' });
    expect(reply.status).toBe(422);
    expect(JSON.parse(reply.body)).toEqual({ error: 'notes.docx: Not a valid Word document (.docx): it is not a zip package. Save it from Word as .docx.' });
    expect((await send('POST', '/api/docx', Buffer.alloc(70 * 1024), { 'X-Draft-Name': 'big.docx' })).status).toBe(413);
    expect((await send('POST', '/api/docx', makeDocx(['x']), { 'X-Draft-Name': '%E4%B8' })).status).toBe(400);
  });
});

describe('commslint serve', () => {
  const quiet = { stdout: (): void => undefined };

  it('says when the port is taken', async () => {
    const errors: string[] = [];
    const cwd = mkdtempSync(join(tmpdir(), 'commslint-port-'));
    const code = await runServe({ cwd }, { host: '127.0.0.1', port, cwd, locale: undefined }, { ...quiet, stderr: (t) => errors.push(t) });
    expect(code).toBe(2);
    expect(errors.join('')).toBe(`commslint: cannot serve on 127.0.0.1:${port}: port ${port} is in use: choose another with --port (0 picks a free one)\n`);
  });

  it('stops with exit code 2 and the problems when the project’s config is broken', async () => {
    const errors: string[] = [];
    const printed: string[] = [];
    const cwd = mkdtempSync(join(tmpdir(), 'commslint-badconfig-'));
    writeFileSync(join(cwd, '.commslintrc.yaml'), 'rules:\n  absolute-claim/no-such-rule: error\n');
    const stopped = runServe({ cwd }, { host: '127.0.0.1', port: 0, cwd, locale: undefined }, { stdout: (t) => printed.push(t), stderr: (t) => errors.push(t) });
    await expect.poll(() => printed.length).toBe(1);
    await fetch(`${/http:\S+\//.exec(printed[0]!)![0]}review.js`); // the page has its script: the engine loads
    expect(await stopped).toBe(2);
    expect(errors.join('')).toMatch(/invalid configuration or rule files:\n.*\.commslintrc\.yaml:2:\d+: unknown rule "absolute-claim\/no-such-rule"/);
  });

  /** Milliseconds from spawning the CLI to the page being served. */
  async function startTime(): Promise<number> {
    const started = performance.now();
    const child = spawn(process.execPath, [join(import.meta.dirname, '../../bin/commslint.js'), 'serve', '--port', '0'], { cwd: mkdtempSync(join(tmpdir(), 'commslint-start-')) });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(chunk.toString());
          if (match) resolve(match[0]);
        });
        child.on('exit', (code) => { reject(new Error(`serve exited with ${code}`)); });
      });
      const page = await fetch(url);
      expect(page.status).toBe(200);
      return performance.now() - started;
    } finally {
      child.kill();
    }
  }

  it('listens on 127.0.0.1 and serves the page in under a second (best of three starts)', async () => {
    const times = [await startTime(), await startTime(), await startTime()];
    expect(Math.min(...times)).toBeLessThan(1000);
  }, 60_000);
});

describe('commslint serve --version', () => {
  it('prints the version and exits instead of starting the server', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(process.execPath, [join(import.meta.dirname, '../../bin/commslint.js'), 'serve', '--version'], { encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

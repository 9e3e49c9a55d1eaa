// `commslint serve`: listen first, so the page is up in well under a second; load the engine,
// compile the rules and load the Chinese dictionaries just after; serve until stopped.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Project } from '../config/project.js';
import type { ProjectResolver, ResolverOptions } from '../config/resolver.js';
import { FileProblemsError } from '../pack/problems.js';
import type { Lang } from '../types.js';
import { createReviewApp } from './app.js';

export interface ServeOptions {
  host: string;
  port: number;
  cwd: string;
  locale: Lang | undefined;
}

export interface ServeIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

const urlHost = (host: string): string => (host.includes(':') ? `[${host}]` : host);

/** Serves the review page; resolves with the exit code when the server stops (`signal` stops it). */
export async function runServe(resolverOptions: ResolverOptions, options: ServeOptions, io: ServeIO, signal?: AbortSignal): Promise<number> {
  // The config and rule loaders take most of a second to import: not before the page is up.
  let projects: Promise<ProjectResolver> | undefined;
  const project = async (): Promise<Project> => {
    projects ??= import('../config/resolver.js').then(({ ProjectResolver }) => new ProjectResolver(resolverOptions));
    return (await projects).forFile();
  };
  // Filled in once the port is known (--port 0 picks one); a server on another address takes any name.
  const allowedHosts = LOOPBACK.has(options.host) ? new Set<string>() : undefined;
  const server = createReviewApp({ project, cwd: options.cwd, locale: options.locale, allowedHosts });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, resolve);
    });
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const why = code === 'EADDRINUSE' ? `port ${options.port} is in use: choose another with --port (0 picks a free one)` : (error as Error).message;
    io.stderr(`commslint: cannot serve on ${options.host}:${options.port}: ${why}\n`);
    return 2;
  }
  const { port } = server.address() as AddressInfo;
  // Any other name for a loopback server is a DNS-rebinding attempt.
  for (const name of ['127.0.0.1', 'localhost', '[::1]']) allowedHosts?.add(`${name}:${port}`);
  io.stdout(`commslint review page: http://${urlHost(options.host)}:${port}/  (Ctrl+C to stop)\n`);
  let exitCode = 0;
  const stopped = new Promise<number>((resolve) => server.once('close', () => { resolve(exitCode); }));
  const stop = (): void => {
    server.close();
    server.closeAllConnections();
  };
  signal?.addEventListener('abort', stop);
  // Loading the engine blocks for a second or two: done once the page has its script (or after a
  // few idle seconds), so the page appears at once and the first draft pasted is checked at once.
  let warm = false;
  const warmUp = (): void => {
    if (warm) return;
    warm = true;
    project()
      .then((p) => p.linter.lintText('这台车很安全。'))
      .catch((error: unknown) => {
        if (error instanceof FileProblemsError) {
          io.stderr(`commslint: invalid configuration or rule files:\n${error.message}\n`);
          exitCode = 2;
          stop();
          return;
        }
        // Anything else is reported and the page keeps serving: each lint request answers for itself.
        io.stderr(`commslint: could not load the linter: ${error instanceof Error ? error.message : String(error)}\n`);
      });
  };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/review.js') res.once('finish', () => setTimeout(warmUp, 50));
  });
  setTimeout(warmUp, 3000).unref();
  return stopped;
}

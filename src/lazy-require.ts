// A package loaded on its first use instead of at start-up: most runs never need it (yaml with no
// config file, ajv with the built-in pack, fast-glob without a glob, a regex parser, OpenCC and
// jieba without Chinese), and each costs its load time to every start.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// require() is untyped: the caller names the package's type, as `typeof import('…')`.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function lazyRequire<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(specifier) as T);
}

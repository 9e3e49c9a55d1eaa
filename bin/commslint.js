#!/usr/bin/env node
// The commslint command: a thin shell over the CLI's main(), which returns the exit code.
// `commslint serve` starts from its own entry, which listens before loading the linting pipeline.
const { main } = await import(process.argv[2] === 'serve' ? '../dist/bundle/serve.js' : '../dist/bundle/cli.js');

const readStdin = async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
};

// `commslint rules | head`: a closed pipe is the reader being done, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin,
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  });
} catch (error) {
  process.stderr.write(`commslint: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.stderr.write('Please report it with the draft that caused it.\n');
  process.exitCode = 2;
}

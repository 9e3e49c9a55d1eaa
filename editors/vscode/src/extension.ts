// The VS Code client: starts commslint-lsp --stdio for Markdown and plain text; the server does the rest.
import { commands, window, workspace, type ExtensionContext, type OutputChannel } from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { resolveServer } from './server-path.js';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const output = window.createOutputChannel('commslint');
  context.subscriptions.push(output);
  context.subscriptions.push(commands.registerCommand('commslint.restartServer', async () => {
    await stop();
    await start(output);
  }));
  // A changed serverPath needs a new process; other settings reach the running server by itself.
  context.subscriptions.push(workspace.onDidChangeConfiguration(async (e) => {
    if (!e.affectsConfiguration('commslint.serverPath')) return;
    await stop();
    await start(output);
  }));
  await start(output);
}

export async function deactivate(): Promise<void> {
  await stop();
}

async function start(output: OutputChannel): Promise<void> {
  const serverPath = workspace.getConfiguration('commslint').get<string | null>('serverPath');
  const found = resolveServer({
    workspaceFolders: (workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath),
    serverPath,
    envPath: process.env.PATH,
    platform: process.platform,
  });
  if (!found) {
    const why = serverPath
      ? `commslint.serverPath is "${serverPath}", which does not exist.`
      : 'commslint-lsp was found neither in the workspace\'s node_modules/.bin nor on PATH: run `npm install --save-dev commslint`, or set commslint.serverPath.';
    output.appendLine(why);
    void window.showWarningMessage(`commslint: ${why}`);
    return;
  }
  output.appendLine(`Starting ${found.command} ${found.args.join(' ')} (from ${found.from})`);
  const run = { command: found.command, args: found.args, options: { shell: found.shell } };
  const serverOptions: ServerOptions = { run, debug: run };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
      { language: 'plaintext', scheme: 'file' },
      { language: 'plaintext', scheme: 'untitled' },
    ],
    // The server pulls "commslint" through workspace/configuration when told that it changed.
    synchronize: {
      configurationSection: 'commslint',
      fileEvents: workspace.createFileSystemWatcher('**/{.commslintrc.yaml,.commslintrc.yml,commslint.config.yaml,*.yaml,*.yml}'),
    },
    outputChannel: output,
  };
  client = new LanguageClient('commslint', 'commslint', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    output.appendLine(`commslint-lsp failed to start: ${error instanceof Error ? error.message : String(error)}`);
    client = undefined;
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running?.isRunning()) await running.stop();
}

// Protocol tests: the server over stdio, driven by vscode-jsonrpc's own client-side connection.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import type { CodeAction, Diagnostic, Hover, PublishDiagnosticsParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '../../bin/commslint-lsp.js');

interface Session {
  child: ChildProcess;
  connection: MessageConnection;
  diagnostics: Map<string, PublishDiagnosticsParams[]>;
}

/** What the test client answers to workspace/configuration, changed by tests. */
const clientSettings: { commslint: Record<string, unknown> } = { commslint: {} };

async function start(root: string): Promise<Session> {
  const child = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    diagnostics.set(p.uri, [...(diagnostics.get(p.uri) ?? []), p]);
  });
  connection.onNotification('window/showMessage', () => undefined);
  connection.onRequest('window/showMessageRequest', () => null);
  connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => clientSettings.commslint));
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, capabilities: { workspace: { configuration: true } }, workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'w' }], rootUri: null });
  await connection.sendNotification('initialized', {});
  return { child, connection, diagnostics };
}

async function diagnosticsFor(session: Session, uri: string, count = 1, timeoutMs = 15_000): Promise<Diagnostic[]> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const published = session.diagnostics.get(uri) ?? [];
    if (published.length >= count) return published[count - 1]!.diagnostics;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no diagnostics for ${uri}`);
}

function open(session: Session, uri: string, text: string, version = 1): void {
  void session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
}

describe('commslint-lsp', () => {
  const root = mkdtempSync(join(tmpdir(), 'commslint-lsp-'));
  mkdirSync(join(root, '.git'));
  let session: Session;

  beforeAll(async () => {
    session = await start(root);
  });
  afterAll(() => {
    session.connection.dispose();
    session.child.kill();
  });

  it('publishes diagnostics on open, with rule id, source and mapped severity', async () => {
    const uri = pathToFileURL(join(root, 'a.md')).href;
    open(session, uri, '# 新车\n\n开启自动驾驶，这台车绝对安全。\n');
    const diagnostics = await diagnosticsFor(session, uri);
    const codes = diagnostics.map((d) => d.code);
    expect(codes).toContain('absolute-claim/absolute-safety');
    const d = diagnostics.find((x) => x.code === 'absolute-claim/absolute-safety')!;
    expect(d).toMatchObject({ source: 'commslint', severity: 1, range: { start: { line: 2, character: 10 }, end: { line: 2, character: 14 } } });
  });

  it('offers the fix as a preferred quick fix, and disabling directives; applying the fix gives the expected text', async () => {
    const uri = pathToFileURL(join(root, 'b.md')).href;
    const text = '开启自动驾驶，轻松通勤。\n';
    open(session, uri, text);
    const diagnostics = await diagnosticsFor(session, uri);
    const target = diagnostics.find((d) => d.code === 'autonomy-overclaim/self-driving-zh')!;
    const actions = await session.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: target.range,
      context: { diagnostics: [target] },
    });
    const fix = actions.find((a) => a.isPreferred)!;
    const edits = fix.edit!.changes![uri]!;
    expect(TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits)).toBe('开启组合驾驶辅助，轻松通勤。\n');
    const disableLine = actions.find((a) => a.title.startsWith('Disable autonomy-overclaim/self-driving-zh for this line'))!;
    const disabled = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), disableLine.edit!.changes![uri]!);
    expect(disabled).toBe('<!-- commslint-disable-next-line autonomy-overclaim/self-driving-zh -->\n开启自动驾驶，轻松通勤。\n');
    expect(actions.some((a) => a.title === 'Disable autonomy-overclaim/self-driving-zh in this file')).toBe(true);
  });

  it('explains a flagged range on hover with the rationale and the cited passage', async () => {
    const uri = pathToFileURL(join(root, 'c.md')).href;
    open(session, uri, 'This battery is 100% safe.\n');
    await diagnosticsFor(session, uri);
    const hover = await session.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 18 } });
    const value = (hover?.contents as { value: string }).value;
    expect(value).toContain('seeds/000_313dcbf2a2e2c52c.txt');
    expect(value).toContain('absolute-claim/absolute-safety');
  });

  it('lints again after changes, and survives garbage input', async () => {
    const uri = pathToFileURL(join(root, 'd.md')).href;
    open(session, uri, 'All good here.\n');
    expect(await diagnosticsFor(session, uri, 1)).toEqual([]);
    void session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: '\u0000\uD800 ```\n> 零风险 \uFFFF 绝对安全\n' }],
    });
    const after = await diagnosticsFor(session, uri, 2);
    expect(Array.isArray(after)).toBe(true);
    void session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: '零风险。\n' }] });
    expect((await diagnosticsFor(session, uri, 3)).map((d) => d.code)).toContain('absolute-claim/zero-risk');
  });

  it('follows the client settings: rule severities, locale, and enable', async () => {
    const uri = pathToFileURL(join(root, 'f.md')).href;
    clientSettings.commslint = { locale: 'en', rules: { 'absolute-claim': 'warning' } };
    void session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await new Promise((r) => setTimeout(r, 300));
    open(session, uri, '这台车绝对安全。\n');
    const [d] = await diagnosticsFor(session, uri);
    expect(d).toMatchObject({ code: 'absolute-claim/absolute-safety', severity: 2 });
    expect(d!.message).toContain('absolute safety');
    clientSettings.commslint = { enable: false };
    void session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    expect(await diagnosticsFor(session, uri, 2)).toEqual([]);
    clientSettings.commslint = {};
    void session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    expect((await diagnosticsFor(session, uri, 3)).map((x) => x.severity)).toContain(1);
  });

  it('reloads the project config when it changes, and a broken config does not crash the server', async () => {
    const uri = pathToFileURL(join(root, 'e.md')).href;
    open(session, uri, '零风险。\n');
    expect((await diagnosticsFor(session, uri, 1)).map((d) => d.code)).toContain('absolute-claim/zero-risk');
    writeFileSync(join(root, '.commslintrc.yaml'), 'rules:\n  absolute-claim/zero-risk: off\n');
    void session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(root, '.commslintrc.yaml')).href, type: 1 }] });
    expect((await diagnosticsFor(session, uri, 2)).map((d) => d.code)).not.toContain('absolute-claim/zero-risk');
    const configUri = pathToFileURL(join(root, '.commslintrc.yaml')).href;
    writeFileSync(join(root, '.commslintrc.yaml'), 'rules:\n  absolute-claim/zero-risk: of\n');
    void session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    const [problem] = await diagnosticsFor(session, configUri, 1);
    expect(problem).toMatchObject({ source: 'commslint', range: { start: { line: 1 } } });
    expect(problem!.message).toContain('must be one of: off, info, warning, error');
    // The last good configuration stays in force: zero-risk is still off after an edit.
    void session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: '零风险，绝对安全。\n' }] });
    const codes = (await diagnosticsFor(session, uri, 3)).map((d) => d.code);
    expect(codes).toContain('absolute-claim/absolute-safety');
    expect(codes).not.toContain('absolute-claim/zero-risk');
    expect(session.child.exitCode).toBeNull();
  });
});

// The language server: wiring only. Documents are linted with the same engine API as the CLI.
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind, createConnection, DiagnosticSeverity, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  type CodeAction, type Connection, type Diagnostic, type Hover,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ProjectResolver } from '../config/resolver.js';
import type { Project } from '../config/project.js';
import { FileProblemsError, type FileProblem } from '../pack/problems.js';
import { explainFinding, explanationMarkdown } from '../pack/explanation.js';
import { packageVersion } from '../paths.js';
import type { Lang, LintMessage, LintOptions, RuleSetting } from '../types.js';
import { toDiagnostic, type DiagnosticData } from './convert.js';

/** Typing pauses shorter than this do not trigger a lint (COMMSLINT_LSP_DEBOUNCE_MS overrides it). */
const DEBOUNCE_MS = Number(process.env.COMMSLINT_LSP_DEBOUNCE_MS ?? 200);

/** The file a document URI names, or undefined for an unsaved or remote document. */
function localPath(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

/** What an editor can set under "commslint": on/off, message language, rule severities. */
interface ClientSettings {
  enable?: boolean;
  locale?: Lang;
  rules?: Record<string, RuleSetting>;
}

/** Every key of ClientSettings, checked by the compiler: editors/vscode must contribute each one. */
export const CLIENT_SETTING_KEYS = Object.keys({ enable: true, locale: true, rules: true } satisfies Record<keyof ClientSettings, true>);

/** Problems in config or rule files, as diagnostics on those files; returns the URIs used. */
function publishProblems(connection: Connection, problems: FileProblem[], root: string): string[] {
  const byUri = new Map<string, Diagnostic[]>();
  for (const p of problems) {
    const uri = pathToFileURL(resolve(root, p.file)).href;
    const position = { line: p.line - 1, character: p.column - 1 };
    byUri.set(uri, [...(byUri.get(uri) ?? []), { range: { start: position, end: position }, severity: DiagnosticSeverity.Error, source: 'commslint', message: p.message }]);
  }
  for (const [uri, diagnostics] of byUri) void connection.sendDiagnostics({ uri, diagnostics });
  return [...byUri.keys()];
}

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  const documents = new TextDocuments(TextDocument);
  const timers = new Map<string, NodeJS.Timeout>();
  let workspaceRoot = process.cwd();
  let projects = new ProjectResolver({ cwd: workspaceRoot });
  // TextDocuments reports an open as a change too: a version linted on open is not linted again.
  // Its messages are kept for hover, which then explains them without linting again.
  const linted = new Map<string, { version: number; messages: LintMessage[] }>();

  const projectOf = (uri: string): Project | undefined => {
    try {
      return projects.forFile(localPath(uri));
    } catch (error) {
      connection.window.showErrorMessage(`commslint: ${(error as Error).message}`);
      return undefined;
    }
  };

  // Client settings (workspace/configuration, section "commslint"), pulled when they change.
  let clientSettings: ClientSettings = {};
  let canPullSettings = false;
  const refreshSettings = async (): Promise<void> => {
    if (!canPullSettings) return;
    const value: unknown = await connection.workspace.getConfiguration('commslint');
    clientSettings = typeof value === 'object' && value !== null ? value : {};
  };

  /** The engine options for a document: project settings, then the client's on top. */
  const lintOptionsOf = (project: Project, document: TextDocument): LintOptions => {
    const filePath = localPath(document.uri) ?? document.uri;
    const settings = project.settingsFor(filePath);
    return { filePath, rules: { ...settings.rules, ...clientSettings.rules }, locale: clientSettings.locale ?? settings.locale };
  };

  const lint = (document: TextDocument): void => {
    const project = projectOf(document.uri);
    if (!project) return;
    if (clientSettings.enable === false) {
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      return;
    }
    const version = document.version;
    let messages: LintMessage[];
    try {
      messages = project.linter.lintText(document.getText(), lintOptionsOf(project, document));
    } catch (error) {
      // An internal error publishes nothing and says so; the server keeps running.
      connection.console.error(`commslint: linting ${document.uri} failed: ${(error as Error).stack ?? String(error)}`);
      return;
    }
    // A newer version arrived while this one was linted: drop the stale result.
    if (documents.get(document.uri)?.version !== version) return;
    linted.set(document.uri, { version, messages });
    void connection.sendDiagnostics({ uri: document.uri, version, diagnostics: messages.map(toDiagnostic) });
  };

  const schedule = (document: TextDocument): void => {
    if (linted.get(document.uri)?.version === document.version) return;
    clearTimeout(timers.get(document.uri));
    timers.set(document.uri, setTimeout(() => {
      timers.delete(document.uri);
      const current = documents.get(document.uri);
      if (current) lint(current);
    }, DEBOUNCE_MS));
  };

  connection.onInitialized(() => {
    void refreshSettings().then(() => { for (const document of documents.all()) lint(document); });
  });

  connection.onDidChangeConfiguration(() => {
    void refreshSettings().then(() => { for (const document of documents.all()) lint(document); });
  });

  connection.onInitialize((params) => {
    canPullSettings = params.capabilities.workspace?.configuration === true;
    const root = params.workspaceFolders?.[0]?.uri;
    workspaceRoot = (root && localPath(root)) ?? workspaceRoot;
    projects = new ProjectResolver({ cwd: workspaceRoot });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
      },
      serverInfo: { name: 'commslint', version: packageVersion() },
    };
  });

  documents.onDidOpen((e) => { lint(e.document); });
  documents.onDidChangeContent((e) => { schedule(e.document); });
  documents.onDidSave((e) => { lint(e.document); });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    linted.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  let configDiagnosticUris: string[] = [];

  /**
   * A config or rule file changed: build the projects anew and try them on every open document.
   * If one fails to load, the last good projects stay in force and the problems are shown as
   * diagnostics on the files that have them.
   */
  connection.onDidChangeWatchedFiles(() => {
    const candidate = new ProjectResolver({ cwd: workspaceRoot });
    const problems: FileProblem[] = [];
    for (const document of documents.all()) {
      try {
        candidate.forFile(localPath(document.uri));
      } catch (error) {
        if (error instanceof FileProblemsError) problems.push(...error.problems);
        else throw error;
      }
    }
    for (const uri of configDiagnosticUris) void connection.sendDiagnostics({ uri, diagnostics: [] });
    configDiagnosticUris = publishProblems(connection, problems, workspaceRoot);
    if (problems.length) {
      connection.window.showErrorMessage(`commslint: the configuration has problems; the last good rules stay in force. ${problems[0]!.file}:${problems[0]!.line}: ${problems[0]!.message}`);
      return;
    }
    projects = candidate;
    for (const document of documents.all()) lint(document);
  });

  connection.onCodeAction((params): CodeAction[] => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const actions: CodeAction[] = [];
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== 'commslint') continue;
      const data = diagnostic.data as DiagnosticData | undefined;
      if (data?.fix) {
        actions.push({
          title: `Replace with “${data.fix.text}”`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: { changes: { [document.uri]: [{ range: diagnostic.range, newText: data.fix.text }] } },
        });
      }
      if (!data?.ruleId) continue;
      const line = diagnostic.range.start.line;
      const indent = /^\s*/.exec(document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }))?.[0] ?? '';
      actions.push({
        title: `Disable ${data.ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [document.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent.replace(/\n/g, '')}<!-- commslint-disable-next-line ${data.ruleId} -->\n` }] } },
      });
      actions.push({
        title: `Disable ${data.ruleId} in this file`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [document.uri]: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `<!-- commslint-disable ${data.ruleId} -->\n` }] } },
      });
    }
    return actions;
  });

  connection.onHover((params): Hover | null => {
    const document = documents.get(params.textDocument.uri);
    const project = document && projectOf(document.uri);
    if (!document || !project) return null;
    const offset = document.offsetAt(params.position);
    // The diagnostics' messages when they are for this version; else a lint with the same options,
    // so hover never explains a finding the user turned off.
    const last = linted.get(document.uri);
    const messages = last?.version === document.version ? last.messages : project.linter.lintText(document.getText(), lintOptionsOf(project, document));
    const hit = messages.find((m) => m.range[0] <= offset && offset <= m.range[1] && m.ruleId !== null);
    const rule = hit && project.linter.rules.find((r) => r.spec.id === hit.ruleId);
    if (!hit || !rule) return null;
    const value = explanationMarkdown(explainFinding(hit, rule.spec));
    return { contents: { kind: 'markdown', value }, range: { start: document.positionAt(hit.range[0]), end: document.positionAt(hit.range[1]) } };
  });

  documents.listen(connection);
  connection.listen();
}

// `commslint serve`: the review page's server. The page posts a draft and gets it back rendered
// with its findings by the same renderer as --format html; nothing else on disk is ever read.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { basename, join } from 'node:path';
import type { Project } from '../config/project.js';
import { renderDraft, renderFindings, renderSummary } from '../html/render.js';
import { categoryHues } from '../html/labels.js';
import { DocxError, readDocxText } from '../input/docx.js';
import { specsById } from '../pack/explanation.js';
import type { Lang, LintMessage, LintOptions } from '../types.js';
import { HttpError, readBody, send, sendJson, staticFile } from './http.js';

export interface ReviewAppOptions {
  /** The project of the folder the server was started in (its config, rules and vocabularies), loaded on first use. */
  project: () => Promise<Project>;
  cwd: string;
  /** --locale: messages in this language whatever the draft's. */
  locale?: Lang;
  /** Host names a request may address (DNS-rebinding guard); undefined accepts any. */
  allowedHosts?: ReadonlySet<string>;
  /** Largest JSON body (a pasted draft) and largest Word upload, in bytes. */
  maxTextBytes?: number;
  maxDocxBytes?: number;
}

const MAX_TEXT_BYTES = 1024 * 1024;
const MAX_DOCX_BYTES = 10 * 1024 * 1024;

interface DraftRequest {
  text: string;
  /** The file name the person gave, for config overrides only: never opened. */
  name: string;
  locale?: Lang;
}

function parseDraftRequest(body: Buffer): DraftRequest {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(400, 'The request is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || !('text' in value) || typeof value.text !== 'string') {
    throw new HttpError(400, 'The request needs a "text" string.');
  }
  const name = 'name' in value && typeof value.name === 'string' && value.name ? value.name : 'draft.md';
  const locale = 'locale' in value && (value.locale === 'zh' || value.locale === 'en') ? value.locale : undefined;
  return { text: value.text, name, locale };
}

function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/** The X-Draft-Name header: a file name, percent-encoded so any script's letters survive HTTP. */
function decodeName(header: string | string[] | undefined): string {
  try {
    return typeof header === 'string' && header ? decodeURIComponent(header) : 'draft.docx';
  } catch {
    throw new HttpError(400, 'X-Draft-Name is not a percent-encoded file name.');
  }
}

/** What the page needs of a message: where it is, what it says, and its fix. */
function pageMessage(m: LintMessage): Pick<LintMessage, 'ruleId' | 'category' | 'severity' | 'message' | 'line' | 'column' | 'range' | 'fix'> {
  return { ruleId: m.ruleId, category: m.category, severity: m.severity, message: m.message, line: m.line, column: m.column, range: m.range, fix: m.fix };
}

export function createReviewApp(options: ReviewAppOptions): Server {
  const maxText = options.maxTextBytes ?? MAX_TEXT_BYTES;
  const maxDocx = options.maxDocxBytes ?? MAX_DOCX_BYTES;

  const lintOptions = (project: Project, draft: DraftRequest): LintOptions => {
    // Only the base name counts, inside the served folder: a name cannot point anywhere else.
    const filePath = join(options.cwd, basename(draft.name));
    const settings = project.settingsFor(filePath);
    return { filePath, rules: settings.rules, locale: draft.locale ?? options.locale ?? settings.locale };
  };

  const lint = async (draft: DraftRequest): Promise<unknown> => {
    const project = await options.project();
    const settings = lintOptions(project, draft);
    const result = project.linter.lintDocument(draft.text, settings);
    // The words around the findings speak the messages' language.
    const lang = settings.locale ?? result.language;
    const render = {
      lang,
      hues: categoryHues(result.messages.map((m) => m.category)),
      specs: specsById(project.linter.rules.map((r) => r.spec)),
      idPrefix: 'p-',
      actions: true,
      open: false,
    };
    return {
      language: result.language,
      lang,
      counts: { error: result.errorCount, warning: result.warningCount, info: result.infoCount },
      messages: result.messages.map(pageMessage),
      draft: renderDraft(draft.text, result.messages, render),
      summary: renderSummary(result.messages, render, true),
      findings: renderFindings(result.messages, render),
    };
  };

  const fix = async (draft: DraftRequest): Promise<unknown> => {
    const project = await options.project();
    const fixed = project.linter.fixText(draft.text, lintOptions(project, draft));
    return { text: fixed.output, fixCount: fixed.fixCount };
  };

  const docx = async (req: IncomingMessage): Promise<unknown> => {
    const name = basename(decodeName(req.headers['x-draft-name']));
    try {
      return { name, text: await readDocxText(await readBody(req, maxDocx), name) };
    } catch (error) {
      if (error instanceof DocxError) throw new HttpError(422, error.message);
      throw error;
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const host = req.headers.host ?? '';
    if (options.allowedHosts && !options.allowedHosts.has(host.toLowerCase())) throw new HttpError(421, `Unknown host "${host}".`);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'GET') {
      const file = staticFile(path);
      if (!file) throw new HttpError(404, 'Not found.');
      send(res, 200, file.body, file.type);
      return;
    }
    if (req.method !== 'POST') throw new HttpError(405, 'Only GET and POST are served.');
    // Another site's page can post a plain form here, but not JSON nor a custom header without a
    // CORS preflight, which this server never grants; a browser's Origin must be this server.
    if (req.headers.origin !== undefined && originHost(req.headers.origin) !== host) throw new HttpError(403, 'Requests from other sites are refused.');
    const json = (req.headers['content-type'] ?? '').startsWith('application/json');
    if (path === '/api/lint' && json) sendJson(res, 200, await lint(parseDraftRequest(await readBody(req, maxText))));
    else if (path === '/api/fix' && json) sendJson(res, 200, await fix(parseDraftRequest(await readBody(req, maxText))));
    else if (path === '/api/docx' && req.headers['x-draft-name'] !== undefined) sendJson(res, 200, await docx(req));
    else if (path.startsWith('/api/')) throw new HttpError(415, 'Send JSON, or a Word file with an X-Draft-Name header.');
    else throw new HttpError(404, 'Not found.');
  };

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!(error instanceof HttpError)) process.stderr.write(`commslint serve: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof HttpError ? error.message : 'commslint failed on this draft; the terminal running `commslint serve` shows why.';
      if (res.headersSent) return;
      // An oversized upload is refused without reading the rest of it.
      if (status === 413) res.setHeader('Connection', 'close');
      sendJson(res, status, { error: message });
      if (status === 413) res.on('finish', () => req.destroy());
    });
  });
}

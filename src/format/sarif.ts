// SARIF 2.1.0, as GitHub code scanning reads it: rule metadata (help, category tag, citation) and results.
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RuleSpec } from '../pack/spec.js';
import type { LintMessage, LintResult, Severity } from '../types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties: { tags: string[]; precision: string; source: string };
}

function toSarifRule(spec: RuleSpec): SarifRule {
  const citation = `${spec.source.seed} ${spec.source.passages.join('')}: “${spec.source.quote}”`;
  const regulations = spec.source.regulations?.length ? `\nRegulations: ${spec.source.regulations.join('; ')}` : '';
  return {
    id: spec.id,
    name: spec.id.replace(/[/-](.)/g, (_m: string, c: string) => c.toUpperCase()),
    shortDescription: { text: spec.message.en.replace(/\{match\}|\{expected\}/g, '…') },
    fullDescription: { text: spec.rationale },
    help: {
      text: `${spec.rationale}\nSource: ${citation}${regulations}`,
      markdown: `${spec.rationale}\n\n**Source:** ${citation}${regulations.replace('\n', '\n\n')}`,
    },
    defaultConfiguration: { level: LEVEL[spec.severity] },
    properties: { tags: [spec.category], precision: precisionOf(spec), source: citation },
  };
}

/** SARIF's precision property: how often a result of the rule is a true positive. */
function precisionOf(spec: RuleSpec): string {
  return spec.confidence === 'high' ? 'high' : spec.confidence === 'low' ? 'low' : 'medium';
}

interface Artifact {
  uri: string;
  uriBaseId?: string;
}

function toResult(m: LintMessage, artifact: Artifact, ruleIndex: Map<string, number>) {
  const uri = artifact;
  const index = m.ruleId === null ? undefined : ruleIndex.get(m.ruleId);
  return {
    ruleId: m.ruleId ?? m.category,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: LEVEL[m.severity],
    message: { text: m.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: uri,
          region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
        },
      },
    ],
    ...(m.fix
      ? {
          fixes: [
            {
              description: { text: `Replace with “${m.fix.text}”` },
              artifactChanges: [
                {
                  artifactLocation: uri,
                  replacements: [
                    {
                      deletedRegion: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
                      insertedContent: { text: m.fix.text },
                    },
                  ],
                },
              ],
            },
          ],
        }
      : {}),
    properties: { category: m.category },
  };
}

/** Paths under `cwd` are relative to %SRCROOT% (what code scanning expects); others are file URLs. */
function artifactOf(filePath: string, cwd: string): Artifact {
  const rel = relative(cwd, filePath);
  if (filePath.startsWith('<') || (rel && !rel.startsWith('..') && !isAbsolute(rel))) {
    return { uri: rel.split(sep).map(encodeURIComponent).join('/') || filePath, uriBaseId: 'SRCROOT' };
  }
  return { uri: pathToFileURL(filePath).href };
}

export function formatSarif(results: LintResult[], rules: readonly RuleSpec[], version: string, cwd = process.cwd()): string {
  const used = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)));
  const described = rules.filter((r) => used.has(r.id));
  const ruleIndex = new Map(described.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'commslint', version, informationUri: 'https://www.npmjs.com/package/commslint', rules: described.map(toSarifRule) } },
        originalUriBaseIds: { SRCROOT: { uri: `${pathToFileURL(cwd).href}/` } },
        results: results.flatMap((r) => r.messages.map((m) => toResult(m, artifactOf(r.filePath, cwd), ruleIndex))),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { format } from '../../src/format/index.js';
import { createLinter } from '../../src/index.js';
import type { LintResult } from '../../src/types.js';

const linter = createLinter();
const cwd = '/repo';
const draft = '# 新车\n\n这台车绝对安全，开启自动驾驶即可。\n\nThis is a 100% safe "car" <script>, really.\n';
const results: LintResult[] = [linter.lintDocument(draft, { filePath: '/repo/drafts/post 1.md' })];
const rules = linter.rules.map((r) => r.spec);

describe('--format sarif', () => {
  it('validates against the official SARIF 2.1.0 schema', async () => {
    const require = createRequire(import.meta.url);
    const schemaPath = join(require.resolve('@microsoft/jest-sarif/package.json'), '../lib/schemas/sarif-2.1.0-rtm.5.json');
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
    // SARIF's schema is draft-04, which ajv 8 reads through its draft-04 build.
    const Ajv04 = require('ajv-draft-04') as typeof import('ajv').Ajv;
    // Its language-tag pattern is not valid with the u flag: compile patterns without it.
    const validate = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
    const log = JSON.parse(await format('sarif', results, { color: false, rules, version: '1.2.3', cwd })) as unknown;
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('describes each rule that fired: help with the citation, category as a tag, level, and fixes', async () => {
    const log = JSON.parse(await format('sarif', results, { color: false, rules, version: '1.2.3', cwd })) as {
      runs: [{ tool: { driver: { rules: { id: string; help: { text: string }; properties: { tags: string[] } }[] } }; results: { ruleId: string; ruleIndex: number; level: string; locations: [{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number } } }]; fixes?: unknown[] }[] }];
    };
    const [run] = log.runs;
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(ids).toContain('absolute-claim/absolute-safety');
    const rule = run.tool.driver.rules.find((r) => r.id === 'absolute-claim/absolute-safety')!;
    expect(rule.help.text).toContain('seeds/000_313dcbf2a2e2c52c.txt');
    expect(rule.properties.tags).toEqual(['absolute-claim']);
    const result = run.results.find((r) => r.ruleId === 'absolute-claim/absolute-safety')!;
    expect(ids[result.ruleIndex]).toBe(result.ruleId);
    expect(result.level).toBe('error');
    expect(result.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'drafts/post%201.md', uriBaseId: 'SRCROOT' });
    expect(result.locations[0].physicalLocation.region.startLine).toBe(3);
    expect(run.results.some((r) => r.fixes !== undefined)).toBe(true);
  });
});

describe('--format compact', () => {
  it('prints file:line:col: severity message [rule], one problem a line', async () => {
    const lines = (await format('compact', results, { color: false })).trim().split('\n');
    expect(lines.length).toBe(results[0]!.messages.length);
    expect(lines[0]).toMatch(/^\/repo\/drafts\/post 1\.md:3:\d+: (error|warning|info) .+ \[[a-z-]+\/[a-z-]+\]$/);
  });
});

describe('--format github', () => {
  it('prints workflow annotations with escaped properties and data', async () => {
    const custom: LintResult[] = [{ ...results[0]!, messages: [{ ...results[0]!.messages[0]!, message: '50% sure,\nreally: yes' }] }];
    const [line] = (await format('github', custom, { color: false, cwd })).trim().split('\n');
    const m = custom[0]!.messages[0]!;
    expect(line).toBe(
      `::error file=drafts/post 1.md,line=3,col=${m.column},endLine=3,endColumn=${m.endColumn},title=${m.ruleId!}::50%25 sure,%0Areally: yes`,
    );
  });
});

describe('--format junit', () => {
  it('writes one failing test case per problem, with text escaped', async () => {
    const xml = await format('junit', [...results, { ...results[0]!, filePath: '/repo/clean.md', messages: [] }], { color: false });
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="commslint">')).toBe(true);
    expect(xml.match(/<failure /g)?.length).toBe(results[0]!.messages.length);
    expect(xml).toContain('<testcase name="commslint" classname="/repo/clean.md"/>');
    expect(xml).not.toMatch(/<script>/);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLinter, FileProblemsError } from '../../src/index.js';

const fixtures = join(import.meta.dirname, '../fixtures');

function problemsOf(dir: string): string[] {
  try {
    createLinter({ builtin: false, rulePaths: [join(fixtures, dir)] });
  } catch (error) {
    expect(error).toBeInstanceOf(FileProblemsError);
    return (error as FileProblemsError).problems.map((p) => `${p.file.split('/').pop()}:${p.line}:${p.column}: ${p.message}`);
  }
  throw new Error('expected the rule files to be rejected');
}

describe('rule files', () => {
  it('loads a valid pack file with the three kinds', () => {
    const linter = createLinter({ builtin: false, rulePaths: [join(fixtures, 'rules-good')] });
    expect(linter.rules.map((r) => r.spec.kind)).toEqual(['existence', 'substitution', 'cooccurrence', 'existence']);
  });

  it('reports an unknown key, a wrong type and a broken pattern as three errors', () => {
    expect(problemsOf('rules-three')).toEqual([
      expect.stringMatching(/^three\.yaml:8:1: unknown field "unles"; did you mean "unless"\? \(allowed: .*\)$/),
      'three.yaml:9:13: "terms.zh" must be array',
      'three.yaml:11:8: invalid regular expression: Invalid regular expression: /(unclosed/giu: Unterminated group',
    ]);
  });

  it('checks a pattern as it runs, with the spaces allowed between Han characters', () => {
    // Valid as written, but the group name 安全 gets a \\s* between its characters when it runs.
    const dir = mkdtempSync(join(tmpdir(), 'commslint-pattern-'));
    const rule = [
      'id: fixture/named-group',
      'kind: existence',
      'category: absolute-claim',
      'severity: error',
      'message: {zh: "{match}", en: "{match}"}',
      'rationale: x',
      'source: {seed: seeds/000_313dcbf2a2e2c52c.txt, passages: ["[31]"], quote: q}',
      "patterns: {zh: ['(?<安全>绝对)可靠']}",
      'examples: {valid: [a], invalid: [b]}',
    ].join('\n');
    writeFileSync(join(dir, 'named.yaml'), `${rule}\n`);
    let problems: string[] = [];
    try {
      createLinter({ builtin: false, rulePaths: [dir] });
    } catch (error) {
      problems = (error as FileProblemsError).problems.map((p) => `${p.line}: ${p.message}`);
    }
    expect(problems).toEqual([expect.stringMatching(/^8: invalid regular expression: .*Invalid capture group name/)]);
  });

  it('reports every problem of every file at once, each with file, line and column', () => {
    const problems = problemsOf('rules-bad');
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^bad\.yaml:1:5: "id" has an invalid form/),
        expect.stringMatching(/^bad\.yaml:2:7: "kind" must be one of: existence, substitution, cooccurrence/),
        expect.stringMatching(/^bad\.yaml:4:11: "severity" must be one of: error, warning, info/),
        expect.stringMatching(/^bad\.yaml:5:1: unknown field "mesage"; did you mean "message"\?/),
        expect.stringMatching(/^bad\.yaml:1:1: the rule is missing the required field "message"/),
        expect.stringMatching(/^bad\.yaml:9:\d+: "source\.passages\.0" has an invalid form/),
        expect.stringMatching(/^regex\.yaml:9:8: invalid regular expression/),
        expect.stringMatching(/^syntax\.yaml:\d+:\d+: YAML syntax/),
      ]),
    );
  });
});

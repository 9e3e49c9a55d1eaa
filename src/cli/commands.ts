// The sub-commands besides linting: init, rules, explain. Each returns an exit code.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_NAMES } from '../config/load.js';
import type { Project } from '../config/project.js';
import type { CompiledRule } from '../pack/compile.js';
import { nearest } from '../pack/problems.js';
import { citedPassages } from '../pack/seed.js';
import type { Example } from '../pack/spec.js';
import type { Lang, RuleSetting } from '../types.js';

export const STARTER_CONFIG = `# yaml-language-server: $schema=./node_modules/commslint/schemas/config.schema.json
# commslint configuration (see the commslint README, "Configuration").

# The built-in rule pack; add folders of your own rules or commslint-rules-* packages.
extends:
  - commslint:recommended

# Per rule id or category: off | info | warning | error. \`commslint rules\` lists them.
rules: {}
#  absolute-claim/advertising-law-superlatives: error
#  fan-mobilization: warning

# Names the built-in persona rules should treat as your founders and executives.
vocabularies:
  founders:
    zh: []   # e.g. [张三, 张总]
    en: []   # e.g. [Zhang San]

# Looser or stricter rules for some files.
overrides: []
#  - files: ['internal/**']
#    rules: { fan-mobilization: off }

# Files never linted (globs relative to this file).
ignores: []

# Language of messages: zh or en (default: each draft's own).
# locale: zh
`;

export function runInit(cwd: string, out: (s: string) => void, err: (s: string) => void): number {
  const existing = CONFIG_NAMES.map((n) => join(cwd, n)).find((f) => existsSync(f));
  if (existing) {
    err(`commslint: ${existing} already exists; not overwriting it.\n`);
    return 2;
  }
  const file = join(cwd, '.commslintrc.yaml');
  writeFileSync(file, STARTER_CONFIG, { flag: 'wx' });
  out(`Wrote ${file}\n`);
  return 0;
}

function effective(rule: CompiledRule, settings: Record<string, RuleSetting>): RuleSetting {
  return settings[rule.spec.id] ?? settings[rule.spec.category] ?? rule.spec.severity;
}

export function runRules(project: Project, format: string, out: (s: string) => void): number {
  const rows = project.linter.rules.map((r) => ({
    id: r.spec.id,
    category: r.spec.category,
    severity: effective(r, project.config.rules),
    kind: r.spec.kind,
    source: `${r.spec.source.seed} ${r.spec.source.passages.join('')}`,
  }));
  if (format === 'json') {
    out(`${JSON.stringify(rows)}\n`);
    return 0;
  }
  const header = { id: 'rule', category: 'category', severity: 'severity', kind: 'kind', source: 'source' };
  const all = [header, ...rows];
  const width = (k: keyof typeof header): number => Math.max(...all.map((r) => r[k].length));
  for (const r of all) {
    out(`${(['id', 'category', 'severity', 'kind'] as const).map((k) => r[k].padEnd(width(k))).join('  ')}  ${r.source}\n`);
  }
  out(`\n${rows.filter((r) => r.severity !== 'off').length} of ${rows.length} rules active\n`);
  return 0;
}

const exampleText = (e: Example): string => (typeof e === 'string' ? e : e.text);

export function runExplain(project: Project, id: string | undefined, locale: Lang, out: (s: string) => void, err: (s: string) => void): number {
  const rules = project.linter.rules;
  const rule = rules.find((r) => r.spec.id === id);
  if (!id || !rule) {
    const guess = id ? nearest(id, rules.map((r) => r.spec.id)) : undefined;
    err(`commslint: ${id ? `no rule "${id}"` : 'name a rule'}${guess ? `; did you mean "${guess}"?` : ''} (see \`commslint rules\`)\n`);
    return 2;
  }
  const { spec } = rule;
  const zh = locale === 'zh';
  const passages = citedPassages(spec.source.seed, spec.source.passages);
  const lines = [
    `${spec.id}  (${spec.category}, ${effective(rule, project.config.rules)}, ${spec.kind})`,
    '',
    spec.message[locale].replaceAll('{match}', '…').replaceAll('{expected}', '…'),
    '',
    `${zh ? '理由' : 'Why'}: ${spec.rationale}`,
    '',
    `${zh ? '出处' : 'Source'}: ${spec.source.seed} ${spec.source.passages.join('')}`,
    `  “${spec.source.quote}”`,
    ...passages.map((p) => `  > ${p}`),
    ...(spec.source.regulations?.length ? ['', `${zh ? '法规' : 'Regulations'}:`, ...spec.source.regulations.map((r) => `  - ${r}`)] : []),
    '',
    `${zh ? '会被标记' : 'Flagged'}:`,
    ...spec.examples.invalid.map((e) => `  ✗ ${exampleText(e)}`),
    `${zh ? '不会被标记' : 'Not flagged'}:`,
    ...spec.examples.valid.map((e) => `  ✓ ${exampleText(e)}`),
  ];
  out(`${lines.join('\n')}\n`);
  return 0;
}

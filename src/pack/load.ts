// Reads rule files: YAML with positions, validated by ajv against schemas/rule.schema.json.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { LineCounter, isMap, isPair, isScalar, parseDocument, type Document } from 'yaml';
import { schemasDir } from '../paths.js';
import { FileProblemsError, nearest, type FileProblem } from './problems.js';
import type { LoadedRule, RuleSpec } from './spec.js';

const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
ajv.addSchema(JSON.parse(readFileSync(join(schemasDir, 'rule.schema.json'), 'utf8')) as object, 'rule-file');
const validateRule = ajv.getSchema('rule-file#/definitions/rule') as ValidateFunction<RuleSpec>;

/** All `.yaml`/`.yml` files under the given files or folders, in a stable order. */
export function listRuleFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    if (statSync(path).isDirectory()) {
      const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
      out.push(...listRuleFiles(entries.filter((e) => e.isDirectory() || /\.ya?ml$/.test(e.name)).map((e) => join(path, e.name))));
    } else {
      out.push(path);
    }
  }
  return out;
}

/** Loads every rule of the files; throws FileProblemsError listing every problem found. */
export function loadRules(files: string[], displayRoot = process.cwd()): LoadedRule[] {
  const problems: FileProblem[] = [];
  const rules: LoadedRule[] = [];
  for (const file of files) {
    const shown = relative(displayRoot, file) || file;
    rules.push(...loadRuleFile(file, shown, problems));
  }
  if (problems.length) throw new FileProblemsError(problems);
  return rules;
}

function loadRuleFile(file: string, shown: string, problems: FileProblem[]): LoadedRule[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    problems.push({ file: shown, line: 1, column: 1, message: `cannot read the rule file: ${(error as Error).message}` });
    return [];
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number): { line: number; column: number } => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  if (doc.errors.length) {
    for (const e of doc.errors) problems.push({ file: shown, ...at(e.pos[0]), message: `YAML syntax: ${e.message.split('\n')[0]}` });
    return [];
  }
  const data: unknown = doc.toJS();
  const isPack = typeof data === 'object' && data !== null && 'rules' in data;
  const items: unknown[] = isPack ? ((data).rules as unknown[]) : [data];
  if (!Array.isArray(items)) {
    problems.push({ file: shown, line: 1, column: 1, message: '"rules" must be a list of rules' });
    return [];
  }
  const out: LoadedRule[] = [];
  items.forEach((item, index) => {
    const prefix = isPack ? ['rules', index] : [];
    const errors = validateRule(item) ? checkPatterns(item) : explain(validateRule.errors ?? []);
    if (errors.length === 0) {
      out.push({ spec: item as RuleSpec, file });
      return;
    }
    for (const e of errors) {
      const path = [...prefix, ...e.path];
      problems.push({ file: shown, ...at(locate(doc, path, e.key)), message: e.message });
    }
  });
  return out;
}

interface Explained {
  path: (string | number)[];
  key?: string;
  message: string;
}

/** ajv's errors → one plain sentence each, without the noise of schema combinators. */
export function explain(errors: ErrorObject[]): Explained[] {
  const out: Explained[] = [];
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  for (const e of errors) {
    const path = pointerToPath(e.instancePath);
    const field = path.length ? `"${path.join('.')}"` : 'the rule';
    const params = e.params as Record<string, unknown>;
    switch (e.keyword) {
      case 'if':
      case 'oneOf':
        break;
      case 'anyOf': {
        const options = (e.schema as { required: string[] }[]).map((s) => s.required.join(', ')).join(' or ');
        out.push({ path, message: `${field} needs ${options}` });
        break;
      }
      case 'required':
        if (e.schemaPath.includes('/anyOf/') && anyOfPaths.has(e.instancePath)) break;
        out.push({ path, message: `${field} is missing the required field "${String(params.missingProperty)}"` });
        break;
      case 'additionalProperties': {
        const key = String(params.additionalProperty);
        const allowed = Object.keys((e.parentSchema as { properties?: object }).properties ?? {});
        const guess = nearest(key, allowed);
        out.push({ path, key, message: `unknown field "${key}"${guess ? `; did you mean "${guess}"?` : ''} (allowed: ${allowed.join(', ')})` });
        break;
      }
      case 'false schema':
        out.push({ path, key: String(path.at(-1)), message: `field ${field} does not apply to this rule's kind` });
        break;
      case 'enum':
        out.push({ path, message: `${field} must be one of: ${(params.allowedValues as unknown[]).join(', ')}` });
        break;
      case 'pattern':
        out.push({ path, message: `${field} has an invalid form${e.parentSchema && 'description' in e.parentSchema ? `: ${String(e.parentSchema.description)}` : ` (must match ${String(params.pattern)})`}` });
        break;
      default:
        out.push({ path, message: `${field} ${e.message ?? 'is invalid'}` });
    }
  }
  return out;
}

/** Every author regex must compile; say which one does not and why. */
function checkPatterns(spec: RuleSpec): Explained[] {
  const places: [(string | number)[], RuleSpec['patterns']][] = [
    [['patterns'], spec.patterns],
    ...(spec.sets ?? []).map((set, i): [(string | number)[], RuleSpec['patterns']] => [['sets', i, 'patterns'], set.patterns]),
  ];
  const out: Explained[] = [];
  for (const [base, patterns] of places) {
    for (const lang of ['zh', 'en'] as const) {
      (patterns?.[lang] ?? []).forEach((pattern, i) => {
        try {
          new RegExp(pattern, 'giu');
        } catch (error) {
          out.push({ path: [...base, lang, i], message: `invalid regular expression: ${(error as Error).message}` });
        }
      });
    }
  }
  return out;
}

function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer.slice(1).split('/').map((p) => {
    const key = p.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(key) ? Number(key) : key;
  });
}

/** The source offset of the node at `path` (or of `key` inside it), falling back to its parents. */
export function locate(doc: Document, path: (string | number)[], key?: string): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (depth === path.length && key !== undefined && isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
      if (pair && isScalar(pair.key) && pair.key.range) return pair.key.range[0];
    }
    if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) return node.range[0] as number;
  }
  return 0;
}

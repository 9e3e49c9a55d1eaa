// ajv's errors on a YAML file → one plain sentence each, at the line and column of the node.
import type { ErrorObject } from 'ajv';
import type { Document } from 'yaml';
import { lazyRequire } from '../lazy-require.js';
import { nearest } from '../pack/problems.js';

/** The yaml package: loaded only when there is YAML to read (the built-in pack comes as JSON). */
export const yamlLibrary = lazyRequire<typeof import('yaml')>('yaml');

export interface Explained {
  path: (string | number)[];
  key?: string;
  message: string;
}

/** ajv's errors → one plain sentence each, without the noise of schema combinators. */
export function explain(errors: ErrorObject[], subject = 'the rule'): Explained[] {
  const out: Explained[] = [];
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  for (const e of errors) {
    const path = pointerToPath(e.instancePath);
    const field = path.length ? `"${path.join('.')}"` : subject;
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
      case 'type':
        // "must be string" or "must be object": the other branch's sentence says it better.
        if (e.schemaPath.includes('/oneOf/') && oneOfPaths.has(e.instancePath) && errors.some((o) => o !== e && o.instancePath === e.instancePath && o.keyword !== 'type' && o.keyword !== 'oneOf')) break;
        out.push({ path, message: `${field} ${e.message ?? 'has the wrong type'}` });
        break;
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

export function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer.slice(1).split('/').map((p) => {
    const key = p.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(key) ? Number(key) : key;
  });
}

/** The source offset of the node at `path` (or of `key` inside it), falling back to its parents. */
export function locate(doc: Document, path: (string | number)[], key?: string): number {
  const { isMap, isPair, isScalar } = yamlLibrary();
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

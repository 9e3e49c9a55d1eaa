// The rule file's shape as TypeScript types (the JSON Schema in schemas/ is the authority).
import type { Lang, RuleSource, Severity } from '../types.js';
import type { TermList } from '../segment/terms.js';

export type RuleKind = 'existence' | 'substitution' | 'cooccurrence';
export type Condition = 'negated' | 'quoted' | 'hedged' | 'question';
export type Example = string | { text: string; output?: string };

export interface TermSet {
  name: string;
  terms?: TermList;
  patterns?: TermList;
  /** Named vocabularies of the project config whose terms join `terms`. */
  vocabularies?: string[];
}

export interface RuleSpec {
  id: string;
  kind: RuleKind;
  category: string;
  severity: Severity;
  message: Record<Lang, string>;
  rationale: string;
  source: RuleSource;
  unless?: Condition[];
  terms?: TermList;
  patterns?: TermList;
  vocabularies?: string[];
  swap?: { zh?: Record<string, string>; en?: Record<string, string> };
  sets?: TermSet[];
  scope?: 'sentence' | 'paragraph';
  within?: number;
  examples: { valid: Example[]; invalid: Example[] };
  status?: 'draft' | 'stable';
  /** high → error, medium → warning, low → info in the built-in pack. */
  confidence?: 'high' | 'medium' | 'low';
}

/** A rule as read from disk, with what is needed to point back into its file. */
export interface LoadedRule {
  spec: RuleSpec;
  file: string;
}

// The one switch from a rule's kind to the check that runs it.
import type { RuleSpec } from '../pack/spec.js';
import type { Check } from './context.js';
import { cooccurrenceCheck } from './cooccurrence.js';
import { existenceCheck } from './existence.js';
import { substitutionCheck } from './substitution.js';

export function buildCheck(spec: RuleSpec): Check {
  switch (spec.kind) {
    case 'existence':
      return existenceCheck(spec);
    case 'substitution':
      return substitutionCheck(spec);
    case 'cooccurrence':
      return cooccurrenceCheck(spec);
  }
}

export type { Check, Finding } from './context.js';

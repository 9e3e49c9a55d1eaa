// textlint's equivalent dictionary: every term, swap and pattern of commslint's built-in pack as a
// prh rule, so that both tools look for the same words in the same files.
import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { escapeRegex, readRuleSpecs, ruleWords } from '../lib/pack-terms.mjs';

/**
 * A term as a prh regex: prh's own escaping (`\-`) is invalid under the u flag it adds. English
 * terms match whole words in any case, as prh's wordBoundary option and commslint do.
 */
function termPattern(term, lang) {
  return lang === 'en' ? `/\\b${escapeRegex(term)}\\b/gi` : `/${escapeRegex(term)}/g`;
}

/** prh reports "match => expected": a swap's replacement, or the rule id for a term with none. */
export function prhRules(specs) {
  const rules = new Map();
  const add = (pattern, expected) => rules.has(pattern) || rules.set(pattern, { expected, pattern });
  for (const spec of specs) {
    const { terms, patterns } = ruleWords(spec);
    for (const lang of ['zh', 'en']) {
      for (const term of terms[lang]) add(termPattern(term, lang), spec.swap?.[lang]?.[term] ?? `[${spec.id}]`);
    }
    // commslint compiles patterns case-insensitive (src/segment/terms.ts); prh adds the u flag.
    for (const pattern of patterns) add(`/${pattern}/gi`, `[${spec.id}]`);
  }
  return [...rules.values()];
}

/** Writes prh.yml and a textlint config that uses it; returns the config path and rule count. */
export function writeTextlintConfig(rulesDir, outDir) {
  const rules = prhRules(readRuleSpecs(rulesDir));
  const prhPath = `${outDir}/prh.yml`;
  writeFileSync(prhPath, stringify({ version: 1, rules }, { lineWidth: 0 }));
  const configPath = `${outDir}/textlintrc.json`;
  // Blockquotes and emphasis are prose to commslint too.
  const prh = { rulePaths: [prhPath], checkBlockQuote: true, checkEmphasis: true };
  writeFileSync(configPath, JSON.stringify({ rules: { prh } }, null, 2));
  return { configPath, ruleCount: rules.length };
}

// The shared vocabulary of commslint: messages, rules and lint results.
// Positions follow ESLint: `line` and `column` are 1-based, `endColumn` is exclusive (the column
// just after the last character); offsets (`range`) are 0-based UTF-16 indexes into the text
// that was linted (after a leading BOM is removed).

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'zh' | 'en';

export const CATEGORIES = [
  'persona-safety',
  'combative',
  'fan-mobilization',
  'aesthetics-over-safety',
  'absolute-claim',
  'autonomy-overclaim',
] as const;
/** Built-in categories; a custom pack may use its own. */
export type Category = string;

/** A replacement of `range` (0-based offsets, end exclusive) by `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface Suggestion {
  desc: string;
  fix: Fix;
}

/** Where a rule comes from: the case-study passage and, where one backs it, a regulation. */
export interface RuleSource {
  /** Seed file, relative to the package root, e.g. `seeds/000_313dcbf2a2e2c52c.txt`. */
  seed: string;
  /** Paragraph markers of the seed, e.g. `["[20]", "[21]"]`. */
  passages: string[];
  /** The words of the seed this rule rests on. */
  quote: string;
  regulations?: string[];
}

export interface LintMessage {
  ruleId: string | null;
  category: Category;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based offsets of the flagged words. */
  range: [number, number];
  /** The flagged words as written. */
  actual?: string;
  /** The preferred wording, for substitution rules. */
  expected?: string;
  fix?: Fix;
  suggestions?: Suggestion[];
  source?: RuleSource;
}

/** A rule's setting in a config: off, or the severity to report it with. */
export type RuleSetting = Severity | 'off';

export interface LintOptions {
  /** Used in messages only. */
  filePath?: string;
  /** Language of messages; by default the draft's own language. */
  locale?: Lang;
  /** Per rule id or category: turn rules off or change their severity (a rule id beats its category). */
  rules?: Readonly<Record<string, RuleSetting>>;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The text that was linted, kept for formatters that show the source. */
  source?: string;
  /** The language detected in the draft. */
  language: Lang;
  /** With --fix or --fix-dry-run: the fixed text, present only when a fix changed it. */
  output?: string;
}

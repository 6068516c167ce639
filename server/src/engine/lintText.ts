import type { Dialect } from '../model/common';
import { ConfigParser } from '../parsing/configParser';
import type { AnyRule, Finding } from '../rules/types';
import { RULES } from '../rules/registry';
import { SourceText } from '../text/sourceText';
import { Linter, type LintOutcome, type ParsedConfig } from './linter';
import type { LintSettings } from './settings';

/**
 * The largest text linted. Past it a parse of the whole file would stall an editor for seconds;
 * the file gets one syntax-rule finding that says why it was not linted, never a silent pass.
 */
export const MAX_LINT_CHARS = 10 * 1024 * 1024;

export interface LintResult extends LintOutcome {
  readonly source: SourceText;
  readonly config: ParsedConfig | null;
}

function describeSize(chars: number): string {
  return `${(chars / (1024 * 1024)).toFixed(1)} MB`;
}

/** A finding of the dialect's syntax rule for input that is not a config at all. */
export function inputFinding(dialect: Dialect, message: string, start = 0, end = 0): Finding {
  return { ruleId: `${dialect}/syntax`, message, span: { start, end }, severity: 'error', fixes: [] };
}

/** Findings for input that cannot be what it claims, before any parse: too large, binary. */
export function inputProblems(dialect: Dialect, text: string): Finding[] {
  if (text.length > MAX_LINT_CHARS) {
    return [inputFinding(dialect, `File not linted: it is ${describeSize(text.length)}, over the ${describeSize(MAX_LINT_CHARS)} limit for one file.`)];
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return [inputFinding(dialect, 'File not linted: it contains NUL bytes, so it is binary data rather than a configuration file.', nul, nul + 1)];
  }
  return [];
}

/** Parse, model and lint one text: the path the CLI and the tests take. */
export class TextLinter {
  private readonly linter: Linter;

  constructor(
    private readonly parser: ConfigParser,
    rules: readonly AnyRule[] = RULES,
  ) {
    this.linter = new Linter(rules);
  }

  async lint(dialect: Dialect, text: string, settings: LintSettings): Promise<LintResult> {
    const source = new SourceText(text);
    const problems = inputProblems(dialect, text);
    if (problems.length) return { source, config: null, findings: problems, ruleErrors: [] };
    const config = await this.parser.parse(dialect, text);
    return { source, config, ...this.linter.lint(config, source, settings) };
  }
}

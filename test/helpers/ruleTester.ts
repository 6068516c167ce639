import * as assert from 'assert';
import { applyEdits, fixUntilStable } from '../../server/src/engine/fixes';
import { TextLinter } from '../../server/src/engine/lintText';
import { normalizeSettings } from '../../server/src/engine/settings';
import { ConfigParser } from '../../server/src/parsing/configParser';
import { GrammarLoader } from '../../server/src/parsing/treeSitter';
import type { AnyRule, Finding, Severity } from '../../server/src/rules/types';

/** One grammar loader for the whole mocha run: loading WASM is the slow part. */
const parser = new ConfigParser(new GrammarLoader());

/** The case counts of every rule given a table, for the catalogue meta-test (all test files load before any test runs). */
export const TESTED_RULES = new Map<string, { valid: number; invalid: number }>();

export interface ValidCase {
  readonly name: string;
  readonly code: string;
  /** Settings as VS Code or `.affinity-lint.json` would give them. */
  readonly settings?: Record<string, unknown>;
}

export interface ExpectedFinding {
  /** 1-based, like an editor shows it. */
  readonly line: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly message?: RegExp;
  readonly severity?: Severity;
}

export interface InvalidCase extends ValidCase {
  readonly errors: readonly ExpectedFinding[];
  /** The text after applying the preferred fixes until stable; null when no preferred fix is offered. */
  readonly output: string | null;
  /** The other fixes of the first finding, by title, each applied alone to the original text. */
  readonly suggestions?: readonly { readonly title: RegExp; readonly output: string }[];
}

export interface RuleCases {
  readonly valid: readonly ValidCase[];
  readonly invalid: readonly InvalidCase[];
}

/** 1-based line and column of an offset, as an editor shows them. */
export function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** Checks findings against a case's expected list: count, rule, positions, messages, severities. */
export function assertFindings(code: string, findings: readonly Finding[], errors: readonly ExpectedFinding[], ruleId: string, defaultSeverity: Severity): void {
  assert.strictEqual(findings.length, errors.length, `findings: ${JSON.stringify(findings.map((f) => f.message))}`);
  findings.forEach((f, i) => {
    const want = errors[i];
    const start = position(code, f.span.start);
    const end = position(code, f.span.end);
    assert.strictEqual(f.ruleId, ruleId);
    assert.strictEqual(start.line, want.line, `line of finding ${i}`);
    if (want.column !== undefined) assert.strictEqual(start.column, want.column, `column of finding ${i}`);
    if (want.endLine !== undefined) assert.strictEqual(end.line, want.endLine, `end line of finding ${i}`);
    if (want.endColumn !== undefined) assert.strictEqual(end.column, want.endColumn, `end column of finding ${i}`);
    if (want.message) assert.match(f.message, want.message);
    assert.strictEqual(f.severity, want.severity ?? defaultSeverity, `severity of finding ${i}`);
  });
}

/**
 * Table-driven tests of one rule through the real engine (grammar, model, dispatch, suppressions,
 * fixes) with only that rule active: must-not-flag cases, must-flag cases with positions and
 * messages, and the exact text each fix produces. After the fixes, linting again must find nothing
 * of the rule, and fixing again must change nothing (fixes converge).
 */
export function ruleTester(rule: AnyRule, cases: RuleCases): void {
  const counted = TESTED_RULES.get(rule.meta.id) ?? { valid: 0, invalid: 0 };
  TESTED_RULES.set(rule.meta.id, { valid: counted.valid + cases.valid.length, invalid: counted.invalid + cases.invalid.length });
  const linter = new TextLinter(parser, [rule]);
  const lint = async (code: string, raw?: Record<string, unknown>): Promise<Finding[]> => {
    const { settings } = normalizeSettings(raw ?? {});
    const dialect = rule.meta.dialect;
    if (dialect !== 'nginx' && dialect !== 'haproxy') throw new Error(`${rule.meta.id}: a rule of a file kind is tested with kindRuleTester`);
    const result = await linter.lint(dialect, code, settings);
    assert.deepStrictEqual(result.ruleErrors, [], `the rule threw: ${String(result.ruleErrors[0]?.error)}`);
    return result.findings;
  };

  describe(rule.meta.id, () => {
    assert.ok(cases.valid.length > 0, `${rule.meta.id} needs must-not-flag cases`);
    assert.ok(cases.invalid.length > 0, `${rule.meta.id} needs must-flag cases`);

    describe('must not flag', () => {
      for (const c of cases.valid) {
        it(c.name, async () => {
          const findings = await lint(c.code, c.settings);
          assert.deepStrictEqual(
            findings.map((f) => `${position(c.code, f.span.start).line}: ${f.message}`),
            [],
          );
        });
      }
    });

    describe('must flag', () => {
      for (const c of cases.invalid) {
        it(c.name, async () => {
          const findings = await lint(c.code, c.settings);
          assertFindings(c.code, findings, c.errors, rule.meta.id, rule.meta.severity);

          const fixed = await fixUntilStable(c.code, (t) => lint(t, c.settings));
          if (c.output === null) {
            assert.strictEqual(fixed.applied, 0, 'expected no preferred fix');
          } else {
            assert.strictEqual(fixed.text, c.output);
            const after = await lint(fixed.text, c.settings);
            assert.deepStrictEqual(after.map((f) => f.message), [], 'the fixed text is flagged again');
            const again = await fixUntilStable(fixed.text, (t) => lint(t, c.settings));
            assert.strictEqual(again.text, fixed.text, 'fixing twice changes the text again');
          }

          for (const s of c.suggestions ?? []) {
            const fix = findings[0].fixes.find((f) => s.title.test(f.title));
            assert.ok(fix, `no fix titled ${s.title} among ${JSON.stringify(findings[0].fixes.map((f) => f.title))}`);
            assert.strictEqual(applyEdits(c.code, fix.edits), s.output);
          }
        });
      }
    });
  });
}

import * as assert from 'assert';
import { applyEdits, fixUntilStable } from '../../server/src/engine/fixes';
import { normalizeSettings } from '../../server/src/engine/settings';
import type { FileKind, KindFiles, KindModel, WorkspaceLinks } from '../../server/src/kinds/fileKind';
import { lintKind, NO_FILES } from '../../server/src/kinds/kindLinter';
import type { Finding, KindRule } from '../../server/src/rules/types';
import { assertFindings, position, TESTED_RULES, type InvalidCase, type ValidCase } from './ruleTester';

/** A case as ruleTester's, with what a file kind also reads: its name, the files beside it, the workspace. */
export interface KindValidCase extends ValidCase {
  /** The file's name, for kinds that read by name (`docker-compose.yml`, `traefik.toml`); the tester's default file otherwise. */
  readonly file?: string;
  /** Files beside the linted one (`package.json`, a lockfile), by path relative to it. */
  readonly files?: Readonly<Record<string, string>>;
  /** The workspace's load balancers and apps as the linted file sees them (link/). */
  readonly workspace?: WorkspaceLinks;
}

export interface KindInvalidCase extends KindValidCase, Pick<InvalidCase, 'errors' | 'output' | 'suggestions'> {}

export interface KindRuleCases {
  readonly valid: readonly KindValidCase[];
  readonly invalid: readonly KindInvalidCase[];
}


/** Files beside `/project/<file>` as the case gives them. */
function filesOf(c: KindValidCase): KindFiles {
  if (!c.files) return NO_FILES;
  const byPath = new Map(Object.entries(c.files).map(([rel, text]) => [`/project/${rel}`, text]));
  return { read: (file) => Promise.resolve(byPath.get(file) ?? null) };
}

/**
 * Table-driven tests of one rule of a file kind through the real reader and engine (model,
 * suppressions, fixes) with only that rule active, as ruleTester does for the configuration
 * dialects: must-not-flag cases, must-flag cases with positions and messages, the exact text the
 * preferred fixes produce, which must lint clean of the rule and not change when fixed again.
 * `check` may judge each fixed text further (a schema, say).
 */
export function kindRuleTester<M extends KindModel>(
  kind: FileKind<M>,
  rule: KindRule<M>,
  cases: KindRuleCases,
  options: { readonly defaultFile: string; readonly check?: (fixedText: string, c: KindInvalidCase) => void | Promise<void> },
): void {
  const counted = TESTED_RULES.get(rule.meta.id) ?? { valid: 0, invalid: 0 };
  TESTED_RULES.set(rule.meta.id, { valid: counted.valid + cases.valid.length, invalid: counted.invalid + cases.invalid.length });
  const lint = async (c: KindValidCase, code: string): Promise<Finding[]> => {
    // A rule off by default is tested switched on (at its default severity), unless the case sets it.
    const raw = rule.meta.enabledByDefault === false ? { ...(c.settings ?? {}), rules: { [rule.meta.id]: rule.meta.severity, ...((c.settings?.rules as object) ?? {}) } } : c.settings ?? {};
    const { settings } = normalizeSettings(raw);
    const result = await lintKind(kind, `/project/${c.file ?? options.defaultFile}`, code, settings, filesOf(c), [rule], c.workspace);
    assert.deepStrictEqual(result.ruleErrors, [], `the rule threw: ${String((result.ruleErrors[0]?.error as Error)?.stack ?? result.ruleErrors[0]?.error)}`);
    return result.findings.filter((f) => f.ruleId === rule.meta.id);
  };

  describe(rule.meta.id, () => {
    assert.ok(cases.valid.length > 0, `${rule.meta.id} needs must-not-flag cases`);
    assert.ok(cases.invalid.length > 0, `${rule.meta.id} needs must-flag cases`);

    describe('must not flag', () => {
      for (const c of cases.valid) {
        it(c.name, async () => {
          const findings = await lint(c, c.code);
          assert.deepStrictEqual(findings.map((f) => `${position(c.code, f.span.start).line}: ${f.message}`), []);
        });
      }
    });

    describe('must flag', () => {
      for (const c of cases.invalid) {
        it(c.name, async () => {
          const findings = await lint(c, c.code);
          assertFindings(c.code, findings, c.errors, rule.meta.id, rule.meta.severity);

          const fixed = await fixUntilStable(c.code, (t) => lint(c, t));
          if (c.output === null) {
            assert.strictEqual(fixed.applied, 0, 'expected no preferred fix');
          } else {
            assert.strictEqual(fixed.text, c.output);
            const after = await lint(c, fixed.text);
            assert.deepStrictEqual(after.map((f) => f.message), [], 'the fixed text is flagged again');
            const again = await fixUntilStable(fixed.text, (t) => lint(c, t));
            assert.strictEqual(again.text, fixed.text, 'fixing twice changes the text again');
            await options.check?.(fixed.text, c);
          }

          for (const s of c.suggestions ?? []) {
            const fix = findings[0].fixes.find((f) => s.title.test(f.title));
            assert.ok(fix, `no fix titled ${s.title} among ${JSON.stringify(findings[0].fixes.map((f) => f.title))}`);
            assert.strictEqual(applyEdits(c.code, fix.edits), s.output);
            await options.check?.(s.output, c);
          }
        });
      }
    });
  });
}

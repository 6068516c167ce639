import * as assert from 'assert';
import { inputProblems, MAX_LINT_CHARS, TextLinter } from '../../../server/src/engine/lintText';
import { DEFAULT_SETTINGS } from '../../../server/src/engine/settings';
import { ConfigParser } from '../../../server/src/parsing/configParser';
import { GrammarLoader } from '../../../server/src/parsing/treeSitter';
import { RULES } from '../../../server/src/rules/registry';

const linter = new TextLinter(new ConfigParser(new GrammarLoader()));

describe('lintText: input that is not a config', () => {
  it('text over 10 MiB gives one syntax-rule error and is not parsed', async () => {
    const big = `http {\n${'    # padding padding padding padding padding padding\n'.repeat(Math.ceil(MAX_LINT_CHARS / 50))}}\n`;
    assert.ok(big.length > MAX_LINT_CHARS);
    for (const dialect of ['nginx', 'haproxy'] as const) {
      const result = await linter.lint(dialect, big, DEFAULT_SETTINGS);
      assert.strictEqual(result.config, null);
      assert.strictEqual(result.findings.length, 1);
      const [f] = result.findings;
      assert.strictEqual(f.ruleId, `${dialect}/syntax`);
      assert.strictEqual(f.severity, 'error');
      assert.match(f.message, /^File not linted: it is 10\.\d MB, over the 10\.0 MB limit for one file\.$/);
      assert.deepStrictEqual(f.fixes, []);
    }
  });

  it('exactly 10 MiB is still linted', () => {
    assert.strictEqual(MAX_LINT_CHARS, 10 * 1024 * 1024);
    assert.deepStrictEqual(inputProblems('nginx', ' '.repeat(MAX_LINT_CHARS)), []);
  });

  it('a NUL byte gives a syntax-rule error at its offset', async () => {
    const text = 'global\n    daemon\n\u0000\u0001\u0002';
    const result = await linter.lint('haproxy', text, DEFAULT_SETTINGS);
    assert.deepStrictEqual(
      result.findings.map((f) => [f.ruleId, f.severity, f.span]),
      [['haproxy/syntax', 'error', { start: 18, end: 19 }]],
    );
    assert.match(result.findings[0].message, /NUL bytes, so it is binary data/);
  });

  it('the input finding is not silenced by a suppression comment or by switching rules off', async () => {
    const text = '# affinity-lint global ignore=nginx/syntax\n\u0000';
    const result = await linter.lint('nginx', text, { ...DEFAULT_SETTINGS, rules: { 'nginx/syntax': 'off' } });
    assert.strictEqual(result.findings.length, 1);
    assert.strictEqual(result.findings[0].ruleId, 'nginx/syntax');
  });

  it('an empty text is clean for both dialects', async () => {
    for (const dialect of ['nginx', 'haproxy'] as const) {
      const result = await linter.lint(dialect, '', DEFAULT_SETTINGS);
      assert.deepStrictEqual(result.findings, []);
      assert.deepStrictEqual(result.ruleErrors, []);
    }
  });

  it('runs every registered rule of the dialect and sorts findings by position', async () => {
    const text = 'http {\n    upstream a {\n        sticky cookie s;\n        ip_hash;\n    }\n}\n';
    const result = await linter.lint('nginx', text, DEFAULT_SETTINGS);
    const starts = result.findings.map((f) => f.span.start);
    assert.deepStrictEqual(starts, [...starts].sort((a, b) => a - b));
    assert.ok(result.findings.some((f) => f.ruleId === 'nginx/ip-hash'));
    assert.ok(result.findings.every((f) => RULES.some((r) => r.meta.id === f.ruleId && r.meta.dialect === 'nginx')));
  });
});

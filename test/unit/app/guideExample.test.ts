// What the app rules say about the shared-store guide's own Node code: the example of
// docs/shared-session-store.md and the express-session-redis snippet must lint clean, and the guide's
// old example (the end-to-end test's fixture) gets the findings that stop it or weaken it, with the
// installed versions of each fixture's lockfile. Reads files of this repository only.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { APP_KIND } from '../../../server/src/app/kind';
import { normalizeSettings } from '../../../server/src/engine/settings';
import { lintKind } from '../../../server/src/kinds/kindLinter';

const REPO = path.resolve(__dirname, '..', '..', '..', '..');
const FIXTURES = path.join(REPO, 'test', 'fixtures', 'app');
const files = { read: (f: string) => fs.promises.readFile(f, 'utf8').catch(() => null) };

/** `line: rule id` of every finding on `text`, linted as if it were `at` (versions from its folder). */
async function findings(text: string, at: string): Promise<string[]> {
  const result = await lintKind(APP_KIND, at, text, normalizeSettings({}).settings, files);
  assert.deepStrictEqual(result.ruleErrors, []);
  return result.findings.map((f) => `${text.slice(0, f.span.start).split('\n').length}: ${f.ruleId}`);
}

function docsExample(): string {
  const doc = fs.readFileSync(path.join(REPO, 'docs', 'shared-session-store.md'), 'utf8');
  const block = /```js\n([\s\S]*?)```/.exec(doc.slice(doc.indexOf('### Node.js')));
  assert.ok(block, 'docs/shared-session-store.md has a js block under "### Node.js"');
  return block[1];
}

/** The snippet's body with its placeholders at their defaults, after an Express app. */
function snippet(): string {
  const file = JSON.parse(fs.readFileSync(path.join(REPO, 'snippets', 'express-session-redis.code-snippets'), 'utf8')) as Record<string, { body: string[] }>;
  const body = Object.values(file)[0].body.join('\n').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$0/g, '');
  return `const express = require('express');\nconst app = express();\n${body}\n`;
}

describe("the shared-store guide's Node code under the app rules", () => {
  const cases: [string, () => string, string, string[]][] = [
    ['the example of docs/shared-session-store.md, connect-redis 11', docsExample, 'guide-example/app.mjs', []],
    ['the express-session-redis snippet, connect-redis 10', snippet, 'connect-redis-10/app.js', []],
    [
      "the guide's old example, connect-redis 11",
      () => fs.readFileSync(path.join(FIXTURES, 'guide-example', 'app.js'), 'utf8'),
      'guide-example/app.js',
      ['7: app/connect-redis-api', '10: app/redis-not-connected', '14: app/cookie-default-name', '19: app/cookie-no-samesite'],
    ],
    [
      'the Secure cookie without trust proxy, connect-redis 11',
      () => fs.readFileSync(path.join(FIXTURES, 'guide-example', 'secure-no-trust-proxy.mjs'), 'utf8'),
      'guide-example/secure-no-trust-proxy.mjs',
      ['19: app/secure-cookie-no-trust-proxy'],
    ],
  ];
  for (const [name, text, at, want] of cases) {
    it(name, async () => assert.deepStrictEqual(await findings(text(), path.join(FIXTURES, at)), want));
  }
});

// What the app rules say about the shared-store guide's own Node code: the example of
// docs/shared-session-store.md and the express-session-redis completion (for the fixture's versions) must lint clean, and the guide's
// old example (the end-to-end test's fixture) gets the findings that stop it or weaken it, with the
// installed versions of each fixture's lockfile. Reads files of this repository only.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { APP_KIND } from '../../../server/src/app/kind';
import { normalizeSettings } from '../../../server/src/engine/settings';
import { lintKind } from '../../../server/src/kinds/kindLinter';
import { SourceText } from '../../../server/src/text/sourceText';

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

/** What the express-session-redis completion writes after an Express app, in `at` (versions from its folder). */
async function generated(at: string): Promise<string> {
  const head = "const express = require('express');\nconst app = express();\n\n";
  const input = { file: at, text: head, source: new SourceText(head), settings: normalizeSettings({}).settings, files };
  const items = (await APP_KIND.completion?.(null, input, head.length)) ?? [];
  const item = items.find((i) => i.label === 'express-session-redis');
  assert.ok(item?.insertText, 'the completion offers the set-up');
  return head + item.insertText;
}

describe("the shared-store guide's Node code under the app rules", () => {
  const cases: [string, (at: string) => string | Promise<string>, string, string[]][] = [
    ['the example of docs/shared-session-store.md, connect-redis 11', docsExample, 'guide-example/app.mjs', []],
    ['the express-session-redis completion, connect-redis 10', generated, 'connect-redis-10/app.js', []],
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
    it(name, async () => assert.deepStrictEqual(await findings(await text(path.join(FIXTURES, at)), path.join(FIXTURES, at)), want));
  }
});

import * as assert from 'assert';
import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { cookiePathFor, regexPathNoCookiePath } from '../../../../server/src/rules/ingress-nginx/regex-path-no-cookie-path';
import { kindRuleTester } from '../../../helpers/kindRuleTester';
import { HARDENED, ingress } from './ingress';

kindRuleTester(MANIFEST_KIND, regexPathNoCookiePath, {
  valid: [
    { name: 'regex path with session-cookie-path', code: ingress([...HARDENED, 'use-regex: "true"', 'session-cookie-path: "/api"'], ['/api(/|$)(.*)']) },
    { name: 'use-regex on plain paths: the path is a valid cookie path', code: ingress([...HARDENED, 'use-regex: "true"'], ['/api', '/static']) },
    { name: 'regex characters without use-regex or rewrite-target: a literal prefix', code: ingress(HARDENED, ['/files/(old)']) },
    { name: 'regex paths without affinity', code: ingress(['use-regex: "true"'], ['/api/.*']) },
  ],
  invalid: [
    {
      name: 'use-regex with a regex path',
      code: ingress([...HARDENED, 'use-regex: "true"'], ['/app/v1/.*']),
      errors: [{ line: 6, column: 5, message: /regular-expression path "\/app\/v1\/\.\*" without .*session-cookie-path.*set it to "\/app\/v1"/ }],
      output: ingress([...HARDENED, 'use-regex: "true"', 'session-cookie-path: "/app/v1"'], ['/app/v1/.*']),
    },
    {
      name: 'rewrite-target implies regex; an optional slash makes "/" the only safe path',
      code: ingress([...HARDENED, 'rewrite-target: /$1'], ['/nodefiles/?(.*)']),
      errors: [{ line: 6, message: /set it to "\/"/ }],
      output: ingress([...HARDENED, 'rewrite-target: /$1', 'session-cookie-path: "/"'], ['/nodefiles/?(.*)']),
    },
  ],
}, { defaultFile: 'ingress.yaml' });

describe('ingress-nginx/regex-path-no-cookie-path: cookiePathFor', () => {
  const cases: [string[], string][] = [
    [['/app/v1/.*'], '/app/v1'],
    [['/api(/|$)(.*)'], '/'],
    [['/shop/cart/(.+)', '/shop/items/[0-9]+'], '/shop'],
    [['/nodefiles/?(.*)'], '/'],
    [['/a/b*'], '/a'],
    [['.*'], '/'],
  ];
  for (const [paths, want] of cases) it(`${paths.join(', ')} -> ${want}`, () => assert.strictEqual(cookiePathFor(paths), want));
});

import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { traefikStickyCookieNoMaxAge } from '../../../../server/src/rules/traefik/sticky-cookie-no-max-age';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const TS = (cookie: string): string => `apiVersion: traefik.io/v1alpha1\nkind: TraefikService\nmetadata:\n  name: lvl1\nspec:\n  weighted:\n    services:\n      - name: whoami\n        port: 80\n    sticky:\n      cookie:\n${cookie}`;

kindRuleTester(MANIFEST_KIND, traefikStickyCookieNoMaxAge, {
  valid: [
    { name: 'maxAge in seconds', code: TS('        name: lvl1\n        maxAge: 172800\n') },
    { name: 'label maxage', file: 'compose.yml', code: 'services:\n  a:\n    image: a\n    labels: ["traefik.http.services.a.loadbalancer.sticky.cookie.maxage=600"]\n' },
  ],
  invalid: [
    {
      name: 'no maxAge on Traefik 3.0: a browser-session cookie, maxAge added',
      code: TS('        name: lvl1\n'),
      settings: { platforms: { traefik: '3.0' } },
      errors: [{ line: 11, severity: 'info', message: /has no maxAge: Traefik then sends no Max-Age, so it is a browser-session cookie/ }],
      output: TS('        name: lvl1\n        maxAge: 3600\n'),
    },
    {
      name: 'no version known: maxAge offered, not preferred (Traefik 2 refuses it)',
      file: 'compose.yml',
      code: 'services:\n  a:\n    image: a\n    labels:\n      - traefik.http.services.a.loadbalancer.sticky.cookie.httponly=true\n',
      errors: [{ line: 5 }],
      output: null,
      suggestions: [{ title: /^Set traefik\.http\.services\.a\.loadbalancer\.sticky\.cookie\.maxage=3600 \(needs Traefik 3\.0; Traefik 3\.7 \(assumed; set platforms\.traefik\)\)$/, output: 'services:\n  a:\n    image: a\n    labels:\n      - traefik.http.services.a.loadbalancer.sticky.cookie.httponly=true\n      - traefik.http.services.a.loadbalancer.sticky.cookie.maxage=3600\n' }],
    },
    {
      name: 'a traefik:v3.1 image in the file: preferred',
      file: 'compose.yml',
      code: 'services:\n  proxy:\n    image: traefik:v3.1\n  a:\n    image: a\n    labels:\n      traefik.http.services.a.loadbalancer.sticky.cookie.name: a_srv\n',
      errors: [{ line: 7 }],
      output: 'services:\n  proxy:\n    image: traefik:v3.1\n  a:\n    image: a\n    labels:\n      traefik.http.services.a.loadbalancer.sticky.cookie.name: a_srv\n      traefik.http.services.a.loadbalancer.sticky.cookie.maxage: 3600\n',
    },
    {
      name: 'maxAge: 0 is no Max-Age either',
      code: TS('        name: lvl1\n        maxAge: 0\n'),
      errors: [{ line: 13, message: /sets maxAge to 0/ }],
      output: TS('        name: lvl1\n        maxAge: 3600\n'),
    },
    {
      name: 'a negative maxAge expires the cookie at once: a warning',
      code: TS('        maxAge: -1\n'),
      errors: [{ line: 12, severity: 'warning', message: /expire at once/ }],
      output: TS('        maxAge: 3600\n'),
    },
    {
      name: 'a Traefik 2 target cannot set one: no fix',
      code: TS('        name: lvl1\n'),
      settings: { platforms: { traefik: '2.11' } },
      errors: [{ line: 11, message: /Traefik 2\.11 \(platforms\.traefik\) cannot set a lifetime: maxAge came in Traefik 3\.0/ }],
      output: null,
    },
  ],
}, { defaultFile: 'manifest.yaml' });

import { setScalar } from '../../manifest/edits';
import { presentPair, textOf, type ManifestModel } from '../../manifest/model';
import type { KindRule } from '../types';
import { consistentHashBlocks, httpCookieOf } from './consistentHash';

/**
 * `consistentHash.httpCookie` with a ttl (the sidecar sets the cookie) and no `path`: Istio passes the
 * empty path on and Envoy then writes no Path attribute, so the browser scopes the cookie to the
 * directory of the URL that set it.
 */
export const istioHashCookieNoPath: KindRule<ManifestModel> = {
  meta: {
    id: 'istio/hash-cookie-no-path',
    dialect: 'istio',
    severity: 'warning',
    summary: 'DestinationRule consistentHash httpCookie the sidecar sets without path: the browser default path splits affinity across URL paths',
    fixable: true,
  },
  checkModel(context) {
    for (const block of consistentHashBlocks(context.config)) {
      const cookie = httpCookieOf(block);
      if (!cookie || !presentPair(cookie.map, 'ttl')) continue;
      const path = presentPair(cookie.map, 'path');
      // An empty string is no path for Envoy either.
      if (path && textOf(path.value) !== '') continue;
      context.report({
        message: `The cookie Envoy sets for the httpCookie in ${block.where} has no 'path', so its Set-Cookie has no Path: the browser sends it back only under the directory of the URL that set it, and requests elsewhere get a new cookie and maybe another backend. Add 'path: /'.`,
        span: cookie.pair.key.span,
        fixes: [{ title: "Add 'path: /'", edits: [setScalar(cookie.map, 'path', '/', context.source)], preferred: true }],
      });
    }
  },
};

import { setScalar } from '../../manifest/edits';
import { pairOf, presentPair, textOf, type ManifestModel } from '../../manifest/model';
import type { Fix, KindRule } from '../types';
import { consistentHashBlocks, httpCookieOf } from './consistentHash';

/** Session cookies that applications set themselves: hashing on them without a ttl is the intended use. */
const APP_SESSION_COOKIES = new Set(['jsessionid', 'phpsessid', 'asp.net_sessionid', 'connect.sid', 'session', 'sessionid', 'laravel_session', '_session_id', 'sid']);

/** `consistentHash.httpCookie` without `ttl`: Envoy never sets the cookie, so only clients that already have it get affinity. */
export const istioHashCookieNoTtl: KindRule<ManifestModel> = {
  meta: {
    id: 'istio/hash-cookie-no-ttl',
    dialect: 'istio',
    severity: 'warning',
    summary: 'DestinationRule consistentHash httpCookie without ttl: the sidecar never sets the cookie, so new clients get no affinity',
    fixable: true,
  },
  checkModel(context) {
    for (const block of consistentHashBlocks(context.config)) {
      const cookie = httpCookieOf(block);
      if (!cookie || presentPair(cookie.map, 'ttl')) continue;
      const name = textOf(pairOf(cookie.map, 'name')?.value) ?? '';
      const appCookie = APP_SESSION_COOKIES.has(name.toLowerCase());
      const fixes: Fix[] = appCookie
        ? []
        : [{ title: "Add 'ttl: 3600s' (the sidecar then sets the cookie when a request has none)", edits: [setScalar(cookie.map, 'ttl', '3600s', context.source)], preferred: false }];
      context.report({
        message: appCookie
          ? `'httpCookie' '${name}' in ${block.where} has no 'ttl': Envoy hashes on the application's own session cookie and never sets one, so requests before the application sets it (login) go to random backends. Intended when '${name}' is the application's cookie; give it a 'ttl' only for a cookie of its own.`
          : `'httpCookie'${name ? ` '${name}'` : ''} in ${block.where} has no 'ttl': Envoy generates the cookie only when a ttl is set, so a client without it gets no hash and a random backend on every request; affinity is silently absent unless the application sets this cookie itself. Add a 'ttl' ('0s' for a browser-session cookie).`,
        span: cookie.pair.key.span,
        severity: appCookie ? 'info' : 'warning',
        fixes,
      });
    }
  },
};

import { balanceSource } from './haproxy/balance-source';
import { cookieNoHttponly } from './haproxy/cookie-no-httponly';
import { cookieNoSamesite } from './haproxy/cookie-no-samesite';
import { cookieNoSecure } from './haproxy/cookie-no-secure';
import { cookieNoTtl } from './haproxy/cookie-no-ttl';
import { persistenceWithoutRedispatch } from './haproxy/persistence-without-redispatch';
import { haproxySyntax } from './haproxy/syntax';
import { ipHash } from './nginx/ip-hash';
import { stickyCookieNoExpiry } from './nginx/sticky-cookie-no-expiry';
import { stickyCookieNoHttponly } from './nginx/sticky-cookie-no-httponly';
import { stickyCookieNoSamesite } from './nginx/sticky-cookie-no-samesite';
import { stickyCookieNoSecure } from './nginx/sticky-cookie-no-secure';
import { nginxSyntax } from './nginx/syntax';
import type { AnyRule } from './types';

/** Every rule, in the order of the catalogue (../shared/RULES.md). Adding a rule means adding it here. */
export const RULES: readonly AnyRule[] = [
  ipHash,
  stickyCookieNoSecure,
  stickyCookieNoHttponly,
  stickyCookieNoSamesite,
  stickyCookieNoExpiry,
  nginxSyntax,
  balanceSource,
  cookieNoSecure,
  cookieNoHttponly,
  cookieNoSamesite,
  cookieNoTtl,
  persistenceWithoutRedispatch,
  haproxySyntax,
];

export function ruleById(id: string): AnyRule | undefined {
  return RULES.find((r) => r.meta.id === id);
}

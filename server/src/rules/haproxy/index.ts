import type { DocumentRule, HaproxyRule } from '../types';
import type { HaproxyConfig } from '../../model/haproxy';
import { balanceSource } from './balance-source';
import { cookieDuplicateValues } from './cookie-duplicate-values';
import { cookieInsertNoIndirect } from './cookie-insert-no-indirect';
import { cookieInsertNoNocache } from './cookie-insert-no-nocache';
import { cookieMissingServerValues } from './cookie-missing-server-values';
import { cookieNameCollision } from './cookie-name-collision';
import { cookieNoHttponly } from './cookie-no-httponly';
import { cookieNoSamesite } from './cookie-no-samesite';
import { cookieNoSecure } from './cookie-no-secure';
import { cookieNoTtl } from './cookie-no-ttl';
import { cookieSamesiteNoneInsecure } from './cookie-samesite-none-insecure';
import { hashNotConsistent } from './hash-not-consistent';
import { invalidCookieOptions } from './invalid-cookie-options';
import { persistenceWithoutRedispatch } from './persistence-without-redispatch';
import { spoofableHashKey } from './spoofable-hash-key';
import { stickTableNoExpire } from './stick-table-no-expire';
import { stickTableNoPeers } from './stick-table-no-peers';
import { haproxySyntax } from './syntax';

/** The HAProxy rules, in the order of the catalogue. Adding a rule means adding it here. */
export const HAPROXY_RULES: readonly (HaproxyRule | DocumentRule<HaproxyConfig>)[] = [
  balanceSource,
  cookieMissingServerValues,
  cookieDuplicateValues,
  cookieInsertNoNocache,
  cookieInsertNoIndirect,
  cookieNoSecure,
  cookieNoHttponly,
  cookieNoSamesite,
  cookieSamesiteNoneInsecure,
  cookieNoTtl,
  cookieNameCollision,
  persistenceWithoutRedispatch,
  stickTableNoExpire,
  stickTableNoPeers,
  hashNotConsistent,
  spoofableHashKey,
  invalidCookieOptions,
  haproxySyntax,
];

import type { DocumentRule, NginxRule } from '../types';
import type { NginxConfig } from '../../model/nginx';
import { affinityUnmonitored } from './affinity-unmonitored';
import { affinityWithoutFailover } from './affinity-without-failover';
import { appCookieNoFlags } from './app-cookie-no-flags';
import { backupWithHash } from './backup-with-hash';
import { balancingAfterSticky } from './balancing-after-sticky';
import { hashKeyNoFallback } from './hash-key-no-fallback';
import { hashNotConsistent } from './hash-not-consistent';
import { ipHash } from './ip-hash';
import { spoofableHashKey } from './spoofable-hash-key';
import { stickyCookieNoExpiry } from './sticky-cookie-no-expiry';
import { stickyCookieNoHttponly } from './sticky-cookie-no-httponly';
import { stickyCookieNoPath } from './sticky-cookie-no-path';
import { stickyCookieNoSamesite } from './sticky-cookie-no-samesite';
import { stickyCookieNoSecure } from './sticky-cookie-no-secure';
import { stickyCookieSamesiteNoneInsecure } from './sticky-cookie-samesite-none-insecure';
import { stickyLearnIncomplete } from './sticky-learn-incomplete';
import { stickyModuleNgWeak } from './sticky-module-ng-weak';
import { stickyUnsupported } from './sticky-unsupported';
import { nginxSyntax } from './syntax';

/** The NGINX rules, in the order of the catalogue. Adding a rule means adding it here. */
export const NGINX_RULES: readonly (NginxRule | DocumentRule<NginxConfig>)[] = [
  ipHash,
  spoofableHashKey,
  hashKeyNoFallback,
  hashNotConsistent,
  stickyCookieNoSecure,
  stickyCookieNoHttponly,
  stickyCookieNoSamesite,
  stickyCookieSamesiteNoneInsecure,
  stickyCookieNoExpiry,
  stickyCookieNoPath,
  balancingAfterSticky,
  stickyLearnIncomplete,
  backupWithHash,
  affinityWithoutFailover,
  stickyUnsupported,
  stickyModuleNgWeak,
  appCookieNoFlags,
  affinityUnmonitored,
  nginxSyntax,
];

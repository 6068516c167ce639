import type { ManifestModel } from '../../manifest/model';
import type { KindRule } from '../types';
import { affinityModePersistent } from './affinity-mode-persistent';
import { affinityWithHash } from './affinity-with-hash';
import { cookieNoExpiry } from './cookie-no-expiry';
import { cookieNoSamesite } from './cookie-no-samesite';
import { cookieNoSecure } from './cookie-no-secure';
import { cookieSamesiteNoneInsecure } from './cookie-samesite-none-insecure';
import { hashByIp } from './hash-by-ip';
import { hashKeyNoFallback } from './hash-key-no-fallback';
import { noChangeOnFailure } from './no-change-on-failure';
import { regexPathNoCookiePath } from './regex-path-no-cookie-path';
import { removedCookieHash } from './removed-cookie-hash';
import { retiredController } from './retired-controller';
import { spoofableHashKey } from './spoofable-hash-key';

/** The rules of ingress-nginx's `nginx.ingress.kubernetes.io/*` annotations on Ingress objects. */
export const INGRESS_NGINX_RULES: readonly KindRule<ManifestModel>[] = [
  cookieNoSamesite,
  cookieSamesiteNoneInsecure,
  cookieNoSecure,
  cookieNoExpiry,
  noChangeOnFailure,
  regexPathNoCookiePath,
  affinityWithHash,
  hashByIp,
  spoofableHashKey,
  hashKeyNoFallback,
  removedCookieHash,
  affinityModePersistent,
  retiredController,
];

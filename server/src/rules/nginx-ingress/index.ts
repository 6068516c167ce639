import type { ManifestModel } from '../../manifest/model';
import type { KindRule } from '../types';
import { affinityWithClusterIp } from './affinity-with-cluster-ip';
import { ipHash } from './ip-hash';
import { spoofableHashKey } from './spoofable-hash-key';
import { stickyCookieNoExpiry } from './sticky-cookie-no-expiry';
import { stickyCookieNoHttponly } from './sticky-cookie-no-httponly';
import { stickyCookieNoPath } from './sticky-cookie-no-path';
import { stickyCookieNoSamesite } from './sticky-cookie-no-samesite';
import { stickyCookieNoSecure } from './sticky-cookie-no-secure';
import { stickyCookieSamesiteNoneInsecure } from './sticky-cookie-samesite-none-insecure';
import { stickyCookieServicesInvalid } from './sticky-cookie-services-invalid';
import { stickyCookieUnsupported } from './sticky-cookie-unsupported';

/** The rules of the F5 NGINX Ingress Controller: VirtualServer sessionCookie and lb-method, nginx.org / nginx.com annotations. */
export const NGINX_INGRESS_RULES: readonly KindRule<ManifestModel>[] = [
  stickyCookieUnsupported,
  stickyCookieServicesInvalid,
  stickyCookieNoSecure,
  stickyCookieNoHttponly,
  stickyCookieNoSamesite,
  stickyCookieSamesiteNoneInsecure,
  stickyCookieNoExpiry,
  stickyCookieNoPath,
  ipHash,
  spoofableHashKey,
  affinityWithClusterIp,
];

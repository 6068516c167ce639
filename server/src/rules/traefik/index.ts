import type { ManifestModel } from '../../manifest/model';
import type { KindRule } from '../types';
import { traefikHrwStrategy } from './hrw-strategy';
import { traefikStickyAnnotationOnIngress } from './sticky-annotation-on-ingress';
import { traefikStickyCookieNoHttponly } from './sticky-cookie-no-httponly';
import { traefikStickyCookieNoMaxAge } from './sticky-cookie-no-max-age';
import { traefikStickyCookieNoSamesite } from './sticky-cookie-no-samesite';
import { traefikStickyCookieNoSecure } from './sticky-cookie-no-secure';
import { traefikStickyCookieSamesiteNoneInsecure } from './sticky-cookie-samesite-none-insecure';
import { traefikStickyCookieUnsupportedOption } from './sticky-cookie-unsupported-option';
import { traefikStickyWithoutCookie } from './sticky-without-cookie';

/** Traefik's sticky cookies and hrw balancing, in IngressRoutes, TraefikServices, Service annotations, file-provider files and compose labels. */
export const TRAEFIK_RULES: readonly KindRule<ManifestModel>[] = [
  traefikStickyCookieNoSecure,
  traefikStickyCookieNoHttponly,
  traefikStickyCookieNoSamesite,
  traefikStickyCookieSamesiteNoneInsecure,
  traefikStickyCookieNoMaxAge,
  traefikStickyCookieUnsupportedOption,
  traefikStickyWithoutCookie,
  traefikStickyAnnotationOnIngress,
  traefikHrwStrategy,
];

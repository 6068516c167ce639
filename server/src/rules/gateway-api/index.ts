import type { ManifestModel } from '../../manifest/model';
import type { KindRule } from '../types';
import { gatewayApiNotInVersion } from './not-in-version';
import { gatewayApiSessionCookieNoTimeout } from './session-cookie-no-timeout';
import { gatewayApiSessionPersistenceRejected } from './session-persistence-rejected';

/** Gateway API session persistence (HTTPRoute/GRPCRoute rules, BackendLBPolicy, XBackendTrafficPolicy). */
export const GATEWAY_API_RULES: readonly KindRule<ManifestModel>[] = [gatewayApiSessionPersistenceRejected, gatewayApiNotInVersion, gatewayApiSessionCookieNoTimeout];

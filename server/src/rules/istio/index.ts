import type { ManifestModel } from '../../manifest/model';
import type { KindRule } from '../types';
import { istioClientControlledHashKey } from './client-controlled-hash-key';
import { istioConsistentHashRejected } from './consistent-hash-rejected';
import { istioHashCookieAttributes } from './hash-cookie-attributes';
import { istioHashCookieNoPath } from './hash-cookie-no-path';
import { istioHashCookieNoTtl } from './hash-cookie-no-ttl';
import { istioHashWithLocalityLb } from './hash-with-locality-lb';
import { istioSourceIpHash } from './source-ip-hash';

/** Istio DestinationRule consistent-hash affinity (trafficPolicy, portLevelSettings, subsets). */
export const ISTIO_RULES: readonly KindRule<ManifestModel>[] = [istioConsistentHashRejected, istioSourceIpHash, istioClientControlledHashKey, istioHashCookieNoTtl, istioHashCookieNoPath, istioHashCookieAttributes, istioHashWithLocalityLb];

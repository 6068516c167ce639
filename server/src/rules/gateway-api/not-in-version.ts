import { atLeast } from '../../engine/versions';
import { removePair, replaceScalar } from '../../manifest/edits';
import { pairOf, scalarAt, type ManifestModel } from '../../manifest/model';
import type { Fix, KindRule } from '../types';
import { GATEWAY_GROUP, GATEWAY_X_GROUP, gatewayApiTarget, sessionPersistenceBlocks } from './sessionPersistence';

/**
 * The API versions that carry `sessionPersistence`, by kind, and the releases whose experimental
 * CRDs serve them (config/crd/experimental at each tag): [first, last] with last null = still there.
 */
const SERVED: Readonly<Record<string, readonly (readonly [string, string, string | null])[]>> = {
  HTTPRoute: [['gateway.networking.k8s.io/v1', '1.1', null], ['gateway.networking.k8s.io/v1beta1', '1.1', null]],
  GRPCRoute: [['gateway.networking.k8s.io/v1', '1.1', null], ['gateway.networking.k8s.io/v1alpha2', '1.1', '1.1']],
  BackendLBPolicy: [['gateway.networking.k8s.io/v1alpha2', '1.1', '1.2']],
  XBackendTrafficPolicy: [['gateway.networking.x-k8s.io/v1alpha1', '1.3', null]],
};

function served(version: string, first: string, last: string | null): boolean {
  return atLeast(version, first) && (last === null || !atLeast(version, `${last}.999`));
}

/** Fields of `sessionPersistence` and the releases that have them. */
const FIELDS: readonly (readonly [string, string, string | null])[] = [
  ['idleTimeout', '1.1', '1.5'],
  ['sessionName', '1.1', '1.6'],
  ['cookieConfig', '1.1', '1.6'],
  ['cookie', '1.7', null],
  ['header', '1.7', null],
];

/** Session persistence written for another Gateway API release than the targeted one: kinds, versions and fields it does not have. */
export const gatewayApiNotInVersion: KindRule<ManifestModel> = {
  meta: {
    id: 'gateway-api/not-in-version',
    dialect: 'gateway-api',
    severity: 'error',
    summary: 'session persistence kinds, API versions or fields the targeted Gateway API release does not have (idleTimeout removed in 1.6, BackendLBPolicy replaced in 1.3)',
    fixable: true,
  },
  checkModel(context) {
    const target = gatewayApiTarget(context.settings);
    const model = context.config;
    const source = context.source;
    const blocks = sessionPersistenceBlocks(model);
    const reported = new Set<unknown>();
    for (const block of blocks) {
      const { object, map, where } = block;
      if (reported.has(object)) continue;
      const versions = SERVED[object.kind] ?? [];
      const entry = versions.find(([apiVersion]) => apiVersion === object.apiVersion);
      const kindValue = scalarAt(object.root, 'kind');
      const apiValue = scalarAt(object.root, 'apiVersion');
      if (entry && !served(target.version, entry[1], entry[2])) {
        reported.add(object);
        // Not served although at or after its first release: the release is past its last one.
        const later = atLeast(target.version, entry[1]);
        const fixes: Fix[] = [];
        let instead = '';
        if (object.kind === 'BackendLBPolicy' && later && kindValue && apiValue) {
          instead = " Since 1.3 the same 'spec' (targetRefs, sessionPersistence) goes in an XBackendTrafficPolicy of gateway.networking.x-k8s.io/v1alpha1.";
          fixes.push({ title: 'Make it an XBackendTrafficPolicy (gateway.networking.x-k8s.io/v1alpha1)', edits: [replaceScalar(apiValue, `${GATEWAY_X_GROUP}/v1alpha1`), replaceScalar(kindValue, 'XBackendTrafficPolicy')], preferred: false });
        } else if (object.kind === 'GRPCRoute' && later && apiValue) {
          instead = ' Use gateway.networking.k8s.io/v1.';
          fixes.push({ title: `Use ${GATEWAY_GROUP}/v1`, edits: [replaceScalar(apiValue, `${GATEWAY_GROUP}/v1`)], preferred: !target.assumed });
        } else if (object.kind === 'XBackendTrafficPolicy') {
          instead = ' Before 1.3 session persistence for a backend goes in a BackendLBPolicy (gateway.networking.k8s.io/v1alpha2).';
        } else if (!atLeast(target.version, '1.1')) {
          instead = ' Session persistence arrived in 1.1 (experimental channel).';
        }
        context.report({
          message: `${target.label} has no ${object.kind} ${object.apiVersion} with session persistence: no CRD serves it, so the API server refuses the object.${instead}`,
          span: (kindValue ?? apiValue ?? object.root).span,
          fixes,
        });
        continue;
      }
      for (const [field, first, last] of FIELDS) {
        const pair = pairOf(map, field);
        if (!pair || served(target.version, first, last)) continue;
        const removed = last !== null && atLeast(target.version, last);
        let why: string;
        const fixes: Fix[] = [];
        if (field === 'idleTimeout') {
          why = 'it was removed in 1.6 (kubernetes-sigs/gateway-api#4771)';
          // Removing it keeps the object as the 1.6 API server would keep it; safe once the release is known.
          fixes.push({ title: "Remove 'idleTimeout' (not in Gateway API 1.6 and later)", edits: [removePair(map, pair, source)], preferred: !target.assumed });
        } else if (removed) {
          why = `after 1.6.1 it was replaced by 'cookie: {name, path, lifetimeType}' and 'header: {name}' (#4873)`;
        } else {
          why = `it exists only on main after 1.6.1 (the 'cookie'/'header' shape, #4873), not in a release up to 1.6`;
        }
        context.report({
          message: `'${field}' in ${where}: ${target.label} has no such field, ${why}; kubectl refuses the unknown field and clients that do not validate drop it silently.`,
          span: pair.key.span,
          fixes,
        });
      }
    }
  },
};

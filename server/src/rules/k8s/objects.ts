import type { K8sObject, ManifestModel, MMap, MNode, MScalar } from '../../manifest/model';
import { mapAt, pairOf, scalarAt, textOf } from '../../manifest/model';
import type { SourceText } from '../../text/sourceText';
import type { Severity } from '../types';

/** The core/v1 Services of a file. */
export function servicesOf(model: ManifestModel): K8sObject[] {
  return model.objects.filter((o) => o.kind === 'Service' && o.apiVersion === 'v1');
}

/** Whether a node's text holds a template expression (Helm `{{ }}`): its value is not known until rendered. */
export function isTemplated(node: MNode | null | undefined, source: SourceText): boolean {
  return node ? source.text.slice(node.span.start, node.span.end).includes('{{') : false;
}

/** How a Service is exposed, as the API server defaults it: `type` (ClusterIP) and `externalTrafficPolicy` (Cluster where it applies). */
export interface ServiceExposure {
  readonly spec: MMap;
  readonly type: string;
  /** The policy for traffic from outside the cluster, null where the Service takes none (ClusterIP without external IPs). */
  readonly externalPolicy: 'Cluster' | 'Local' | null;
  /** The pair that sets the policy, when written. */
  readonly policyNode: MScalar | undefined;
  readonly typeNode: MScalar | undefined;
}

export function exposureOf(spec: MMap): ServiceExposure {
  const typeNode = scalarAt(spec, 'type');
  const type = textOf(typeNode) ?? 'ClusterIP';
  const policyNode = scalarAt(spec, 'externalTrafficPolicy');
  const external = type === 'NodePort' || type === 'LoadBalancer' || (valueIsNonEmptySeq(spec, 'externalIPs') && type !== 'ExternalName');
  const written = textOf(policyNode);
  const externalPolicy = !external ? null : written === 'Local' ? 'Local' : 'Cluster';
  return { spec, type, externalPolicy, policyNode, typeNode };
}

function valueIsNonEmptySeq(map: MMap, key: string): boolean {
  const v = pairOf(map, key)?.value;
  return v?.kind === 'seq' && v.items.length > 0;
}

/** The spec map of an object, if written as a map. */
export function specOf(object: K8sObject): MMap | undefined {
  return mapAt(object.root, 'spec');
}

const ORDER: readonly Severity[] = ['hint', 'info', 'warning', 'error'];

/** One step more severe (an error stays an error). */
export function raised(severity: Severity): Severity {
  return ORDER[Math.min(ORDER.indexOf(severity) + 1, ORDER.length - 1)];
}

import { annotationsOf, setAnnotation, type Annotations } from '../../manifest/annotations';
import type { ManifestModel, MPair } from '../../manifest/model';
import type { SourceText } from '../../text/sourceText';
import type { Fix, KindRule, RuleContext, RuleMeta } from '../types';

/** The prefix of every ingress-nginx annotation (the controller's default `--annotations-prefix`). */
export const PREFIX = 'nginx.ingress.kubernetes.io/';

/** An Ingress as ingress-nginx reads it: its annotations by short name (`affinity`, `session-cookie-path`). */
export interface NginxIngress {
  readonly annotations: Annotations;
  pair(name: string): MPair | undefined;
  value(name: string): string | null;
  /** `affinity: cookie` (the only affinity ingress-nginx has), null when affinity is off. */
  readonly cookieAffinity: MPair | null;
}

function nginxIngress(annotations: Annotations): NginxIngress {
  const affinity = annotations.pair(PREFIX + 'affinity');
  // The controller validates the value case-sensitively after trimming: `Cookie` switches nothing on.
  const on = annotations.value(PREFIX + 'affinity')?.trim() === 'cookie';
  return {
    annotations,
    pair: (name) => annotations.pair(PREFIX + name),
    value: (name) => annotations.value(PREFIX + name),
    cookieAffinity: on && affinity ? affinity : null,
  };
}

/** The Ingress objects of a file that carry at least one ingress-nginx annotation. */
function nginxIngresses(model: ManifestModel): NginxIngress[] {
  return model.objects
    .filter((o) => o.kind === 'Ingress')
    .map((o) => nginxIngress(annotationsOf(o)))
    .filter((i) => i.annotations.map?.pairs.some((p) => typeof p.key.value === 'string' && p.key.value.startsWith(PREFIX)));
}

/** An annotation's value read as ingress-nginx's boolean parser reads it (strconv.ParseBool). */
export function annotationBool(value: string | null): boolean | null {
  if (value === null) return null;
  const v = value.trim();
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  return null;
}

/** A fix that sets one annotation (replacing its value or adding it in the style of its siblings), or none when there is nowhere to write it. */
export function annotationFix(ingress: NginxIngress, name: string, value: string, source: SourceText, preferred: boolean, title?: string): Fix[] {
  const edit = setAnnotation(ingress.annotations, PREFIX + name, value, source);
  return edit ? [{ title: title ?? `Set ${PREFIX}${name}: "${value}"`, edits: [edit], preferred }] : [];
}

/** A rule of the ingress-nginx family: it is called for every Ingress that carries ingress-nginx annotations. */
export function ingressNginxRule(
  meta: Omit<RuleMeta, 'dialect'>,
  check: (ingress: NginxIngress, context: RuleContext<ManifestModel>) => void,
): KindRule<ManifestModel> {
  return {
    meta: { ...meta, dialect: 'ingress-nginx' },
    checkModel(context) {
      for (const ingress of nginxIngresses(context.config)) check(ingress, context);
    },
  };
}

/** A rule about the affinity cookie: called only for Ingresses with `affinity: cookie`. */
export function cookieAffinityRule(
  meta: Omit<RuleMeta, 'dialect'>,
  check: (ingress: NginxIngress, affinity: MPair, context: RuleContext<ManifestModel>) => void,
): KindRule<ManifestModel> {
  return ingressNginxRule(meta, (ingress, context) => {
    if (ingress.cookieAffinity) check(ingress, ingress.cookieAffinity, context);
  });
}

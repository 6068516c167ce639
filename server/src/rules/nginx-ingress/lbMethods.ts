import { annotationsOf } from '../../manifest/annotations';
import type { ManifestModel, MNode, MScalar } from '../../manifest/model';
import { pairOf, textOf } from '../../manifest/model';
import { keyVariables } from '../../model/nginxVariables';
import { isVirtualServer, upstreamsOf } from './stickyCookies';

/** A load-balancing method of the NGINX Ingress Controller: `nginx.org/lb-method` or a VirtualServer upstream's `lb-method`. */
export interface LbMethod {
  /** How a message names it: `nginx.org/lb-method`, `lb-method of upstream "tea"`. */
  readonly label: string;
  readonly value: string;
  readonly node: MScalar;
  /** `ip_hash`, or `hash <key> [consistent]` as validateHashLBMethod accepts it; null for other methods. */
  readonly hash: { readonly ip: boolean; readonly key: string | null; readonly variables: readonly string[] } | null;
}

function parse(value: string): LbMethod['hash'] {
  const v = value.trim();
  if (v === 'ip_hash') return { ip: true, key: null, variables: [] };
  const words = v.split(' ');
  if (words[0] !== 'hash' || !(words.length === 2 || (words.length === 3 && words[2] === 'consistent'))) return null;
  return { ip: false, key: words[1], variables: keyVariables(words[1]) };
}

export function lbMethodsOf(model: ManifestModel): LbMethod[] {
  const out: LbMethod[] = [];
  const add = (label: string, node: MNode | null | undefined): void => {
    const value = node?.kind === 'scalar' ? textOf(node) : null;
    if (node?.kind === 'scalar' && value) out.push({ label, value, node, hash: parse(value) });
  };
  for (const o of model.objects) {
    if (isVirtualServer(o)) {
      for (const u of upstreamsOf(o)) {
        const name = textOf(pairOf(u, 'name')?.value);
        add(`lb-method of upstream ${name ? `"${name}"` : '(unnamed)'}`, pairOf(u, 'lb-method')?.value);
      }
    } else if (o.kind === 'Ingress') {
      add('nginx.org/lb-method', annotationsOf(o).pair('nginx.org/lb-method')?.value);
    }
  }
  return out;
}

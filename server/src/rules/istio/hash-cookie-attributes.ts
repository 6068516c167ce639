import { atLeast } from '../../engine/versions';
import { appendItem, insertPair } from '../../manifest/edits';
import { pairOf, presentPair, textOf, type ManifestModel, type MSeq } from '../../manifest/model';
import type { KindRule, TextEdit } from '../types';
import { consistentHashBlocks, httpCookieOf, istioTarget } from './consistentHash';

const SECURE = '{name: Secure}';
const SAMESITE_LAX = '{name: SameSite, value: Lax}';

/** Items added to `attributes` (or the list itself, when there is none). */
function addAttributes(seq: MSeq | null, cookieMap: Parameters<typeof insertPair>[0], items: readonly string[], source: Parameters<typeof insertPair>[3]): TextEdit[] {
  if (!seq) return [insertPair(cookieMap, 'attributes', `[${items.join(', ')}]`, source)];
  // One edit per call would land at the same offset; join the items into one appended text instead.
  const first = appendItem(seq, items[0], source);
  const rest = items.slice(1).map((item) => appendItem(seq, item, source).newText);
  return [{ ...first, newText: first.newText + rest.join('') }];
}

/**
 * The attributes of the cookie Envoy generates for `consistentHash.httpCookie` (a ttl set): Istio 1.28
 * added `attributes`; without them the cookie has only Path, Max-Age and HttpOnly.
 */
export const istioHashCookieAttributes: KindRule<ManifestModel> = {
  meta: {
    id: 'istio/hash-cookie-attributes',
    dialect: 'istio',
    severity: 'info',
    summary: 'DestinationRule consistentHash httpCookie attributes: no Secure or SameSite (Istio 1.28+), SameSite=None without Secure, attributes before 1.28',
    fixable: true,
  },
  checkModel(context) {
    const target = istioTarget(context.settings);
    const source = context.source;
    for (const block of consistentHashBlocks(context.config)) {
      const cookie = httpCookieOf(block);
      if (!cookie) continue;
      const attributesPair = pairOf(cookie.map, 'attributes');
      if (attributesPair && !atLeast(target.version, '1.28')) {
        context.report({
          message: `'attributes' of the httpCookie in ${block.where}: ${target.label} has no such field (added in Istio 1.28): the API server refuses the unknown field or drops it.`,
          span: attributesPair.key.span,
          severity: 'error',
        });
        continue;
      }
      // Attributes apply to the cookie Envoy generates, which it does only with a ttl (istio/hash-cookie-no-ttl).
      if (!atLeast(target.version, '1.28') || !presentPair(cookie.map, 'ttl')) continue;
      // A template or a value of the wrong shape: nothing to read here.
      if (attributesPair && attributesPair.value?.kind !== 'seq') continue;
      const seq = attributesPair?.value?.kind === 'seq' ? attributesPair.value : null;
      const attrs = new Map<string, string>();
      for (const item of seq?.items ?? []) {
        const name = textOf(pairOf(item, 'name')?.value);
        if (name) attrs.set(name.toLowerCase(), textOf(pairOf(item, 'value')?.value) ?? '');
      }
      const secure = attrs.has('secure');
      const sameSite = attrs.get('samesite');
      const span = (attributesPair ?? cookie.pair).key.span;
      if (sameSite?.toLowerCase() === 'none' && !secure) {
        context.report({
          message: `The httpCookie in ${block.where} has 'SameSite=None' without 'Secure': browsers reject the cookie, so affinity is silently off. Add the Secure attribute.`,
          span,
          severity: 'error',
          fixes: [{ title: "Add the 'Secure' attribute", edits: addAttributes(seq, cookie.map, [SECURE], source), preferred: true }],
        });
        continue;
      }
      const missing = [...(secure ? [] : ['Secure']), ...(sameSite === undefined ? ['SameSite'] : [])];
      if (missing.length === 0) continue;
      const items = [...(secure ? [] : [SECURE]), ...(sameSite === undefined ? [SAMESITE_LAX] : [])];
      const why = [...(secure ? [] : ['without Secure it also travels over plain HTTP']), ...(sameSite === undefined ? ['without SameSite cross-site requests carry it'] : [])];
      context.report({
        message: `The cookie Envoy sets for the httpCookie in ${block.where} has no ${missing.join(' or ')} attribute (${target.label} sets only Path, Max-Age and HttpOnly unless 'attributes' add them): ${why.join('; ')}. Add them under 'attributes' where clients reach the mesh over HTTPS.`,
        span,
        fixes: [{ title: `Add ${missing.join(' and ')} attributes (${items.join(', ')})`, edits: addAttributes(seq, cookie.map, items, source), preferred: false }],
      });
    }
  },
};

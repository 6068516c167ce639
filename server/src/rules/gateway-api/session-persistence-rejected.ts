import { atLeast } from '../../engine/versions';
import { insertPair, removePair, replaceScalar, setScalar } from '../../manifest/edits';
import { mapAt, pairOf, presentPair, textOf, type ManifestModel, type MPair } from '../../manifest/model';
import { isTemplated } from '../k8s/objects';
import type { Fix, KindRule, RuleContext } from '../types';
import { cookieBlockKey, gatewayApiTarget, hasUnionShape, sessionPersistenceBlocks, sessionType, type SessionPersistenceBlock } from './sessionPersistence';

/** GEP-2257 Duration, the pattern of `absoluteTimeout` (and `idleTimeout` up to 1.5) in the CRDs. */
const DURATION = /^([0-9]{1,5}(h|m|s|ms)){1,4}$/;

/** An enum value written in the wrong case: the API server compares exactly, so the case fix is safe. */
function checkEnum(context: RuleContext<ManifestModel>, pair: MPair | undefined, allowed: readonly string[], what: string): void {
  const value = pair?.value;
  if (!pair || value?.kind !== 'scalar' || value.value === null || isTemplated(value, context.source)) return;
  const written = String(value.value);
  if (allowed.includes(written)) return;
  const meant = allowed.find((a) => a.toLowerCase() === written.toLowerCase());
  const fixes: Fix[] = meant ? [{ title: `Write '${meant}'`, edits: [replaceScalar(value, meant)], preferred: true }] : [];
  context.report({
    message: `'${what}: ${written}' is not one of ${allowed.join(', ')} (case-sensitive): the API server rejects the object.`,
    span: value.span,
    fixes,
  });
}

function checkDuration(context: RuleContext<ManifestModel>, pair: MPair | undefined): void {
  const value = pair?.value;
  if (!pair || value?.kind !== 'scalar' || value.value === null || isTemplated(value, context.source)) return;
  if (typeof value.value === 'string' && DURATION.test(value.value)) return;
  context.report({
    message: `'${pair.key.value}: ${value.raw}' is not a Gateway API duration (1 to 4 parts of up to 5 digits with h, m, s or ms, such as 1h or 30m): the API server rejects the object.`,
    span: value.span,
  });
}

function check(context: RuleContext<ManifestModel>, block: SessionPersistenceBlock): void {
  const target = gatewayApiTarget(context.settings);
  const { map, where } = block;
  const source = context.source;
  const union = hasUnionShape(target);
  checkEnum(context, pairOf(map, 'type'), ['Cookie', 'Header'], 'type');
  checkDuration(context, pairOf(map, 'absoluteTimeout'));
  if (!atLeast(target.version, '1.6')) checkDuration(context, pairOf(map, 'idleTimeout'));
  const name = pairOf(map, 'sessionName');
  const nameText = textOf(name?.value);
  if (!union && name && nameText !== null && !isTemplated(name.value, source) && nameText.length > 128) {
    context.report({ message: `'sessionName' is ${nameText.length} characters long; the CRD allows 128 at most: the API server rejects the object.`, span: name.key.span });
  }

  const type = sessionType(map, source);
  const cookieKey = cookieBlockKey(target);
  const cookiePair = pairOf(map, cookieKey);
  const cookie = mapAt(map, cookieKey);
  const lifetime = pairOf(cookie, 'lifetimeType');
  checkEnum(context, lifetime, ['Permanent', 'Session'], 'lifetimeType');
  if (textOf(lifetime?.value) === 'Permanent' && !presentPair(map, 'absoluteTimeout')) {
    context.report({
      message: `'lifetimeType: Permanent' in ${where} needs 'absoluteTimeout' (the cookie's Max-Age/Expires): the API server rejects the object ("AbsoluteTimeout must be specified when cookie lifetimeType is Permanent").`,
      span: lifetime!.value!.span,
      fixes: [{ title: "Add 'absoluteTimeout: 1h'", edits: [setScalar(map, 'absoluteTimeout', '1h', source)], preferred: false }],
    });
  }
  if (cookiePair && type === 'Header') {
    const rejected = atLeast(target.version, '1.5');
    context.report({
      message: rejected
        ? `'${cookieKey}' in ${where} with 'type: ${type}': the API server rejects the object ("${union ? 'cookie must be nil if type is not Cookie' : 'cookieConfig can only be set with type Cookie'}", ${target.label}). Remove '${cookieKey}' or use 'type: Cookie'.`
        : `'${cookieKey}' in ${where} is ignored with 'type: ${type}' (${target.label}; Gateway API 1.5 and later reject it). Remove '${cookieKey}' or use 'type: Cookie'.`,
      span: cookiePair.key.span,
      severity: rejected ? 'error' : 'warning',
      fixes: [{ title: `Remove '${cookieKey}'`, edits: [removePair(map, cookiePair, source)], preferred: false }],
    });
  }
  if (!union) return;
  // main after 1.6.1: the block of the session's type is required, the other forbidden.
  const header = pairOf(map, 'header');
  if (header && type !== null && type !== 'Header') {
    context.report({ message: `'header' in ${where} with 'type: ${type}': the API server rejects the object ("header must be nil if type is not Header", ${target.label}).`, span: header.key.span });
  }
  const typePair = pairOf(map, 'type');
  const at = typePair?.key.span ?? block.key.span;
  if (type === 'Cookie' && !cookiePair) {
    context.report({
      message: `${where}: session persistence of type Cookie needs a 'cookie' block on ${target.label} ("cookie must be specified for Cookie type"): the API server rejects the object.`,
      span: at,
      fixes: [{ title: "Add 'cookie: {lifetimeType: Session}' (the default lifetime)", edits: [insertPair(map, 'cookie', [['lifetimeType', 'Session']], source)], preferred: false }],
    });
  }
  if (type === 'Header' && !header) {
    context.report({ message: `${where}: session persistence of type Header needs a 'header' block with the header's name on ${target.label} ("header must be specified for Header type"): the API server rejects the object.`, span: at });
  }
}

/** Session persistence the Gateway API CRDs refuse: their CEL rules, enums and patterns. */
export const gatewayApiSessionPersistenceRejected: KindRule<ManifestModel> = {
  meta: {
    id: 'gateway-api/session-persistence-rejected',
    dialect: 'gateway-api',
    severity: 'error',
    summary: 'sessionPersistence the Gateway API CRDs reject: Permanent cookie without absoluteTimeout, cookie settings with type Header, bad enum or duration',
    fixable: true,
  },
  checkModel(context) {
    for (const block of sessionPersistenceBlocks(context.config)) check(context, block);
  },
};

import { insertLinesBefore, semicolonOf } from '../../app/edits';
import type { AppModel, SessionSetup, TrustProxySetting } from '../../app/model';
import type { SourceText } from '../../text/sourceText';
import type { Fix, KindRule, Related } from '../types';
import { cookieOption, expressSessions, isBoolean, isString, optionQuote, sessionOption, setSessionOption } from './sessionOptions';

/** Modules that serve HTTPS from the process itself: then TLS does not end at a load balancer. */
const TLS_SERVERS = new Set(['https', 'node:https', 'http2', 'node:http2', 'spdy']);

/** Whether a trust-proxy setting trusts something (`false`, `0` and `app.disable` trust nothing). */
function trusts(t: TrustProxySetting): boolean {
  if (t.form === 'disable') return false;
  if (t.form !== 'set') return true;
  return !(isBoolean(t.value ?? undefined, false) || (t.value?.kind === 'number' && t.value.value === 0));
}

function fixes(model: AppModel, setup: SessionSetup, source: SourceText): Fix[] {
  const q = optionQuote(setup);
  const proxyEdits = setSessionOption(source, setup, 'proxy', 'true');
  const proxyFix = proxyEdits && { title: 'Trust X-Forwarded-Proto for the session cookie only: proxy: true', edits: proxyEdits };
  const app = model.apps.find((a) => a.framework === 'express' && a.name !== null && a.name === setup.appName);
  // NestJS types its app as INestApplication, which has no `set`: there `proxy: true` is the fix that
  // compiles. And a session's `proxy: false` wins over `trust proxy`: then it is the one to change.
  if (!app || !app.name || sessionOption(setup, 'proxy')) return proxyFix ? [{ ...proxyFix, preferred: true }] : [];
  const disabled = model.trustProxy.find((t) => !trusts(t));
  const set = `${app.name}.set(${q}trust proxy${q}, 1)`;
  const edits = disabled
    ? disabled.form === 'set' && disabled.value
      ? [{ start: disabled.value.span.start, end: disabled.value.span.end, newText: '1' }]
      : [{ start: disabled.span.start, end: disabled.span.end, newText: set }]
    : [insertLinesBefore(source.text, setup.statement, [`${set}${semicolonOf(model)} // TLS ends at the load balancer: trust its X-Forwarded-Proto`])];
  const trustFix: Fix = { title: `Trust the first proxy: ${set}`, edits, preferred: true };
  return proxyFix ? [trustFix, { ...proxyFix, preferred: false }] : [trustFix];
}

/**
 * `cookie.secure: true` (or `'auto'`) while neither Express's `trust proxy` nor the session's
 * `proxy: true` trusts X-Forwarded-Proto: behind a load balancer that ends TLS, express-session
 * sees plain HTTP and sends no cookie at all (`'auto'`: a cookie without Secure).
 */
export const appSecureCookieNoTrustProxy: KindRule<AppModel> = {
  meta: {
    id: 'app/secure-cookie-no-trust-proxy',
    dialect: 'app',
    severity: 'warning',
    summary: "express-session `cookie.secure: true` or `'auto'` with neither `app.set('trust proxy', ...)` nor `proxy: true`: behind a TLS-terminating load balancer no session cookie is sent (or one without Secure)",
    fixable: true,
  },
  checkModel(context) {
    const model = context.config;
    if (model.imports.some((i) => TLS_SERVERS.has(i.module))) return;
    const trusted = model.trustProxy.filter(trusts);
    if (trusted.length) return;
    for (const setup of expressSessions(model)) {
      const secure = cookieOption(setup, 'secure');
      if (!secure) continue;
      const auto = isString(secure.value, 'auto');
      if (!isBoolean(secure.value, true) && !auto) continue;
      const proxy = sessionOption(setup, 'proxy');
      // `proxy: true` trusts X-Forwarded-Proto; anything but a literal `false` may too.
      if (proxy && !isBoolean(proxy.value, false)) continue;
      const related: Related[] = model.trustProxy.map((t) => ({ message: 'this setting trusts no proxy', span: t.span }));
      if (proxy) related.push({ message: 'proxy: false ignores X-Forwarded-Proto', span: proxy.span });
      const written = auto ? "secure: 'auto'" : 'secure: true';
      const outcome = auto
        ? 'the app sees plain HTTP and express-session sends the session cookie without the Secure attribute'
        : 'the app sees plain HTTP and express-session sends no session cookie at all, silently (DEBUG=express-session logs "not secured"), so no session survives a request';
      context.report({
        message: `\`${written}\` with neither \`trust proxy\` nor \`proxy: true\` in this file: behind a load balancer that ends TLS, ${outcome}. Trust the first proxy: \`app.set('trust proxy', 1)\`, or \`proxy: true\` in the session options.`,
        span: secure.span,
        fixes: fixes(model, setup, context.source),
        ...(related.length ? { related } : {}),
      });
    }
  },
};

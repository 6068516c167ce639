import { setScalar } from '../../manifest/edits';
import { mapAt, pairOf, presentPair, textOf, type ManifestModel } from '../../manifest/model';
import type { KindRule } from '../types';
import { cookieBlockKey, gatewayApiTarget, sessionPersistenceBlocks, sessionType } from './sessionPersistence';

/** Cookie session persistence with a browser-session cookie and no `absoluteTimeout`: nothing ever ends the pinning. */
export const gatewayApiSessionCookieNoTimeout: KindRule<ManifestModel> = {
  meta: {
    id: 'gateway-api/session-cookie-no-timeout',
    dialect: 'gateway-api',
    severity: 'info',
    summary: 'cookie session persistence with a session-lifetime cookie and no absoluteTimeout: clients stay pinned for as long as the browser keeps the cookie',
    fixable: true,
  },
  checkModel(context) {
    const target = gatewayApiTarget(context.settings);
    for (const { map, key, where } of sessionPersistenceBlocks(context.config)) {
      if (sessionType(map, context.source) !== 'Cookie' || presentPair(map, 'absoluteTimeout')) continue;
      const cookieKey = cookieBlockKey(target);
      const lifetime = pairOf(mapAt(map, cookieKey), 'lifetimeType');
      // Permanent without a timeout is refused outright (session-persistence-rejected).
      if (lifetime && textOf(lifetime.value) !== 'Session') continue;
      const span = lifetime?.value?.span ?? key.span;
      context.report({
        message: `sessionPersistence in ${where} uses a browser-session cookie ('lifetimeType: Session'${lifetime ? '' : ', the default'}) and no 'absoluteTimeout': the gateway never ends the session, so a client stays on one backend for as long as its browser keeps the cookie (browsers that restore sessions, mobile ones especially, keep it across restarts) and new backends get no share of existing users. Set 'absoluteTimeout', such as 1h.`,
        span,
        fixes: [{ title: "Add 'absoluteTimeout: 1h'", edits: [setScalar(map, 'absoluteTimeout', '1h', context.source)], preferred: true }],
      });
    }
  },
};

import { paramValue } from '../../model/nginxSticky';
import { appendArgument } from '../edits';
import { stickyCookieRule } from './stickyCookieRule';

export const stickyCookieSamesiteNoneInsecure = stickyCookieRule(
  {
    id: 'nginx/sticky-cookie-samesite-none-insecure',
    severity: 'error',
    summary: 'sticky cookie with samesite=none but no secure: browsers reject it, affinity is off',
    fixable: true,
  },
  (sticky, d) =>
    paramValue(sticky.params, 'samesite')?.toLowerCase() !== 'none' || sticky.flags.has('secure')
      ? null
      : {
          message: "sticky cookie with 'samesite=none' but without 'secure': browsers refuse to store such a cookie, so affinity is silently off and users bounce between servers.",
          fix: { title: "Add 'secure' to the sticky cookie", edits: [appendArgument(d, 'secure')], preferred: true },
        },
);

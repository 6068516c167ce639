import type { NginxConfig, NginxDirective } from '../../model/nginx';
import { paramValue, parseSticky, type StickyDirective } from '../../model/nginxSticky';
import { BALANCING_DIRECTIVES, enclosingUpstream } from '../../model/nginxQueries';
import { atLeast, nginxHasSticky, type NginxTarget } from '../../engine/versions';
import type { SourceText } from '../../text/sourceText';
import { replace } from '../edits';
import type { Fix, NginxRule, RuleContext } from '../types';
import { removeStatement } from './nginxEdits';
import { assumedTargetNote, nginxHasCookieFlags, ruleTarget, targetName } from './targets';

/** The `hash` that stands in for a sticky directive on a target without sticky, if one can. */
function hashKey(sticky: StickyDirective): string | null {
  if (sticky.method === 'cookie') return sticky.cookieName && /^\w+$/.test(sticky.cookieName) ? `$cookie_${sticky.cookieName}` : null;
  if (sticky.method === 'learn') return paramValue(sticky.params, 'lookup');
  return null;
}

function hashFix(source: SourceText, d: NginxDirective, key: string, target: NginxTarget): Fix {
  const others = (d.parent?.children ?? []).filter((c) => c !== d && BALANCING_DIRECTIVES.has(c.name));
  const cookie = /^\$cookie_(\w+)$/.exec(key)?.[1];
  const who = cookie ? `; the application must set the ${cookie} cookie` : '';
  return {
    title: `Use hash ${key} consistent (target: ${target.label}, which has no sticky${who})`,
    edits: [replace(d.span, `hash ${key} consistent;`), ...others.map((o) => removeStatement(source, o.span))],
    preferred: false,
  };
}

function checkSticky(d: NginxDirective, context: RuleContext<NginxConfig>, target: NginxTarget): void {
  const sticky = enclosingUpstream(d) ? parseSticky(d) : null;
  if (!sticky || sticky.method === 'module-ng' || nginxHasSticky(target)) return;
  const samesite = sticky.params.has('samesite') && target.flavor === 'oss' && !atLeast(target.version, '1.19.4') ? " Its 'samesite=' parameter needs nginx 1.19.4 as well." : '';
  const key = hashKey(sticky);
  context.report({
    message: `'sticky ${sticky.method}' is not available in ${targetName(target)}: open-source nginx has it since 1.29.6 (before that only NGINX Plus), so nginx refuses to start ("unknown directive").${samesite}${assumedTargetNote(target, '1.29.6')}`,
    span: d.span,
    fixes: key ? [hashFix(context.source, d, key, target)] : [],
  });
}

/** `samesite=lax` -> `SameSite=Lax`, the attributes proxy_cookie_path writes into the cookie's path. */
function cookieAttributes(flags: NginxDirective): string[] | null {
  const out: string[] = [];
  for (const a of flags.args.slice(1)) {
    const v = a.value.toLowerCase();
    if (v === 'secure') out.push('Secure');
    else if (v === 'httponly') out.push('HttpOnly');
    else if (v.startsWith('samesite=')) out.push(`SameSite=${v.charAt(9).toUpperCase()}${v.slice(10)}`);
    else return null;
  }
  return out.length ? out : null;
}

function checkCookieFlags(d: NginxDirective, context: RuleContext<NginxConfig>, target: NginxTarget): void {
  if (d.protocol !== 'http' || nginxHasCookieFlags(target)) return;
  const attributes = cookieAttributes(d);
  const fixes: Fix[] = attributes
    ? [
        {
          title: `Use proxy_cookie_path / "/; ${attributes.join('; ')}" (target: ${target.label}, which has no proxy_cookie_flags; it applies to every cookie with a Path attribute)`,
          edits: [replace(d.span, `proxy_cookie_path / "/; ${attributes.join('; ')}";`)],
          preferred: false,
        },
      ]
    : [];
  context.report({
    message: `'proxy_cookie_flags' is not available in ${targetName(target)}: it appeared in nginx 1.19.3, so nginx refuses to start ("unknown directive").${assumedTargetNote(target, '1.19.3')}`,
    span: d.span,
    fixes,
  });
}

export const stickyUnsupported: NginxRule = {
  meta: {
    id: 'nginx/sticky-unsupported',
    dialect: 'nginx',
    severity: 'error',
    summary: 'sticky cookie|route|learn, samesite= or proxy_cookie_flags that the target nginx does not have',
    fixable: true,
  },
  visits: ['sticky', 'proxy_cookie_flags'],
  check(d, context) {
    const target = ruleTarget(context);
    if (d.name === 'sticky') checkSticky(d, context, target);
    else checkCookieFlags(d, context, target);
  },
};

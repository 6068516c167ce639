import type { NginxConfig, NginxDirective } from '../../model/nginx';
import { cookieFlagsCover, enclosingUpstream, hashKeyOrigin, inherited, passesTo, settingBlock } from '../../model/nginxQueries';
import type { SourceText } from '../../text/sourceText';
import { replace } from '../edits';
import type { Fix, NginxRule, TextEdit } from '../types';
import { insertAbove, insertFirstInBlock } from './nginxEdits';
import { nginxHasCookieFlags, ruleTarget } from './targets';

/**
 * Where the flags line goes for one proxy_pass that lacks it: beside the `proxy_cookie_flags` set
 * the location inherits (so that set keeps applying), else first in the location. A set that
 * says `off` is overridden in the location, or replaced when the location itself says it.
 */
function flagsEdit(config: NginxConfig, source: SourceText, pass: NginxDirective, line: string): TextEdit | null {
  const { directives } = inherited(config, pass, 'proxy_cookie_flags');
  const location = settingBlock(pass);
  const off = directives.find((d) => d.args[0]?.value === 'off');
  if (off && off.parent === location) return replace(off.span, line);
  if (directives.length && !off) return insertAbove(source, directives[0].span, line);
  return location ? insertFirstInBlock(source, location, line) : null;
}

export const appCookieNoFlags: NginxRule = {
  meta: {
    id: 'nginx/app-cookie-no-flags',
    dialect: 'nginx',
    severity: 'info',
    summary: 'Upstream hashed on an application cookie that no proxy_cookie_flags hardens',
    fixable: true,
  },
  visits: ['hash'],
  check(d, context) {
    const upstream = enclosingUpstream(d);
    if (!upstream || d.protocol !== 'http') return;
    const { config, source } = context;
    const origin = hashKeyOrigin(config, d);
    if (origin?.kind !== 'cookie') return;
    const bare = passesTo(config, upstream).filter(
      (p) => p.name === 'proxy_pass' && !inherited(config, p, 'proxy_cookie_flags').directives.some((f) => cookieFlagsCover(f, origin.name)),
    );
    if (!bare.length) return;
    const line = `proxy_cookie_flags ${origin.name} secure httponly samesite=lax;`;
    const edits = new Map<number, TextEdit>();
    for (const pass of bare) {
      const edit = flagsEdit(config, source, pass, line);
      if (edit) edits.set(edit.start, edit);
    }
    const target = ruleTarget(context);
    const fixes: Fix[] =
      edits.size && nginxHasCookieFlags(target)
        ? [{ title: `Insert '${line}' where '${upstream.args[0]?.value}' is proxied to (target: ${target.label})`, edits: [...edits.values()], preferred: false }]
        : [];

    const via = origin.map ? ` through ${origin.map.args[1]?.value}` : '';
    context.report({
      message: `Upstream '${upstream.args[0]?.value}' routes on the application cookie '${origin.name}'${via}, but no 'proxy_cookie_flags ${origin.name} ...' hardens it where it is proxied to (${source.linesLabel(bare.map((p) => p.span.start))}): the cookie that decides routing may lack Secure, HttpOnly and SameSite.`,
      span: d.span,
      related: bare.map((p) => ({ message: `'${upstream.args[0]?.value}' proxied to without 'proxy_cookie_flags ${origin.name}'`, span: p.span })),
      fixes,
    });
  },
};

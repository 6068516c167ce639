import { atLeast, inferredNginxPlus, nginxTarget, type NginxTarget } from '../../engine/versions';
import type { NginxConfig } from '../../model/nginx';
import type { RuleContext } from '../types';

/** `proxy_cookie_flags`: since nginx 1.19.3 (every NGINX Plus release the settings can name has it). */
export function nginxHasCookieFlags(target: NginxTarget): boolean {
  return target.flavor === 'plus' || atLeast(target.version, '1.19.3');
}

/**
 * The target a rule writes for: the settings' (where the language server also put a detected
 * binary's flavor), else NGINX Plus when the configuration uses a Plus-only directive.
 */
export function ruleTarget(context: RuleContext<NginxConfig>): NginxTarget {
  const { settings, config, source } = context;
  return nginxTarget(settings, inferredNginxPlus(config, source, settings));
}

/**
 * The sentence a version-dependent message ends with when no target is set, so that a user on
 * NGINX Plus or a newer nginx knows which setting makes the finding go away.
 */
export function assumedTargetNote(target: NginxTarget, needs: string): string {
  if (!target.assumed) return '';
  if (!target.flavorAssumed) return ` The version is assumed: nginx ${target.version}, since affinityLint.nginx.version is not set; set it to ${needs} or later if that is wrong.`;
  return ` The target is assumed: nginx ${target.version} open source, since affinityLint.nginx.version and affinityLint.nginx.flavor are not set and the configuration uses no NGINX Plus-only directive; set affinityLint.nginx.flavor to "plus" or affinityLint.nginx.version to ${needs} or later if that is wrong.`;
}

/** How a message names the target: `nginx 1.24 open source`, `NGINX Plus`. */
export function targetName(target: NginxTarget): string {
  return target.flavor === 'plus' ? 'NGINX Plus' : `nginx ${target.version} open source`;
}

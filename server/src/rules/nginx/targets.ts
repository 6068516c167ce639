import { atLeast, type NginxTarget } from '../../engine/versions';

/** `proxy_cookie_flags`: since nginx 1.19.3 (every NGINX Plus release the settings can name has it). */
export function nginxHasCookieFlags(target: NginxTarget): boolean {
  return target.flavor === 'plus' || atLeast(target.version, '1.19.3');
}

/**
 * The sentence a version-dependent message ends with when no target is set, so that a user on
 * NGINX Plus or a newer nginx knows which setting makes the finding go away.
 */
export function assumedTargetNote(target: NginxTarget, needs: string): string {
  if (!target.assumed) return '';
  return ` The target is assumed: nginx ${target.version} open source, since affinityLint.nginx.version and affinityLint.nginx.flavor are not set; set affinityLint.nginx.flavor to "plus" or affinityLint.nginx.version to ${needs} or later if that is wrong.`;
}

/** How a message names the target: `nginx 1.24 open source`, `NGINX Plus`. */
export function targetName(target: NginxTarget): string {
  return target.flavor === 'plus' ? 'NGINX Plus' : `nginx ${target.version} open source`;
}

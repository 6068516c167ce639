import type { LintSettings } from '../../engine/settings';
import { atLeast } from '../../engine/versions';

/** The NGINX Ingress Controller version set in `platforms`, null when unset (the rules then assume a current release, 5.4 or later). */
export function platformVersion(settings: LintSettings): string | null {
  return settings.platforms['nginx-ingress'] ?? null;
}

/** Whether the version set is older than `minimum` (false when none is set). */
export function platformBefore(settings: LintSettings, minimum: string): boolean {
  const v = platformVersion(settings);
  return v !== null && !atLeast(v, minimum);
}

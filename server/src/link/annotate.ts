import type { Finding } from '../rules/types';
import { sessionEvidence } from './associate';
import type { GroupAppLink } from './model';

/** How the quick fixes that remove affinity in favour of a shared session store are titled. */
export const SHARED_STORE_FIX_TITLE = 'Remove affinity: sessions live in a shared store';

/**
 * The findings of a load balancer's file with what the workspace knows about the apps behind each
 * group: a finding whose fix removes affinity for a shared store says whether the app really keeps
 * its sessions in one (and where that was found), in its message and the fix's title.
 */
export function withSessionEvidence(findings: readonly Finding[], file: string, links: readonly GroupAppLink[], label: (file: string) => string): Finding[] {
  const here = links.filter((l) => l.group.file === file);
  if (here.length === 0) return [...findings];
  return findings.map((f) => {
    if (!f.fixes.some((fix) => fix.title.startsWith(SHARED_STORE_FIX_TITLE))) return f;
    const groupLinks = here.filter((l) => l.group.extent.start <= f.span.start && f.span.end <= l.group.extent.end);
    const evidence = sessionEvidence(groupLinks, label);
    if (!evidence) return f;
    const memory = groupLinks.some((l) => l.app.store === 'memory');
    return {
      ...f,
      message: `${f.message} The app behind it: ${evidence}.`,
      fixes: f.fixes.map((fix) => (fix.title.startsWith(SHARED_STORE_FIX_TITLE) ? { ...fix, title: `${fix.title} — ${memory ? 'not yet' : 'checked'}: ${evidence}` } : fix)),
      related: [...(f.related ?? []), ...groupLinks.map((l) => ({ message: `${l.app.storeLabel} session set-up`, span: l.app.span, file: l.app.file }))],
    };
  });
}

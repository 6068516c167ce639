import { annotationFix, cookieAffinityRule, PREFIX } from './common';

export const affinityModePersistent = cookieAffinityRule(
  {
    id: 'ingress-nginx/affinity-mode-persistent',
    severity: 'info',
    summary: 'affinity-mode persistent: sessions never move to pods added by a scale-out',
    fixable: true,
  },
  (ingress, _affinity, context) => {
    const pair = ingress.pair('affinity-mode');
    if (!pair || ingress.value('affinity-mode')?.trim() !== 'persistent') return;
    context.report({
      message: `${PREFIX}affinity-mode: persistent never moves a session to a new pod: after a scale-out the existing users stay on the old pods, which keep their load while the new ones wait for new sessions. Use "balanced" (the default) unless the application cannot move a session.`,
      span: pair.value?.span ?? pair.key.span,
      fixes: annotationFix(ingress, 'affinity-mode', 'balanced', context.source, false, `Set ${PREFIX}affinity-mode: "balanced" (some sessions move to new pods on scale-out)`),
    });
  },
);

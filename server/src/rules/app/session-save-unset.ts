import type { AppModel } from '../../app/model';
import type { Fix, KindRule } from '../types';
import { expressSessions, insertProperty, optionsOpen, sessionOption } from './sessionOptions';

/** What express-session does when the option is left to its default, true. */
const EFFECT: Readonly<Record<string, string>> = {
  resave: 'writes every session back on every request (parallel requests then overwrite each other’s changes)',
  saveUninitialized: 'stores a session, and sets a cookie, for every visitor',
};

/** express-session without `resave` or `saveUninitialized`: deprecated defaults (both true). */
export const appSessionSaveUnset: KindRule<AppModel> = {
  meta: {
    id: 'app/session-save-unset',
    dialect: 'app',
    severity: 'info',
    summary: 'express-session without `resave` or `saveUninitialized`: deprecated defaults (both true) that rewrite unchanged sessions and store empty ones',
    fixable: true,
  },
  checkModel(context) {
    for (const setup of expressSessions(context.config)) {
      if (optionsOpen(setup) || !setup.options) continue;
      const missing = ['resave', 'saveUninitialized'].filter((k) => !sessionOption(setup, k));
      if (!missing.length) continue;
      const list = missing.map((k) => `\`${k}\``).join(' and ');
      // connect-redis implements touch, so resave: false keeps sessions alive; its README recommends both false.
      const touches = setup.store.kind === 'connect-redis';
      const fixes: Fix[] = [
        { title: `Save only changed, initialised sessions: ${missing.map((k) => `${k}: false`).join(', ')}`, edits: insertProperty(context.source, setup.options, missing.map((k) => `${k}: false`)), preferred: touches },
        { title: `Keep today's behaviour, without the warning: ${missing.map((k) => `${k}: true`).join(', ')}`, edits: insertProperty(context.source, setup.options, missing.map((k) => `${k}: true`)), preferred: false },
      ];
      const effects = missing.map((k) => EFFECT[k]).join(', and ');
      context.report({
        message: `No ${list}: express-session warns at start that ${missing.length === 2 ? 'both defaults are' : 'this default is'} deprecated, and uses true: it ${effects}. Set ${missing.length === 2 ? 'both' : 'it'}; \`false\` suits a store that implements touch${touches ? ', as connect-redis does' : ''}.`,
        span: setup.callee,
        fixes,
      });
    }
  },
};

import type { AppModel, AppString, AppValue, SessionSetup } from '../../app/model';
import { resolved } from '../../app/model';
import type { Span } from '../../text/span';
import type { Fix, KindRule } from '../types';
import { expressSessions, optionQuote, sessionOption } from './sessionOptions';

/**
 * Secrets copied from documentation and examples (express-session's README, Express's security
 * page, the NestJS, koa-session, iron-session, @fastify/secure-session and prisma-session-store
 * docs), and placeholders that ask to be changed.
 */
export const SAMPLE_SECRETS: ReadonlySet<string> = new Set([
  'keyboard cat',
  's3Cur3',
  'my-secret',
  'a santa at nasa',
  'some secret hurr',
  'complex_password_at_least_32_characters_long',
  'averylogphrasebiggerthanthirtytwochars',
  'change-me-to-a-strong-secret',
  'secret',
  'changeme',
  'change-me',
  'your-secret-key',
].map((s) => s.toLowerCase()));

/** express-session signs with HMAC-SHA256; its README asks for at least 32 bytes of entropy. */
const MIN_LENGTH = 32;

/** A literal secret the finding is about, the text to replace and the environment variable the fix reads. */
interface Literal {
  readonly literal: AppString;
  /** What the fix replaces: the literal, or the whole `process.env.X || 'literal'`. */
  readonly replace: Span;
  readonly env: string;
  readonly fallback: boolean;
}

function literalOf(value: AppValue): Literal | null {
  const v = resolved(value) ?? value;
  if (v.kind === 'string') return { literal: v, replace: v.span, env: 'SESSION_SECRET', fallback: false };
  if (v.kind === 'logical' && v.operator !== '&&') {
    const right = resolved(v.right) ?? v.right;
    const left = resolved(v.left) ?? v.left;
    if (right.kind === 'string') return { literal: right, replace: v.span, env: left.kind === 'env' ? left.name : 'SESSION_SECRET', fallback: true };
  }
  return null;
}

function whatSecret(s: string): string {
  if (SAMPLE_SECRETS.has(s.toLowerCase())) return `'${s}', a sample secret published in documentation`;
  if (s.length < MIN_LENGTH) return `a literal of ${s.length} character${s.length === 1 ? '' : 's'} (express-session signs with HMAC-SHA256 and asks for at least 32 bytes of entropy)`;
  return 'a literal in the source';
}

function fixFor(setup: SessionSetup, found: Literal): Fix {
  const q = optionQuote(setup);
  const text = `process.env.${found.env} ?? (() => { throw new Error(${q}${found.env} is not set${q}); })()`;
  // Not applied by --fix: the app then stops at start until the variable is set, and a new secret
  // ends every session signed with the old one.
  return { title: `Read the secret from ${found.env} and stop at start when it is missing`, edits: [{ start: found.replace.start, end: found.replace.end, newText: text }], preferred: false };
}

/** A literal express-session `secret`: a sample from documentation, one shorter than 32 characters, or any literal. */
export const appSessionSecret: KindRule<AppModel> = {
  meta: {
    id: 'app/session-secret',
    dialect: 'app',
    severity: 'warning',
    summary: 'express-session `secret` written in the source (a documentation sample such as `keyboard cat`, shorter than 32 characters, or any literal, also as a fallback of `process.env`)',
    fixable: true,
  },
  checkModel(context) {
    for (const setup of expressSessions(context.config)) {
      const secret = sessionOption(setup, 'secret');
      if (!secret) continue;
      const elements = secret.value.kind === 'array' ? secret.value.elements : [secret.value];
      const found = elements.map(literalOf).find((l): l is Literal => l !== null);
      if (!found) continue;
      const what = whatSecret(found.literal.value);
      const message = found.fallback
        ? `When ${found.env} is unset, \`secret\` falls back to ${what}: a server started without the variable signs sessions with a secret anyone who reads the code knows. Read it from the environment only and stop at start when it is missing.`
        : `\`secret\` is ${what}: anyone who can read the code can sign session cookies, and every environment shares the secret. Read it from the environment (\`process.env.${found.env}\`) and stop at start when it is missing.`;
      context.report({
        message,
        span: found.literal.span,
        fixes: secret.value.kind === 'array' ? [] : [fixFor(setup, found)],
      });
    }
  },
};

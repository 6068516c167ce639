import type { ManifestModel } from '../../manifest/model';
import { traefikAffinity, type CookieOptionName, type OptionValue, type StickyCookie } from '../../manifest/traefik/sticky';
import type { Span } from '../../text/span';
import type { Fix, KindRule, RuleContext, RuleMeta, Severity, TextEdit } from '../types';
import { traefikTarget, type TraefikTarget } from './version';

/** The title shared by the fixes that complete one cookie, applied together by "fix all of this cookie". */
export const COMPLETE_COOKIE = 'Add every missing sticky cookie option';

export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `the sticky cookie of IngressRoute web`. */
export function cookieOf(cookie: StickyCookie): string {
  return `the sticky cookie of ${cookie.owner}`;
}

/** An option as a user writes it with a value: `secure: true`, `...sticky.cookie.secure=true`. */
export function written(cookie: StickyCookie, name: CookieOptionName, value: OptionValue): string {
  const key = cookie.spell(name);
  if (cookie.form === 'label') return `${key}=${String(value)}`;
  if (cookie.form === 'annotation') return `${key}: "${String(value)}"`;
  if (cookie.form === 'toml') return `${key} = ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`;
  return `${key}: ${String(value)}`;
}

/** Sets an option: replaces its value when it is there, adds it otherwise. */
export function setOption(cookie: StickyCookie, name: CookieOptionName, value: OptionValue): TextEdit {
  const present = cookie.option(name);
  return present ? present.replace(value) : cookie.add(name, value);
}

/**
 * An insertion that reads the same when another is joined to it at the same offset (the combined
 * fix joins them): a new line, or `, key: value` after a flow map's last pair. The first pair of an
 * empty flow map (`cookie: {}`) is not: two of them would need a comma between them.
 */
function joinable(edit: TextEdit): boolean {
  return edit.start !== edit.end || /^(\r?\n|, )/.test(edit.newText);
}

export function optionFix(cookie: StickyCookie, name: CookieOptionName, value: OptionValue, preferred = true): Fix {
  const edit = setOption(cookie, name, value);
  return { title: `Set ${written(cookie, name, value)}`, edits: [edit], preferred, combinedTitle: preferred && joinable(edit) ? COMPLETE_COOKIE : undefined };
}

export interface Verdict {
  readonly message: string;
  readonly span?: Span;
  readonly severity?: Severity;
  readonly fixes?: readonly Fix[];
}

/**
 * The shape of the sticky-cookie-* rules: each judges one option of every sticky cookie the
 * manifest holds, in whichever form it is written (traefikAffinity), and reports at the option's
 * value when it is there, else at the cookie.
 */
export function stickyCookieRule(
  meta: Omit<RuleMeta, 'dialect'> & { readonly options?: readonly CookieOptionName[] },
  judge: (cookie: StickyCookie, target: TraefikTarget, context: RuleContext<ManifestModel>) => Verdict | null,
): KindRule<ManifestModel> {
  return {
    meta: { id: meta.id, severity: meta.severity, summary: meta.summary, fixable: meta.fixable, dialect: 'traefik' },
    checkModel(context) {
      for (const cookie of traefikAffinity(context.config).cookies) {
        // An option written by a template is not judged: its value is only known once rendered.
        if (meta.options?.some((name) => cookie.option(name)?.templated)) continue;
        const verdict = judge(cookie, traefikTarget(context.config, context.settings, cookie), context);
        if (verdict) context.report({ message: verdict.message, span: verdict.span ?? cookie.span, severity: verdict.severity, fixes: verdict.fixes ?? [] });
      }
    },
  };
}

/** A boolean option's value as Traefik reads it: true, false, or null when absent. */
export function flag(cookie: StickyCookie, name: CookieOptionName): boolean | null {
  const option = cookie.option(name);
  if (!option) return null;
  return (option.value ?? '').trim().toLowerCase() === 'true';
}

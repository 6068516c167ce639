/**
 * What the cookie and secret rules of express-session read and write: an option as the file sets
 * it (a property of the options or cookie object, or an assignment `sess.cookie.secure = true`
 * elsewhere in the file), whether the file can tell at all (a spread, a cookie object from another
 * module), and style-keeping edits that add a property to an object literal or replace a value.
 */
import { indentAt } from '../../app/edits';
import { propertyOf, resolved, type AppModel, type AppObject, type AppProperty, type AppValue, type SessionSetup } from '../../app/model';
import type { SourceText } from '../../text/sourceText';
import type { Span } from '../../text/span';
import type { TextEdit } from '../types';

/**
 * The express-session set-ups whose options the file shows (NestJS's Express adapter is
 * express-session too). @fastify/session and koa-session have other defaults: not these rules'.
 */
export function expressSessions(model: AppModel): SessionSetup[] {
  return model.sessions.filter((s) => s.library === 'express-session' && s.options !== null);
}

/** An option as the file sets it. */
export interface OptionSetting {
  /** The value, followed through same-file `const`s. */
  readonly value: AppValue;
  /** The `key: value` property, or null when an assignment sets it. */
  readonly property: AppProperty | null;
  /** Where a finding about the value points: the property's value, or the assignment. */
  readonly span: Span;
}

function setting(object: AppObject | null, key: string, setup: SessionSetup, path: readonly string[]): OptionSetting | null {
  const property = propertyOf(object, key);
  if (property) return { value: resolved(property.value) ?? property.value, property, span: property.value.span };
  const assigned = [...setup.assignments].reverse().find((a) => a.path.length === path.length && a.path.every((p, i) => p === path[i]));
  return assigned ? { value: resolved(assigned.value) ?? assigned.value, property: null, span: assigned.span } : null;
}

/** A top-level session option (`secret`, `resave`, `name`, `proxy`). */
export function sessionOption(setup: SessionSetup, key: string): OptionSetting | null {
  return setting(setup.options, key, setup, [key]);
}

/** A `cookie.<key>` option. */
export function cookieOption(setup: SessionSetup, key: string): OptionSetting | null {
  return setting(setup.cookie, key, setup, ['cookie', key]);
}

/** Whether a top-level option the file does not write may still be set: the options spread another object. */
export function optionsOpen(setup: SessionSetup): boolean {
  return setup.options?.spread === true;
}

/**
 * Whether a cookie option the file does not write may still be set: the cookie object comes from
 * elsewhere (an import, a parameter, a function the reader cannot follow) or spreads another.
 */
export function cookieOpen(setup: SessionSetup): boolean {
  if (setup.cookieForm === 'other') return true;
  if (setup.cookieForm === 'function' && setup.cookie === null) return true;
  if (setup.cookieForm === 'absent') return optionsOpen(setup);
  return setup.cookie?.spread === true;
}

/** Where a finding about a cookie option the file does not write points: the `cookie` key, else the `session` callee. */
export function cookieAnchor(setup: SessionSetup): Span {
  return propertyOf(setup.options, 'cookie')?.keySpan ?? setup.callee;
}

export function isBoolean(value: AppValue | undefined, want: boolean): boolean {
  return value?.kind === 'boolean' && value.value === want;
}

export function isString(value: AppValue | undefined, want: string): boolean {
  return value?.kind === 'string' && value.value.toLowerCase() === want;
}

/** The quote the session options already use for strings, else a single quote. */
export function optionQuote(setup: SessionSetup): string {
  const strings: AppValue[] = [...(setup.options?.properties ?? []), ...(setup.cookie?.properties ?? [])].map((p) => p.value);
  const quoted = strings.find((v): v is Extract<AppValue, { kind: 'string' }> => v.kind === 'string' && v.quote !== '`');
  return quoted?.quote ?? "'";
}

/** Where the line holding `offset` ends, before its CR LF or LF. */
function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl < 0 ? text.length : nl;
  return end > 0 && text[end - 1] === '\r' ? end - 1 : end;
}

/**
 * Adds properties (`key: value` texts) after the last property of an object literal, in its style:
 * each on a line of its own with the other properties' indentation and trailing comma when they
 * stand one per line (after a comment that ends the last line, not before it), else `, key: value`
 * on the same line.
 */
export function insertProperty(source: SourceText, object: AppObject, properties: string | readonly string[]): TextEdit[] {
  const text = source.text;
  const list = typeof properties === 'string' ? [properties] : properties;
  const last = object.properties[object.properties.length - 1];
  if (!last) {
    // `{}` or `{ }`: the properties alone between the braces.
    return [{ start: object.span.start + 1, end: object.span.end - 1, newText: ` ${list.join(', ')} ` }];
  }
  let after = last.span.end;
  while (after < object.span.end && (text[after] === ' ' || text[after] === '\t')) after++;
  const comma = text[after] === ',';
  const multiline = text.slice(object.span.start, object.properties[0].span.start).includes('\n');
  if (!multiline) {
    const joined = list.join(', ');
    return comma ? [{ start: after + 1, end: after + 1, newText: ` ${joined},` }] : [{ start: last.span.end, end: last.span.end, newText: `, ${joined}` }];
  }
  const indent = indentAt(text, last.span.start);
  const end = Math.min(lineEnd(text, last.span.end), object.span.end - 1);
  const lines = list.map((p) => `${source.eol}${indent}${p}`).join(',') + (comma ? ',' : '');
  if (comma) return [{ start: end, end, newText: lines }];
  return end === last.span.end ? [{ start: end, end, newText: `,${lines}` }] : [{ start: last.span.end, end: last.span.end, newText: ',' }, { start: end, end, newText: lines }];
}

/** Replaces a property's value (a shorthand `{ secure }` becomes `{ secure: value }`). */
export function replaceValue(property: AppProperty, valueText: string): TextEdit[] {
  return property.shorthand
    ? [{ start: property.span.start, end: property.span.end, newText: `${property.key}: ${valueText}` }]
    : [{ start: property.value.span.start, end: property.value.span.end, newText: valueText }];
}

/** Sets `cookie.<key>` to a value: the existing property's value replaced, else the property added (with a `cookie` object when there is none). */
export function setCookieOption(source: SourceText, setup: SessionSetup, key: string, valueText: string): TextEdit[] | null {
  const existing = propertyOf(setup.cookie, key);
  if (existing) return replaceValue(existing, valueText);
  if (setup.cookie) return insertProperty(source, setup.cookie, `${key}: ${valueText}`);
  if (setup.cookieForm === 'absent' && setup.options) return insertProperty(source, setup.options, `cookie: { ${key}: ${valueText} }`);
  return null;
}

/** Sets a top-level option: the existing property's value replaced, else the property added. */
export function setSessionOption(source: SourceText, setup: SessionSetup, key: string, valueText: string): TextEdit[] | null {
  if (!setup.options) return null;
  const existing = propertyOf(setup.options, key);
  if (existing) return replaceValue(existing, valueText);
  return insertProperty(source, setup.options, `${key}: ${valueText}`);
}

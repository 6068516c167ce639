import type { KindCompletion, KindHover, KindInput } from '../kinds/fileKind';
import type { Span } from '../text/span';
import type { AppModel, AppObject, AppVersions, SessionLibrary } from './model';
import { atLeast, factMarkdown, optionFact, optionsUnder, versionOf, type OptionFact } from './knowledge/sessionOptions';
import { boundName, hardenedSetup } from './setupSnippet';
import { eolOf } from './edits';
import { readVersions } from './versions';

/** Hover on an option key of a session set-up: what it does, its default for the installed version, the trap. */
export function appHover(model: AppModel, _input: KindInput, offset: number): KindHover | null {
  for (const setup of model.sessions) {
    const installed = model.versions.packages.get(setup.library);
    const objects: [AppObject | null, string][] = [
      [setup.options, ''],
      [setup.cookie, 'cookie'],
    ];
    for (const [object, parent] of objects) {
      for (const p of object?.properties ?? []) {
        if (offset < p.keySpan.start || offset > p.keySpan.end) continue;
        const fact = optionFact(setup.library, parent ? `${parent}.${p.key}` : p.key);
        if (fact) return { markdown: factMarkdown(fact, installed), span: p.keySpan };
      }
    }
  }
  return null;
}

/** Where the cursor is, read from the text before it (the file may be half typed). */
interface Context {
  /** The session library and the object (`''` = the options, `cookie`) the cursor is in, if any. */
  readonly object: { readonly library: SessionLibrary; readonly parent: string; readonly open: number; readonly inString?: number } | null;
  /** Whether the cursor is where a statement may start (top level or a block, after `;`, `}` or a line break). */
  readonly statementStart: boolean;
}

interface Open {
  readonly char: '{' | '(' | '[';
  readonly at: number;
  /** What this brace opens: a session's options, its cookie, something else. */
  readonly role: { readonly library: SessionLibrary; readonly parent: string } | null;
}

/** The local names the file gives each session library (`session`, `fastifySession`), defaulting to the usual ones. */
function libraryNames(text: string): Map<string, SessionLibrary> {
  const names = new Map<string, SessionLibrary>([['session', 'express-session']]);
  const libs: [string, SessionLibrary][] = [['express-session', 'express-session'], ['@fastify/session', '@fastify/session'], ['koa-session', 'koa-session']];
  for (const [module, library] of libs) {
    const name = boundName(text, module);
    if (name) names.set(name, library);
  }
  return names;
}

/**
 * Scans the text up to the cursor, skipping strings and comments, keeping the open brackets; a `{`
 * right after `session(` (or `register(fastifySession,`) opens a session's options, a `{` after
 * `cookie:` inside them opens its cookie.
 */
export function contextAt(text: string, offset: number): Context {
  const names = libraryNames(text);
  const stack: Open[] = [];
  let i = 0;
  while (i < offset) {
    const ch = text[i];
    if (ch === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      if (end < 0 || end >= offset) return NOWHERE;
      i = end;
      continue;
    }
    if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0 || end + 2 > offset) return NOWHERE;
      i = end + 2;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') {
      let j = i + 1;
      while (j < offset && text[j] !== ch && !(ch !== '`' && text[j] === '\n')) j += text[j] === '\\' ? 2 : 1;
      // The cursor in a string: a value being typed after `key: '` is the caller's to see; nothing else is offered.
      if (j >= offset) return stringContext(stack, i);
      i = j + 1;
      continue;
    }
    if (ch === '{' || ch === '(' || ch === '[') {
      stack.push({ char: ch, at: i, role: ch === '{' ? roleOf(text, i, stack, names) : null });
    } else if (ch === '}' || ch === ')' || ch === ']') {
      stack.pop();
    }
    i++;
  }
  const top = stack[stack.length - 1];
  const object = top?.role ? { ...top.role, open: top.at } : null;
  const before = text.slice(0, offset).replace(/[\w$-]*$/, '');
  const lineStart = /(^|[\n;{}])[ \t]*$/.test(before);
  const inBlock = !top || (top.char === '{' && !top.role && /(?:\)|=>|\belse|\btry|\bfinally|\bdo)\s*$/.test(text.slice(Math.max(0, top.at - 20), top.at)));
  return { object, statementStart: lineStart && inBlock };
}

/** Inside a comment: nothing to offer. */
const NOWHERE: Context = { object: null, statementStart: false };

/** Inside a string that starts at `quote`: the object around it, for the values of `key: '...`. */
function stringContext(stack: readonly Open[], quote: number): Context {
  const top = stack[stack.length - 1];
  return { object: top?.role ? { ...top.role, open: top.at, inString: quote } : null, statementStart: false };
}

function roleOf(text: string, at: number, stack: readonly Open[], names: ReadonlyMap<string, SessionLibrary>): Open['role'] {
  const before = text.slice(Math.max(0, at - 200), at);
  const call = /([A-Za-z_$][\w$]*)\s*\(\s*$/.exec(before);
  if (call && names.has(call[1])) return { library: names.get(call[1]) as SessionLibrary, parent: '' };
  const register = /\bregister\s*\(\s*([A-Za-z_$][\w$]*)\s*,\s*$/.exec(before);
  if (register && names.get(register[1]) === '@fastify/session') return { library: '@fastify/session', parent: '' };
  const koa = /([A-Za-z_$][\w$]*)\s*\(\s*$/.exec(before);
  if (koa && names.get(koa[1]) === 'koa-session') return { library: 'koa-session', parent: '' };
  const parent = stack[stack.length - 1];
  if (parent?.role && parent.role.parent === '' && /\bcookie\s*:\s*$/.test(before)) return { library: parent.role.library, parent: 'cookie' };
  return null;
}

/** The keys written directly in the object opened at `open` (to its closing brace, or the end of what is typed). */
export function keysWritten(text: string, open: number): Set<string> {
  const keys = new Set<string>();
  let depth = 0;
  let expectKey = true;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'" || ch === '"' || ch === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== ch && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      if (depth === 1 && expectKey && /^\s*:/.test(text.slice(j + 1))) keys.add(text.slice(i + 1, j));
      expectKey = false;
      i = j;
      continue;
    }
    if (ch === '{' || ch === '(' || ch === '[') {
      depth++;
      expectKey = depth === 1;
      continue;
    }
    if (ch === '}' || ch === ')' || ch === ']') {
      depth--;
      if (depth === 0) break;
      continue;
    }
    if (depth !== 1) continue;
    if (ch === ',') {
      expectKey = true;
      continue;
    }
    if (/[A-Za-z_$]/.test(ch) && !/[\w$.]/.test(text[i - 1] ?? '')) {
      // `key:` is a key wherever it stands (a line typed without its comma yet); `key,` only where a key is due.
      const m = /^[A-Za-z_$][\w$]*/.exec(text.slice(i)) as RegExpExecArray;
      const after = text.slice(i + m[0].length, i + m[0].length + 40);
      if (/^\s*:/.test(after) || (expectKey && /^\s*[,}(]/.test(after))) keys.add(m[0]);
      i += m[0].length - 1;
      expectKey = false;
    }
  }
  return keys;
}

const SNIPPET = 'express-session-redis';

/**
 * Completion in application code: the option keys not yet written inside `session({...})` and its
 * `cookie: {...}`, values for the options that take a few, and the `express-session-redis` set-up
 * for the installed versions at the start of a statement.
 */
export async function appCompletion(model: AppModel | null, input: KindInput, offset: number, packages: readonly string[]): Promise<readonly KindCompletion[]> {
  const text = input.text;
  const context = contextAt(text, offset);
  const word = /[\w$-]*$/.exec(text.slice(0, offset))?.[0] ?? '';
  const wordSpan: Span = { start: offset - word.length, end: offset };
  // package.json and the lockfile are read only where an answer needs them, not on every keystroke of any JS file.
  const versionsNow = async (): Promise<AppVersions> => model?.versions ?? readVersions(input.file, input.files, packages);
  if (context.object) {
    const versions = await versionsNow();
    const { library, parent, open } = context.object;
    const installed = versions.packages.get(library);
    const lineBefore = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
    const valueOf = /(?:^|[{,])\s*([A-Za-z_$][\w$]*)\s*:\s*['"]?[\w-]*$/.exec(lineBefore);
    if (valueOf) {
      const fact = optionFact(library, parent ? `${parent}.${valueOf[1]}` : valueOf[1]);
      const typed = /['"]?[\w-]*$/.exec(lineBefore)?.[0] ?? '';
      const span: Span = { start: offset - typed.length, end: offset };
      const have = versionOf(installed);
      // A value the installed version does not take yet (`'auto'` before express-session 1.12.0) is left out.
      const lacking = (v: string): boolean => !!have && (fact?.gates ?? []).some(([since, what]) => what.includes(v) && !atLeast(have, since));
      return (fact?.completions ?? [])
        .filter((v) => !lacking(v))
        .map((v) => ({ label: v, insertText: v, span, detail: `${library} ${fact?.path}`, documentation: fact ? factMarkdown(fact, installed) : '' }));
    }
    if (context.object.inString !== undefined) return [];
    const written = keysWritten(text, open);
    written.delete(word);
    return optionsUnder(library, parent)
      .filter((f) => !written.has(leaf(f)))
      .map((f) => ({ label: leaf(f), insertText: `${leaf(f)}: `, span: wordSpan, detail: detailOf(f), documentation: factMarkdown(f, installed) }));
  }
  const typingPrefix = word.length > 0 && SNIPPET.startsWith(word);
  if (!context.statementStart || !(typingPrefix || word === '')) return [];
  const versions = await versionsNow();
  if (!typingPrefix && !versions.packages.has('express-session')) return [];
  const lineStart = text.lastIndexOf('\n', wordSpan.start - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
  const setup = hardenedSetup({ file: input.file, text, versions, indent, eol: eolOf(text) });
  return [
    {
      label: SNIPPET,
      insertText: setup.text ?? `// ${setup.detail}${eolOf(text)}`,
      span: wordSpan,
      detail: setup.detail,
      documentation: setup.text
        ? 'express-session with connect-redis, a connected Redis client, trust proxy, the secret from the environment (stops at start when missing) and a Secure, HttpOnly, SameSite=Lax cookie with a lifetime, in the form the installed versions take.'
        : setup.detail,
    },
  ];
}

function leaf(f: OptionFact): string {
  return f.path.slice(f.path.lastIndexOf('.') + 1);
}

function detailOf(f: OptionFact): string {
  return `${f.library}: default ${f.default ?? 'none (required)'}`.replace(/`/g, '');
}


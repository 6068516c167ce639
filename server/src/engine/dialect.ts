import * as path from 'path';
import type { Dialect } from '../model/common';
import type { ConfigParser } from '../parsing/configParser';
import { readingOf, type DialectReading } from '../parsing/dialectReading';

/**
 * The dialect a file name claims, and whether other software names its files the same way. The
 * patterns are the ones the extension contributes to VS Code: nginx.conf, *.nginx, *.nginxconf,
 * nginx/.../*.conf; haproxy.cfg, *.haproxy, haproxy/.../*.cfg; and, shared with Apache httpd
 * (`conf.d/`, Debian's `sites-available/`), supervisord, rsyslog and others, conf.d/*.conf and
 * sites-available/*, sites-enabled/* outside an nginx folder.
 */
export interface NameClaim {
  readonly dialect: Dialect;
  /** Other software uses the same pattern: the content must confirm the claim. */
  readonly shared: boolean;
}

export function claimFromName(file: string): NameClaim | null {
  const normalized = file.split(path.sep).join('/');
  const base = path.posix.basename(normalized);
  const dirs = path.posix.dirname(normalized).split('/');
  if (base === 'haproxy.cfg' || base.endsWith('.haproxy')) return { dialect: 'haproxy', shared: false };
  if (base.endsWith('.cfg') && dirs.includes('haproxy')) return { dialect: 'haproxy', shared: false };
  if (base === 'nginx.conf' || base.endsWith('.nginx') || base.endsWith('.nginxconf')) return { dialect: 'nginx', shared: false };
  const underNginx = dirs.includes('nginx');
  if (dirs.includes('sites-available') || dirs.includes('sites-enabled')) return { dialect: 'nginx', shared: !underNginx };
  if (base.endsWith('.conf') && underNginx) return { dialect: 'nginx', shared: false };
  if (base.endsWith('.conf') && dirs[dirs.length - 1] === 'conf.d') return { dialect: 'nginx', shared: true };
  return null;
}

export function dialectFromName(file: string): Dialect | null {
  return claimFromName(file)?.dialect ?? null;
}

/** What a text is, read by both grammars: a configuration of one dialect, nothing (blank), or something else. */
export type ContentVerdict =
  | { readonly kind: 'config'; readonly dialect: Dialect }
  /** Empty, or only blank space and `#` comments: either server reads it, and there is nothing to lint. */
  | { readonly kind: 'blank' }
  /** Text that neither server would read as its configuration (a program, a manifest, prose, bytes). */
  | { readonly kind: 'other' };

/**
 * How much of a long text is read to classify it: the start of a configuration says what it is.
 * 16 KiB classifies the corpus exactly as 64 KiB did, in a third of the time (8 ms instead of 26 ms
 * on the 50k-line bench file, both grammars, warm).
 */
export const CLASSIFY_SAMPLE_CHARS = 16 * 1024;

/**
 * The share of a text's statements (in characters) that must be the dialect's own. Well under 1, so
 * that a directive of a module we do not know or a broken line keeps a short config a config; over
 * a half, so that a script with a few words nginx shares (`set`, `include`) is not one. On the corpus
 * the configurations read 0.87 to 1 as their own, every other file 0.10 or less.
 */
const OWN_SHARE = 0.6;

/**
 * Lines of foreign statements at the start of a text that make it a document of another kind even
 * when the rest reads as a configuration (a ConfigMap that carries an nginx.conf, a script that
 * writes one). A configuration may open with one line we do not know, not with a paragraph of them.
 */
const LEADING_FOREIGN_LINES = 3;

const DIALECTS: readonly Dialect[] = ['nginx', 'haproxy'];

/** The start of the text, cut at a line end, when the text is longer than the sample. */
function sampleOf(text: string): string {
  if (text.length <= CLASSIFY_SAMPLE_CHARS) return text;
  const cut = text.lastIndexOf('\n', CLASSIFY_SAMPLE_CHARS);
  return text.slice(0, cut > 0 ? cut + 1 : CLASSIFY_SAMPLE_CHARS);
}

function ownShare(r: DialectReading): number {
  return r.own + r.foreign === 0 ? 0 : r.own / (r.own + r.foreign);
}

/**
 * Decides by structure, as a person reading the text would: both grammars parse (the start of) the
 * text, and a dialect qualifies when most of what its grammar read are statements of that server and
 * the text does not open with lines of something else (see DialectReading). When both qualify, the
 * one that reads more of the text as its own wins.
 */
export async function classifyContent(parser: ConfigParser, text: string): Promise<ContentVerdict> {
  const sample = sampleOf(text);
  if (sample.includes('\0')) return { kind: 'other' };
  const readings = new Map<Dialect, DialectReading>();
  for (const dialect of DIALECTS) {
    const tree = await parser.parseTree(dialect, sample);
    try {
      readings.set(dialect, readingOf(dialect, tree, sample));
    } finally {
      tree.delete();
    }
  }
  const all = [...readings.values()];
  if (all.every((r) => r.own + r.foreign === 0)) return { kind: 'blank' };
  let best: Dialect | null = null;
  for (const dialect of DIALECTS) {
    const r = readings.get(dialect)!;
    if (r.own === 0 || ownShare(r) < OWN_SHARE || r.leadingForeignLines >= LEADING_FOREIGN_LINES || r.opensInOtherSyntax) continue;
    if (best === null || r.own > readings.get(best)!.own) best = dialect;
  }
  return best ? { kind: 'config', dialect: best } : { kind: 'other' };
}

/** What a file is, by name and content (see FileVerdict). */
export type FileVerdict = ContentVerdict & {
  /** Set when the file is named the way NGINX files are named but reads as something else. */
  readonly claimedAs?: Dialect;
};

/**
 * The dialect a name of its own claims (it decides: a half-typed nginx.conf is still nginx), else
 * what the content is. A name other software shares (conf.d/*.conf) is only a hint: an Apache or
 * supervisord file there reads as something else and is reported so (`claimedAs`), not linted as
 * NGINX; a file there that reads as HAProxy is HAProxy.
 */
export async function detectDialect(parser: ConfigParser, file: string, text: string): Promise<FileVerdict> {
  const claim = claimFromName(file);
  if (claim && !claim.shared) return { kind: 'config', dialect: claim.dialect };
  const verdict = await classifyContent(parser, text);
  return claim && verdict.kind === 'other' ? { ...verdict, claimedAs: claim.dialect } : verdict;
}

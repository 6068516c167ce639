import { fileURLToPath } from 'url';
import { claimFromName, classifyContent } from '../engine/dialect';
import type { ConfigParser } from '../parsing/configParser';
import type { OpenDocument } from './documentStore';

/**
 * Documents VS Code opened as NGINX only because of a path other programs share (conf.d/*.conf,
 * sites-available/ outside an nginx folder: Apache httpd, supervisord and rsyslog name their files
 * the same way). Such a document is linted once its content reads as a configuration; until then it
 * gets one note saying why it is not, instead of NGINX syntax errors on an Apache file.
 */
export class SharedNameDocuments {
  /** Documents whose content has read as a configuration once: they stay linted while edited. */
  private readonly confirmed = new WeakSet<OpenDocument>();
  private readonly checked = new WeakMap<OpenDocument, { version: number; note: string | null }>();

  constructor(private readonly parser: ConfigParser) {}

  /** Null when the document is to be linted; else the note to show in its place. */
  async notLintedBecause(doc: OpenDocument): Promise<string | null> {
    if (this.confirmed.has(doc)) return null;
    const claim = claimOf(doc.uri);
    if (!claim?.shared) return null;
    const last = this.checked.get(doc);
    if (last?.version === doc.version) return last.note;
    const verdict = await classifyContent(this.parser, doc.source.text);
    if (verdict.kind === 'config') this.confirmed.add(doc);
    const note = verdict.kind === 'other' ? notLintedNote(doc.dialect === 'nginx' ? 'NGINX' : 'HAProxy') : null;
    this.checked.set(doc, { version: doc.version, note });
    return note;
  }
}

function claimOf(uri: string): ReturnType<typeof claimFromName> {
  if (!uri.startsWith('file:')) return null;
  try {
    return claimFromName(fileURLToPath(uri));
  } catch {
    return null;
  }
}

function notLintedNote(name: string): string {
  return `Affinity Lint does not lint this file: it was opened as ${name} because of its path (a conf.d/*.conf or sites-*/ name, which Apache httpd, supervisord and others use too), but it does not read as an ${name} configuration. It is linted as soon as it does.`;
}

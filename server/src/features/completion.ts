import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import type { Keyword } from './keywords';
import { KEYWORDS } from './keywords';
import type { OpenDocument } from './documentStore';
import { haproxySectionAt, nginxBlockAt } from './locate';

const HAPROXY_SECTIONS = ['global', 'defaults', 'frontend', 'backend', 'listen', 'peers', 'resolvers', 'userlist', 'cache', 'mailers', 'http-errors', 'ring', 'log-forward', 'program'];

function keywordItem(k: Keyword): CompletionItem {
  return {
    label: k.name,
    kind: CompletionItemKind.Keyword,
    detail: k.syntax.split('\n')[0],
    documentation: { kind: 'markdown', value: `${k.doc}\n\n[documentation](${k.url})` },
  };
}

function paramItems(k: Keyword | undefined): CompletionItem[] {
  return (k?.params ?? []).map((p) => ({ label: p, kind: CompletionItemKind.Property, detail: k!.name }));
}

/** The tokens of the statement being typed, from its start to the cursor. */
function statementTokens(text: string, offset: number, dialect: OpenDocument['dialect']): string[] {
  let start = offset;
  while (start > 0) {
    const c = text[start - 1];
    if (c === '\n' && dialect === 'haproxy') break;
    if (dialect === 'nginx' && (c === ';' || c === '{' || c === '}')) break;
    start--;
  }
  const typed = text.slice(start, offset);
  const tokens = typed.trim().split(/\s+/).filter(Boolean);
  if (/\s$/.test(typed) || typed.trim() === '') tokens.push('');
  return tokens;
}

/** Directive names for the block or section at the cursor, then the parameters of the one being typed. */
export function completion(doc: OpenDocument, offset: number): CompletionItem[] {
  const text = doc.source.text;
  const tokens = statementTokens(text, offset, doc.dialect);
  const ownKeywords = KEYWORDS.filter((k) => k.dialect === doc.dialect);
  if (doc.dialect === 'nginx') {
    const block = doc.config?.dialect === 'nginx' ? nginxBlockAt(doc.config.directives, offset) : null;
    const context = block?.name ?? '';
    if (tokens.length <= 1) return ownKeywords.filter((k) => k.contexts.includes(context)).map(keywordItem);
    return paramItems(ownKeywords.find((k) => k.name === tokens[0]));
  }
  const section = doc.config?.dialect === 'haproxy' ? haproxySectionAt(doc.config.sections, offset) : null;
  if (tokens.length <= 1) {
    const inSection = section ? ownKeywords.filter((k) => k.contexts.includes(section.kind)).map(keywordItem) : [];
    const sections = HAPROXY_SECTIONS.map((s): CompletionItem => ({ label: s, kind: CompletionItemKind.Module, detail: 'section' }));
    return [...inSection, ...sections];
  }
  const keyword = tokens[0] === 'no' ? tokens[1] : tokens[0];
  return paramItems(ownKeywords.find((k) => k.name === keyword));
}

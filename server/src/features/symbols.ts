import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { HaproxySection } from '../model/haproxy';
import type { NginxDirective } from '../model/nginx';
import type { SourceText } from '../text/sourceText';
import { toRange } from './convert';
import type { OpenDocument } from './documentStore';

const NGINX_KINDS: Record<string, SymbolKind> = {
  http: SymbolKind.Namespace,
  stream: SymbolKind.Namespace,
  mail: SymbolKind.Namespace,
  events: SymbolKind.Namespace,
  server: SymbolKind.Class,
  upstream: SymbolKind.Module,
  location: SymbolKind.Method,
  map: SymbolKind.Struct,
  geo: SymbolKind.Struct,
  if: SymbolKind.Event,
};

function nginxSymbols(directives: readonly NginxDirective[], source: SourceText): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  for (const d of directives) {
    const upstreamServer = d.name === 'server' && d.parent?.name === 'upstream';
    if (!d.children && !upstreamServer) continue;
    const serverName = d.name === 'server' && d.children ? d.children.find((c) => c.name === 'server_name')?.args.map((a) => a.value).join(' ') : undefined;
    const detail = serverName ?? d.args.map((a) => a.raw).join(' ');
    out.push({
      name: d.name,
      detail,
      kind: upstreamServer ? SymbolKind.Field : NGINX_KINDS[d.name] ?? SymbolKind.Object,
      range: toRange(source, d.span),
      selectionRange: toRange(source, d.nameSpan),
      children: d.children ? nginxSymbols(d.children, source) : [],
    });
  }
  return out;
}

function haproxySymbol(section: HaproxySection, source: SourceText): DocumentSymbol {
  const children: DocumentSymbol[] = section.directives
    .filter((d) => d.prefix === null && (d.keyword === 'server' || d.keyword === 'acl' || d.keyword === 'bind') && d.args.length > 0)
    .map((d) => ({
      name: `${d.keyword} ${d.args[0].value}`,
      detail: d.args.slice(1, 2).map((a) => a.value).join(' '),
      kind: d.keyword === 'server' ? SymbolKind.Field : d.keyword === 'acl' ? SymbolKind.Boolean : SymbolKind.Interface,
      range: toRange(source, d.span),
      selectionRange: toRange(source, d.keywordSpan),
    }));
  return {
    name: section.name ? `${section.kind} ${section.name}` : section.kind,
    detail: section.fromName ? `from ${section.fromName}` : '',
    kind: section.kind === 'backend' || section.kind === 'frontend' || section.kind === 'listen' ? SymbolKind.Class : SymbolKind.Namespace,
    range: toRange(source, section.span),
    selectionRange: toRange(source, section.headerSpan),
    children,
  };
}

/** The outline: nginx blocks (http, server, location, upstream and its servers); HAProxy sections and their servers, binds and ACLs. */
export function documentSymbols(doc: OpenDocument): DocumentSymbol[] {
  const config = doc.config;
  if (!config) return [];
  if (config.dialect === 'nginx') return nginxSymbols(config.directives, doc.source);
  return config.sections.map((s) => haproxySymbol(s, doc.source));
}

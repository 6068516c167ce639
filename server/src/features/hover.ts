import type { Hover, MarkupContent } from 'vscode-languageserver';
import type { Span } from '../text/span';
import { toRange } from './convert';
import type { OpenDocument } from './documentStore';
import { findKeyword, type Keyword } from './keywords';
import { haproxyDirectiveAt, haproxySectionAt, nginxDirectiveAt } from './locate';

function render(keyword: Keyword): MarkupContent {
  const fence = keyword.dialect === 'nginx' ? 'nginx' : 'haproxy';
  return {
    kind: 'markdown',
    value: [`\`\`\`${fence}`, keyword.syntax, '```', keyword.doc, '', `[${keyword.dialect === 'nginx' ? 'nginx' : 'HAProxy'} documentation](${keyword.url})`].join('\n'),
  };
}

/** Explains the affinity-related directive or keyword under the cursor, with a link to its manual. */
export function hover(doc: OpenDocument, offset: number): Hover | null {
  const config = doc.config;
  if (!config) return null;
  let name: string | null = null;
  let span: Span | null = null;
  if (config.dialect === 'nginx') {
    const d = nginxDirectiveAt(config.directives, offset);
    if (d && offset >= d.nameSpan.start && offset <= d.nameSpan.end) {
      name = d.name;
      span = d.nameSpan;
    }
  } else {
    const d = haproxyDirectiveAt(config, offset);
    if (d && offset >= d.keywordSpan.start && offset <= d.keywordSpan.end) {
      name = d.keyword;
      span = d.keywordSpan;
    } else {
      const section = haproxySectionAt(config.sections, offset);
      if (section && offset <= section.keywordSpan.end && section.kind === 'peers') {
        name = 'peers';
        span = section.keywordSpan;
      }
    }
  }
  const keyword = name ? findKeyword(doc.dialect, name) : undefined;
  if (!keyword || !span) return null;
  return { contents: render(keyword), range: toRange(doc.source, span) };
}

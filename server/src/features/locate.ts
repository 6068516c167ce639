import type { ParsedConfig } from '../engine/linter';
import type { HaproxyDirective, HaproxySection } from '../model/haproxy';
import type { NginxDirective } from '../model/nginx';
import type { Span } from '../text/span';

function within(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

/** The innermost nginx directive whose text holds the offset. */
export function nginxDirectiveAt(directives: readonly NginxDirective[], offset: number): NginxDirective | null {
  for (const d of directives) {
    if (!within(d.span, offset)) continue;
    if (d.children && d.bodySpan && within(d.bodySpan, offset)) return nginxDirectiveAt(d.children, offset) ?? (offset === d.bodySpan.start ? d : null);
    return d;
  }
  return null;
}

/** The innermost nginx block whose braces hold the offset. */
export function nginxBlockAt(directives: readonly NginxDirective[], offset: number): NginxDirective | null {
  for (const d of directives) {
    if (d.children && d.bodySpan && offset > d.bodySpan.start && offset < d.bodySpan.end) return nginxBlockAt(d.children, offset) ?? d;
  }
  return null;
}

/** The section a line at this offset belongs to: the last one whose header starts before it. */
export function haproxySectionAt(sections: readonly HaproxySection[], offset: number): HaproxySection | null {
  let found: HaproxySection | null = null;
  for (const s of sections) {
    if (s.headerSpan.start <= offset) found = s;
    else break;
  }
  return found;
}

export function haproxyDirectiveAt(config: ParsedConfig & { dialect: 'haproxy' }, offset: number): HaproxyDirective | null {
  const section = haproxySectionAt(config.sections, offset);
  const list = section ? section.directives : config.orphans;
  return list.find((d) => within(d.span, offset)) ?? null;
}

import type { Argument } from '../../model/common';
import type { HaproxySection } from '../../model/haproxy';
import type { SourceText } from '../../text/sourceText';
import type { TextEdit } from '../types';

/** The indentation of a section's lines, for a line inserted into it. */
export function sectionIndent(section: HaproxySection, source: SourceText): string {
  const first = section.directives[0];
  return first ? source.indentAt(first.span.start) : source.indentUnit();
}

/** Removes arguments from a line, each with the whitespace before it. */
export function removeArguments(source: SourceText, args: readonly Argument[]): TextEdit[] {
  return args.map((a) => {
    let start = a.span.start;
    while (start > 0 && (source.text[start - 1] === ' ' || source.text[start - 1] === '\t')) start--;
    return { start, end: a.span.end, newText: '' };
  });
}

/** The first value of `base`, `base-2`, `base-3`... that is not taken. */
export function uniqueValue(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

import type { Node, Tree } from 'web-tree-sitter';
import type { Dialect } from '../model/common';
import { isHaproxyKeyword, isNginxDirective, isNginxValueBlock } from './dialectWords';

/**
 * How much of a text one grammar reads as its own server's configuration: the characters of
 * statements that are that server's (an nginx directive it knows, a HAProxy keyword inside a
 * section) against the characters of statements that are not (unknown names, text the grammar could
 * not read, HAProxy keywords outside any section, nginx-shaped lines read as HAProxy). Comments, blank
 * space and closing braces count for neither.
 */
export interface DialectReading {
  readonly own: number;
  readonly foreign: number;
  /**
   * Lines of statements that are not the dialect's before its first own statement. The start of a
   * text says what it is: a manifest or a script that carries a configuration starts with lines of
   * its own kind (`apiVersion: v1`, `#!/bin/sh`), a configuration with one of its statements.
   */
  readonly leadingForeignLines: number;
  /**
   * The first statement's name has a shape no name of the dialect has ("```nginx" of a Markdown
   * fence, `apiVersion:`, `<?php`): the text is written in another syntax, whatever follows.
   */
  readonly opensInOtherSyntax: boolean;
}

/** `text` is the text the tree was parsed from. */
export function readingOf(dialect: Dialect, tree: Tree, text: string): DialectReading {
  const tally = new Tally(text);
  if (dialect === 'nginx') readNginx(tree.rootNode, text, tally);
  else readHaproxy(tree.rootNode, tally);
  return { own: tally.own, foreign: tally.foreign, leadingForeignLines: tally.leadingForeignLines, opensInOtherSyntax: tally.opensInOtherSyntax };
}

/** Adds up the characters of own and foreign statements, in text order. */
class Tally {
  own = 0;
  foreign = 0;
  leadingForeignLines = 0;
  opensInOtherSyntax = false;
  private lastForeignEnd = -1;
  private named = false;

  constructor(private readonly text: string) {}

  /** Each statement's name, in text order: only the first one counts. */
  name(shapedLikeTheDialect: boolean): void {
    if (this.named) return;
    this.named = true;
    this.opensInOtherSyntax = !shapedLikeTheDialect;
  }

  addOwn(start: number, end: number): void {
    this.own += end - start;
  }

  addForeign(start: number, end: number): void {
    if (end <= start) return;
    this.foreign += end - start;
    if (this.own > 0) return;
    let lines = countNewlines(this.text, start, end) + 1;
    // A second foreign statement on the line where the last one ended adds no line.
    if (this.lastForeignEnd >= 0 && countNewlines(this.text, this.lastForeignEnd, start) === 0) lines--;
    this.leadingForeignLines += lines;
    this.lastForeignEnd = end;
  }
}

function countNewlines(text: string, start: number, end: number): number {
  let n = 0;
  for (let at = text.indexOf('\n', start); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

/** The shape of any name the dialect has (known or not): a word, with `-` and `.` in HAProxy. */
const NGINX_NAME_SHAPE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const HAPROXY_KEYWORD_SHAPE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

function lineEnd(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 ? text.length : at;
}

function isBroken(node: Node): boolean {
  return node.type === 'ERROR' || node.isMissing;
}

/** A directive name or argument as nginx sees it: `"events"` is `events`. */
function unquoted(token: string): string {
  return /^(["']).*\1$/s.test(token) ? token.slice(1, -1) : token;
}

function readNginx(root: Node, text: string, tally: Tally): void {
  const visit = (parent: Node, inValueBlock: boolean): void => {
    for (const node of parent.namedChildren) {
      if (!node || node.type === 'comment') continue;
      if (isBroken(node)) {
        tally.addForeign(node.startIndex, node.endIndex);
        continue;
      }
      if (node.type !== 'directive') continue;
      const name = unquoted(node.childForFieldName('name')?.text ?? '');
      tally.name(NGINX_NAME_SHAPE.test(name) || inValueBlock);
      const body = node.childForFieldName('body');
      const start = node.startIndex;
      const headEnd = body ? body.startIndex + 1 : node.endIndex;
      const args = node.childrenForFieldName('argument').map((a) => unquoted(a?.text ?? ''));
      const known = inValueBlock || isNginxDirective(name, args);
      // A `;` the parser had to invent: a forgotten `;` in nginx text joins its line to the next one,
      // while other text read as nginx runs on for many lines. Only the directive's first line is its own.
      const headBroken = node.children.some((c) => c !== null && c.startIndex <= headEnd && isBroken(c));
      const ownEnd = !known ? start : headBroken ? Math.min(headEnd, lineEnd(text, start)) : headEnd;
      tally.addOwn(start, ownEnd);
      tally.addForeign(ownEnd, headEnd);
      if (body?.type === 'block') visit(body, inValueBlock || isNginxValueBlock(name));
      else if (body && known) tally.addOwn(body.startIndex, body.endIndex);
    }
  };
  visit(root, false);
}

/** Tokens that end the way nginx statements end (`;`, `{`) or a lone brace: nginx text read line by line. */
function nginxShaped(tokens: readonly Node[]): boolean {
  const last = tokens[tokens.length - 1]?.text ?? '';
  return last.endsWith(';') || last.endsWith('{') || last === '}';
}

/** The keyword and arguments of a directive, without its condition (usually just its last child). */
function lineTokens(directive: Node): Node[] {
  const last = directive.lastNamedChild;
  if (last && last.type !== 'comment' && last.type !== 'condition') return [last];
  return directive.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment' && c.type !== 'condition');
}

function readHaproxy(root: Node, tally: Tally): void {
  for (const node of root.namedChildren) {
    if (!node || node.type === 'comment') continue;
    if (node.type === 'directive') tally.name(HAPROXY_KEYWORD_SHAPE.test(node.childForFieldName('keyword')?.text ?? ''));
    else if (node.type !== 'ERROR') tally.name(true);
    if (node.type === 'section') {
      const items = node.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
      const header = items.filter((c) => c.type === 'section_keyword' || c.type === 'argument');
      const headerEnd = header[header.length - 1]?.endIndex ?? node.startIndex;
      // A section keyword the parser invented to recover from an error makes no section.
      if (node.childForFieldName('keyword')?.hasError || node.children.some((c) => c !== null && c.type === 'ERROR' && c.endIndex <= headerEnd)) {
        tally.addForeign(node.startIndex, node.endIndex);
        continue;
      }
      if (nginxShaped(header)) tally.addForeign(node.startIndex, headerEnd);
      else tally.addOwn(node.startIndex, headerEnd);
      for (const item of items) {
        if (item.type === 'directive') {
          const keyword = item.childForFieldName('keyword')?.text ?? '';
          if (!item.hasError && isHaproxyKeyword(keyword) && !nginxShaped(lineTokens(item))) tally.addOwn(item.startIndex, item.endIndex);
          else tally.addForeign(item.startIndex, item.endIndex);
        } else if (item.type === 'conditional' || item.type === 'diagnostic') tally.addOwn(item.startIndex, item.endIndex);
        else if (isBroken(item)) tally.addForeign(item.startIndex, item.endIndex);
      }
    } else if (node.type === 'conditional' || node.type === 'diagnostic') {
      tally.addOwn(node.startIndex, node.endIndex);
    } else {
      // ERROR, or a directive before any section: HAProxy accepts no keyword outside a section.
      tally.addForeign(node.startIndex, node.endIndex);
    }
  }
}

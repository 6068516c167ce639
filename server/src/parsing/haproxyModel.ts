import type { Node, Tree } from 'web-tree-sitter';
import type { Argument, Comment } from '../model/common';
import type { HaproxyCondition, HaproxyConfig, HaproxyDirective, HaproxySection } from '../model/haproxy';
import { collectSyntaxProblems } from './syntaxProblems';

/**
 * The value HAProxy's tokenizer makes of a token: weak quotes ("...") and strong quotes ('...')
 * removed, backslash escapes resolved (`\xNN` as a byte). Environment variables stay as written:
 * their values are not known here.
 */
export function unquoteHaproxy(raw: string): { value: string; quoted: boolean } {
  let value = '';
  let quoted = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (quote === "'") {
      if (c === "'") quote = null;
      else value += c;
      continue;
    }
    if (c === '\\' && i + 1 < raw.length) {
      const next = raw[i + 1];
      if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(raw.slice(i + 2, i + 4))) {
        value += String.fromCharCode(parseInt(raw.slice(i + 2, i + 4), 16));
        i += 3;
      } else {
        value += next === 'n' ? '\n' : next === 'r' ? '\r' : next === 't' ? '\t' : next;
        i++;
      }
      continue;
    }
    if (c === '"' && quote === null) {
      quote = '"';
      quoted = true;
    } else if (c === '"' && quote === '"') {
      quote = null;
    } else if (c === "'" && quote === null) {
      quote = "'";
      quoted = true;
    } else {
      value += c;
    }
  }
  return { value, quoted };
}

function toArgument(node: Node): Argument {
  const raw = node.text;
  const { value, quoted } = unquoteHaproxy(raw);
  return { raw, value, quoted, span: { start: node.startIndex, end: node.endIndex } };
}

function commentOf(node: Node): Comment {
  return { text: node.text, span: { start: node.startIndex, end: node.endIndex } };
}

interface MutableSection extends HaproxySection {
  directives: HaproxyDirective[];
  defaults: HaproxySection | null;
  span: { start: number; end: number };
}

function buildDirective(node: Node, section: HaproxySection | null, comments: Comment[]): HaproxyDirective {
  const keywordNode = node.childForFieldName('keyword');
  const prefixNode = node.childForFieldName('prefix');
  const conditionNode = node.childForFieldName('condition');
  const args: Argument[] = [];
  for (const a of node.childrenForFieldName('argument')) if (a) args.push(toArgument(a));
  let end = keywordNode?.endIndex ?? node.startIndex;
  for (const a of args) end = Math.max(end, a.span.end);
  let condition: HaproxyCondition | null = null;
  if (conditionNode) {
    end = Math.max(end, conditionNode.endIndex);
    condition = {
      kind: conditionNode.text.startsWith('unless') ? 'unless' : 'if',
      span: { start: conditionNode.startIndex, end: conditionNode.endIndex },
      text: conditionNode.text,
    };
  }
  for (const child of node.children) if (child?.type === 'comment') comments.push(commentOf(child));
  const prefix = prefixNode?.text;
  return {
    prefix: prefix === 'no' || prefix === 'default' ? prefix : null,
    keyword: keywordNode ? unquoteHaproxy(keywordNode.text).value : '',
    keywordSpan: keywordNode ? { start: keywordNode.startIndex, end: keywordNode.endIndex } : { start: node.startIndex, end: node.startIndex },
    args,
    condition,
    span: { start: prefixNode?.startIndex ?? keywordNode?.startIndex ?? node.startIndex, end },
    section,
  };
}

function sectionNames(args: readonly Argument[]): { name: string | null; fromName: string | null } {
  const values = args.map((a) => a.value);
  if (values[0] === 'from') return { name: null, fromName: values[1] ?? null };
  const fromAt = values.indexOf('from', 1);
  return { name: values[0] ?? null, fromName: fromAt > 0 ? values[fromAt + 1] ?? null : null };
}

function buildSection(node: Node, comments: Comment[]): MutableSection {
  const keywordNode = node.childForFieldName('keyword');
  const headerArgs: Argument[] = [];
  for (const a of node.childrenForFieldName('argument')) if (a) headerArgs.push(toArgument(a));
  const keywordSpan = keywordNode ? { start: keywordNode.startIndex, end: keywordNode.endIndex } : { start: node.startIndex, end: node.startIndex };
  const headerEnd = headerArgs.length ? headerArgs[headerArgs.length - 1].span.end : keywordSpan.end;
  const section: MutableSection = {
    kind: keywordNode?.text ?? '',
    ...sectionNames(headerArgs),
    keywordSpan,
    headerSpan: { start: keywordSpan.start, end: headerEnd },
    span: { start: node.startIndex, end: node.endIndex },
    directives: [],
    defaults: null,
  };
  collectLines(node, section, section.directives, comments);
  let end = headerEnd;
  for (const d of section.directives) end = Math.max(end, d.span.end);
  section.span = { start: keywordSpan.start, end };
  return section;
}

function collectLines(container: Node, section: HaproxySection | null, into: HaproxyDirective[], comments: Comment[]): void {
  for (const child of container.children) {
    if (!child) continue;
    if (child.type === 'directive') into.push(buildDirective(child, section, comments));
    else if (child.type === 'comment') comments.push(commentOf(child));
    else if (child.type === 'ERROR') collectLines(child, section, into, comments);
  }
}

/**
 * HAProxy's inheritance: a section with `from X` takes the defaults section named X; a proxy
 * without `from` takes the last defaults section before it; a defaults section without `from`
 * starts from HAProxy's built-in values.
 */
function resolveDefaults(sections: readonly MutableSection[]): void {
  sections.forEach((section, index) => {
    if (section.kind !== 'defaults' && !['frontend', 'backend', 'listen'].includes(section.kind)) return;
    if (section.fromName !== null) {
      const named = sections.filter((s) => s.kind === 'defaults' && s.name === section.fromName && s !== section);
      const before = named.filter((s) => sections.indexOf(s) < index);
      // HAProxy 2.6 refuses `from X` naming a defaults section that comes later ("not found").
      section.defaults = before[before.length - 1] ?? null;
      return;
    }
    if (section.kind === 'defaults') return;
    for (let i = index - 1; i >= 0; i--) {
      if (sections[i].kind === 'defaults') {
        section.defaults = sections[i];
        return;
      }
    }
  });
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function buildHaproxyConfig(tree: Tree, _text?: string): HaproxyConfig {
  const comments: Comment[] = [];
  const sections: MutableSection[] = [];
  const orphans: HaproxyDirective[] = [];
  const visit = (container: Node): void => {
    for (const child of container.children) {
      if (!child) continue;
      if (child.type === 'section') sections.push(buildSection(child, comments));
      else if (child.type === 'directive') orphans.push(buildDirective(child, null, comments));
      else if (child.type === 'comment') comments.push(commentOf(child));
      else if (child.type === 'ERROR') visit(child);
    }
  };
  visit(tree.rootNode);
  resolveDefaults(sections);
  comments.sort((a, b) => a.span.start - b.span.start);
  const syntaxProblems = collectSyntaxProblems(tree.rootNode, () => '');
  return { dialect: 'haproxy', sections, orphans, comments, syntaxProblems };
}

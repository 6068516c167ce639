import type { Node, Tree } from 'web-tree-sitter';
import type { Argument, Comment } from '../model/common';
import { PROTOCOL_BLOCKS, type NginxConfig, type NginxDirective, type NginxProtocol } from '../model/nginx';
import { nginxBlockHeadFromText, nginxDirectivesFromText, nginxRegionFromText, unquoteNginx, type MutableNginxDirective } from './nginxText';
import { applyFragmentProtocol } from './nginxFragmentProtocol';
import { unclosedBlockProblem } from './nginxUnclosedBlock';
import { foreignTextProblem } from './nginxForeignText';
import { collectSyntaxProblems } from './syntaxProblems';

export { unquoteNginx };

function toArgument(node: Node): Argument {
  const raw = node.text;
  const { value, quoted } = unquoteNginx(raw);
  return { raw, value, quoted, span: { start: node.startIndex, end: node.endIndex } };
}

interface MutableDirective extends NginxDirective {
  children: NginxDirective[] | null;
  protocol: NginxProtocol;
  protocolKnown: boolean;
}

function buildDirective(node: Node, parent: MutableDirective | null, comments: Comment[]): MutableDirective {
  const nameNode = node.childForFieldName('name');
  const body = node.childForFieldName('body');
  const args: Argument[] = [];
  for (const a of node.childrenForFieldName('argument')) if (a) args.push(toArgument(a));
  const name = nameNode ? unquoteNginx(nameNode.text).value : '';
  const directive: MutableDirective = {
    name,
    nameSpan: nameNode ? { start: nameNode.startIndex, end: nameNode.endIndex } : { start: node.startIndex, end: node.startIndex },
    args,
    span: { start: node.startIndex, end: node.endIndex },
    children: body ? [] : null,
    bodySpan: body ? { start: body.startIndex, end: body.endIndex } : null,
    parent,
    protocol: parent?.protocol ?? 'http',
    protocolKnown: parent?.protocolKnown ?? false,
  };
  if (PROTOCOL_BLOCKS.has(name) && body && parent === null) {
    directive.protocol = name as NginxProtocol;
    directive.protocolKnown = true;
  }
  for (const child of node.children) {
    if (child?.type === 'comment') comments.push({ text: child.text, span: { start: child.startIndex, end: child.endIndex } });
  }
  if (body && body.type === 'block') directive.children = buildList(body, directive, comments);
  return directive;
}

function buildList(container: Node, parent: MutableDirective | null, comments: Comment[]): MutableDirective[] {
  const out: MutableDirective[] = [];
  for (const child of container.children) {
    if (!child) continue;
    if (child.type === 'directive') out.push(buildDirective(child, parent, comments));
    else if (child.type === 'comment') comments.push({ text: child.text, span: { start: child.startIndex, end: child.endIndex } });
    else if (child.type === 'ERROR') out.push(...buildList(child, parent, comments));
  }
  return out;
}

/**
 * The model of a syntax tree. With the tree's `text`, a tree without errors is read from the text
 * (nginxText.ts: same result, a fraction of the cost); otherwise, and for a tree with errors, from the tree.
 */
export function buildNginxConfig(tree: Tree, text?: string): NginxConfig {
  const comments: Comment[] = [];
  const root = tree.rootNode;
  const clean = text !== undefined && !root.hasError ? nginxDirectivesFromText(text, comments) : null;
  const directives = clean ?? buildList(root, null, comments);
  applyFragmentProtocol(directives);
  comments.sort((a, b) => a.span.start - b.span.start);
  const syntaxProblems = collectSyntaxProblems(
    root,
    (missing) => (missing === ';' ? 'at the end of the directive' : missing === '}' ? 'to close the block' : ''),
    (node, problem) => foreignTextProblem(node, problem) ?? unclosedBlockProblem(node),
  );
  return { dialect: 'nginx', directives, comments, syntaxProblems };
}

/**
 * The same model as buildNginxConfig, for a text whose tree has no error, read piece by piece:
 * each directive of the file, and each child of an http/stream/mail block, read from the text at
 * the boundaries the tree gives, pausing (yielding) between them whenever `pause` says so. A big
 * file's model then costs the event loop many short runs instead of one long one. Falls back to
 * buildNginxConfig (in one run) when the tree has an error or the text does not read as the tree says.
 */
export function* nginxConfigInSteps(tree: Tree, text: string, pause: () => boolean): Generator<void, NginxConfig> {
  const root = tree.rootNode;
  if (root.hasError) return buildNginxConfig(tree, text);
  const comments: Comment[] = [];
  const directives: MutableNginxDirective[] = [];
  // The directives (and comments) from `start` up to `end`, where the next directive starts (or the
  // block closes, or the text ends); null when the text disagrees with the tree.
  const region = (start: number, end: number, parent: MutableNginxDirective | null): MutableNginxDirective[] | null => nginxRegionFromText(text, start, end, parent, comments);
  const top = root.children.filter((n): n is Node => n?.type === 'directive');
  let pos = 0;
  for (let i = 0; i < top.length; i++) {
    const node = top[i];
    const next = i + 1 < top.length ? top[i + 1].startIndex : text.length;
    const name = node.childForFieldName('name');
    const body = node.childForFieldName('body');
    if (!body || body.type !== 'block' || !PROTOCOL_BLOCKS.has(name ? unquoteNginx(name.text).value : '')) {
      const read = region(pos, next, null);
      if (!read) return buildNginxConfig(tree, text);
      directives.push(...read);
      pos = next;
      if (pause()) yield;
      continue;
    }
    if (!region(pos, node.startIndex, null)) return buildNginxConfig(tree, text);
    const head = nginxBlockHeadFromText(text, node.startIndex, null, comments);
    if (!head) return buildNginxConfig(tree, text);
    const block = head.directive;
    const children: MutableNginxDirective[] = [];
    const inner = body.children.filter((n): n is Node => n?.type === 'directive');
    let at = head.bodyStart;
    for (let j = 0; j < inner.length; j++) {
      const end = j + 1 < inner.length ? inner[j + 1].startIndex : node.endIndex - 1;
      const read = region(at, end, block);
      if (!read) return buildNginxConfig(tree, text);
      children.push(...read);
      at = end;
      if (pause()) yield;
    }
    if (inner.length === 0 && !region(at, node.endIndex - 1, block)) return buildNginxConfig(tree, text);
    block.children = children;
    block.span.end = node.endIndex;
    block.bodySpan!.end = node.endIndex;
    directives.push(block);
    // Comments after the block, up to the next directive.
    if (!region(node.endIndex, next, null)) return buildNginxConfig(tree, text);
    pos = next;
  }
  if (top.length === 0 && !region(0, text.length, null)) return buildNginxConfig(tree, text);
  applyFragmentProtocol(directives);
  comments.sort((a, b) => a.span.start - b.span.start);
  return { dialect: 'nginx', directives, comments, syntaxProblems: [] };
}

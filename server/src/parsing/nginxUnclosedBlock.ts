import type { Node } from 'web-tree-sitter';
import type { SyntaxProblem } from '../model/common';

/**
 * The name of the directive that opens a block, when it is one (`location`): after a brace inside
 * a regex the parser may take a piece of the regex for the name (`1,8})$`), which names nothing.
 */
function directiveName(directive: Node | null): string {
  const name = directive?.childForFieldName('name')?.text ?? '';
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : '';
}

/** The '{' and '}' of a block, and the name of the directive that opens it. */
function parts(block: Node): { open: Node | null; close: Node | null; name: string; directive: Node | null } {
  const children = block.children.filter((c): c is Node => c !== null);
  const directive = block.parent;
  return {
    open: children.find((c) => c.type === '{') ?? null,
    close: [...children].reverse().find((c) => c.type === '}' && !c.isMissing) ?? null,
    name: directiveName(directive),
    directive,
  };
}

/** The blocks opened by the directives directly inside `block`. */
function childBlocks(block: Node): Node[] {
  const out: Node[] = [];
  for (const child of block.children) {
    if (child?.type !== 'directive') continue;
    const body = child.childForFieldName('body');
    if (body?.type === 'block') out.push(body);
  }
  return out;
}

/** Whether a block's '}' sits on a later line, indented less than the directive that opens it. */
function closesEarly(block: Node): Node | null {
  const { close, directive } = parts(block);
  if (!close || !directive) return null;
  return close.startPosition.row > directive.startPosition.row && close.startPosition.column < directive.startPosition.column ? close : null;
}

/**
 * The block inside `outer` whose '}' is most likely the one missing: the one whose closing '}',
 * on a later line, is indented less than the directive that opens it, earliest in the text. Once one
 * '}' is missing, each enclosing block takes the next '}' down, which lines up with its parent
 * instead: the earliest such '}' is where the blocks started closing one level early. Only blocks
 * that close early are searched inside (one whose braces line up kept its own '}'), so a big file
 * costs the path to the culprit, not a walk of every block. Null when every '}' lines up.
 */
function closedEarly(outer: Node): { block: Node; close: Node } | null {
  let found: { block: Node; close: Node } | null = null;
  const search = (block: Node): void => {
    for (const inner of childBlocks(block)) {
      const close = closesEarly(inner);
      if (!close) continue;
      if (!found || close.startIndex < found.close.startIndex) found = { block: inner, close };
      search(inner);
    }
  };
  search(outer);
  return found;
}

/** Whether an ERROR node stands under `node`, looking only where the tree says an error is. */
function containsError(node: Node): boolean {
  for (const child of node.children) {
    if (!child?.hasError) continue;
    if (child.isError || containsError(child)) return true;
  }
  return false;
}

/**
 * A '}' the parser supplied where an NGINX block was never closed, as a problem on a block's own
 * '{', named after its directive. The parser puts every such '}' at the end of the file, so two
 * blocks left open would be two identical problems there. On the braces they are problems a person
 * can tell apart; a brace never meant to open a block shows itself (`listen 80` missing its ';'
 * before `location / {` reads as "the 'listen' block opened here is never closed"); and when the
 * indentation shows where a '}' went missing (a `location` whose '}' lines up with its `server`),
 * the problem is put there, as rustc does for an unclosed delimiter, with the block left open named.
 */
export function unclosedBlockProblem(node: Node): SyntaxProblem | null {
  const block = node.parent;
  if (!node.isMissing || node.type !== '}' || !block || block.type !== 'block') return null;
  const { open, name } = parts(block);
  if (!open) return null;
  const what = name ? `the '${name}' block` : 'the block';
  // Only when the missing '}' is the block's one problem: after another error the parser's recovery
  // moves blocks around, and their braces no longer say where a '}' went missing.
  const early = containsError(block) ? null : closedEarly(block);
  const culprit = early ? parts(early.block) : null;
  if (early && culprit?.open) {
    // The block's directive stands in its parent's block, opened by the parent's directive.
    const enclosing = early.block.parent?.parent;
    const parentName = enclosing?.type === 'block' ? parts(enclosing).name : '';
    const linesUp = parentName ? `lines up with '${parentName}'` : 'is indented less than it';
    const its = culprit.name ? `the '${culprit.name}' block` : 'the block';
    return {
      message: `Syntax error: missing '}': ${its} opened here seems never closed (the '}' on line ${early.close.startPosition.row + 1} ${linesUp}), so ${what} is left open at the end of the file`,
      span: { start: culprit.open.startIndex, end: culprit.open.endIndex },
    };
  }
  return { message: `Syntax error: missing '}': ${what} opened here is never closed`, span: { start: open.startIndex, end: open.endIndex } };
}

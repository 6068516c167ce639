import type { Node } from 'web-tree-sitter';
import type { SyntaxProblem } from '../model/common';

/**
 * A '}' the parser supplied where an NGINX block was never closed, as a problem on the block's
 * own '{', named after its directive. The parser puts every such '}' at the end of the file, so two
 * blocks left open would be two identical problems there; on their braces they are two a person can
 * tell apart, and a brace that was never meant to open a block shows itself: `listen 80` missing its
 * ';' before `location / {` reads as "the 'listen' block opened here is never closed".
 */
export function unclosedBlockProblem(node: Node): SyntaxProblem | null {
  const block = node.parent;
  if (!node.isMissing || node.type !== '}' || !block || block.type !== 'block') return null;
  const open = block.children.find((c): c is Node => c !== null && c.type === '{');
  if (!open) return null;
  const name = block.parent?.childForFieldName('name')?.text ?? '';
  const what = name ? `the '${name}' block` : 'the block';
  return { message: `Syntax error: missing '}': ${what} opened here is never closed`, span: { start: open.startIndex, end: open.endIndex } };
}

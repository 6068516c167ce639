import type { Node } from 'web-tree-sitter';
import type { SyntaxProblem } from '../model/common';

/** Enough to name the problem; a file with more has its first ones listed and a count. */
const MAX_PROBLEMS = 100;

function describeToken(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0].trim();
  const shown = firstLine.length > 40 ? `${firstLine.slice(0, 40)}…` : firstLine;
  return shown ? `'${shown}'` : 'a line break';
}

function missingName(type: string): string {
  return /^[a-z_]+$/.test(type) ? type.replace(/_/g, ' ') : `'${type}'`;
}

/**
 * The ERROR and MISSING nodes of a tree, as problems a person can act on: what was found or what is
 * missing, and the exact range. Subtrees without errors are skipped, so a clean file costs one check.
 */
export function collectSyntaxProblems(root: Node, expectation: (missing: string) => string): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  if (!root.hasError) return problems;
  let total = 0;
  const visit = (node: Node): void => {
    if (node.isMissing) {
      total++;
      if (problems.length < MAX_PROBLEMS) {
        problems.push({
          message: `Syntax error: missing ${missingName(node.type)} ${expectation(node.type)}`.trim(),
          span: { start: node.startIndex, end: Math.max(node.endIndex, node.startIndex) },
        });
      }
      return;
    }
    if (node.isError) {
      total++;
      if (problems.length < MAX_PROBLEMS) {
        problems.push({
          message: `Syntax error: unexpected ${describeToken(node.text)}`,
          span: { start: node.startIndex, end: node.endIndex },
        });
      }
      return;
    }
    if (!node.hasError) return;
    for (const child of node.children) if (child) visit(child);
  };
  visit(root);
  if (total > problems.length) {
    const last = problems[problems.length - 1];
    problems.push({ message: `Syntax error: ${total - problems.length} more problems not listed`, span: last.span });
  }
  return problems;
}

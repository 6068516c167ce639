import type { Node } from 'web-tree-sitter';
import type { SyntaxProblem } from '../model/common';

/** Enough to name the problem; a file with more has its first ones listed and a count. */
const MAX_PROBLEMS = 100;

function describeToken(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0].trim();
  const shown = firstLine.length > 40 ? `${firstLine.slice(0, 40)}…` : firstLine;
  return shown ? `'${shown}'` : 'a line break';
}

/** An ERROR that starts with a quote never closed: the tokenizer ran into the end of the text. */
function unterminatedQuote(node: Node): string | null {
  const quote = node.text[0];
  return (quote === '"' || quote === "'") && node.text.indexOf(quote, 1) < 0 ? quote : null;
}

/**
 * The innermost '{' among an ERROR's tokens that no '}' closes, and the name of the statement it
 * opens (`server` of `server {`): a block left open to the end of the file.
 */
function unclosedBrace(node: Node): { brace: Node; name: string } | null {
  const children = node.children.filter((c): c is Node => c !== null);
  const open: number[] = [];
  children.forEach((c, i) => {
    if (c.type === '{') open.push(i);
    else if (c.type === '}') open.pop();
  });
  const at = open.pop();
  if (at === undefined) return null;
  let first = at;
  while (first > 0 && (children[first - 1].type === 'word' || children[first - 1].type === 'string')) first--;
  return { brace: children[at], name: first < at ? children[first].text : '' };
}

function missingName(type: string): string {
  return /^[a-z_]+$/.test(type) ? type.replace(/_/g, ' ') : `'${type}'`;
}

function describeError(node: Node): SyntaxProblem {
  const quote = unterminatedQuote(node);
  if (quote) {
    return { message: `Syntax error: unterminated string: the ${quote} here is never closed`, span: { start: node.startIndex, end: node.startIndex + 1 } };
  }
  const unclosed = unclosedBrace(node);
  if (unclosed) {
    const what = unclosed.name ? `the '${unclosed.name}' block` : 'the block';
    return {
      message: `Syntax error: missing '}': ${what} opened here is never closed`,
      span: { start: unclosed.brace.startIndex, end: unclosed.brace.endIndex },
    };
  }
  return { message: `Syntax error: unexpected ${describeToken(node.text)}`, span: { start: node.startIndex, end: node.endIndex } };
}

/**
 * A dialect's second look at a problem: the same one elsewhere (where the text that caused it
 * starts), or null to keep it. Problems moved to the same place are reported once.
 */
export type RelocateProblem = (node: Node, problem: SyntaxProblem) => SyntaxProblem | null;

/**
 * The ERROR and MISSING nodes of a tree, as problems a person can act on: what was found or what is
 * missing, and the exact range. Subtrees without errors are skipped, so a clean file costs one check.
 */
export function collectSyntaxProblems(root: Node, expectation: (missing: string) => string, relocate?: RelocateProblem): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  if (!root.hasError) return problems;
  let total = 0;
  const movedTo = new Set<number>();
  const add = (node: Node, problem: SyntaxProblem): void => {
    total++;
    if (problems.length >= MAX_PROBLEMS) return;
    const moved = relocate?.(node, problem);
    if (!moved) problems.push(problem);
    else if (movedTo.has(moved.span.start)) total--;
    else {
      movedTo.add(moved.span.start);
      problems.push(moved);
    }
  };
  const visit = (node: Node): void => {
    if (node.isMissing) {
      add(node, {
        message: `Syntax error: missing ${missingName(node.type)} ${expectation(node.type)}`.trim(),
        span: { start: node.startIndex, end: Math.max(node.endIndex, node.startIndex) },
      });
      return;
    }
    if (node.isError) {
      add(node, describeError(node));
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

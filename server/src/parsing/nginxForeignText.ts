import type { Node } from 'web-tree-sitter';
import type { SyntaxProblem } from '../model/common';

/*
 * nginx's tokenizer reads almost any text as directives: a word list ends at the next `;` or `{`.
 * Text pasted from elsewhere (a shell heredoc, a shell function, a YAML task) therefore parses
 * as a few odd directives and fails only where the parser finally meets a `}` it cannot place,
 * often many lines later. Like a linter's "unexpected token", a syntax error is better shown
 * where the foreign text starts: the first statement of the run of statements that cannot be
 * nginx's, up to the one the parser failed in.
 */

/** A directive name as nginx and its modules spell them. */
const DIRECTIVE_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * Shell operators standing as whole words: redirections, pipes, `&&`, a heredoc, a command
 * substitution. No nginx directive takes them unquoted outside the blocks of free-form entries.
 */
const SHELL_WORD = /^(?:&&|\|\||\||<|\d?>>?\S*|&>\S*|<<\S*|\$\(.*|`.*)$/;

/** Blocks whose entries are values, not directives (`map`'s keys, `types`' MIME types): anything may start them. */
const ENTRY_BLOCKS: ReadonlySet<string> = new Set(['map', 'geo', 'types', 'split_clients', 'charset_map', 'match']);

/** The tokens of a statement's head: its name and arguments, up to its `{`, `;` or an error. */
function headTokens(statement: Node): Node[] {
  const tokens: Node[] = [];
  for (const child of statement.children) {
    if (!child || child.type === 'comment') continue;
    if (child.type !== 'word' && child.type !== 'string') break;
    tokens.push(child);
  }
  return tokens;
}

function headWords(statement: Node): string[] {
  return headTokens(statement).map((t) => t.text);
}

function ownerName(statement: Node): string {
  const block = statement.parent;
  const owner = block?.type === 'block' ? block.parent : null;
  return owner?.childForFieldName('name')?.text ?? '';
}

/** True when a statement cannot be nginx's: a name no directive has, a shell operator, a shell `if`. */
function isForeign(statement: Node): boolean {
  if (ENTRY_BLOCKS.has(ownerName(statement))) return false;
  const [nameToken, ...argTokens] = headTokens(statement);
  // A quoted name is nginx's own syntax (an unknown directive, for nginx to name), not foreign text.
  if (nameToken === undefined || nameToken.type === 'string') return false;
  const name = nameToken.text;
  const args = argTokens.map((t) => t.text);
  if (!DIRECTIVE_NAME.test(name)) return true;
  if (name === 'if' && args.length > 0 && !args[0].startsWith('(')) return true;
  return args.some((a) => SHELL_WORD.test(a));
}

/** The statements before this one in its block (or file), nearest first, comments skipped. */
function* earlierSiblings(statement: Node): Generator<Node> {
  for (let s = statement.previousSibling; s; s = s.previousSibling) {
    if (s.type === 'directive' || s.type === 'ERROR') yield s;
  }
}

/** The directive whose block holds a statement, if any. */
function enclosingStatement(statement: Node): Node | null {
  const block = statement.parent;
  return block?.type === 'block' ? block.parent : null;
}

/** The delimiter a heredoc word opens (`<<EOF`, `<<-'EOF'`, `<< "EOF"`), if the words hold one. */
function heredocDelimiters(words: readonly string[]): string[] {
  const out: string[] = [];
  words.forEach((w, i) => {
    const m = /^<<-?(.*)$/.exec(w);
    if (!m) return;
    const delimiter = (m[1] || words[i + 1] || '').replace(/^(['"])(.*)\1$/, '$2');
    if (delimiter) out.push(delimiter);
  });
  return out;
}

/** The statement that opens the heredoc `delimiter` closes, searching back from `statement` through its blocks. */
function heredocOpener(statement: Node, delimiter: string): Node | null {
  for (let s: Node | null = statement; s; s = enclosingStatement(s)) {
    for (const earlier of earlierSiblings(s)) if (heredocDelimiters(headWords(earlier)).includes(delimiter)) return earlier;
    if (heredocDelimiters(headWords(s)).includes(delimiter) && s !== statement) return s;
  }
  return null;
}

/** The statement a problem node stands in: the directive around it, or an ERROR standing in a block or the file. */
function statementOf(node: Node): Node | null {
  for (let n: Node | null = node; n; n = n.parent) {
    if (n.type === 'directive') return n;
    if (n.type === 'ERROR' && (n.parent?.type === 'block' || n.parent?.type === 'source_file')) return n;
  }
  return null;
}

/** Where foreign text that a syntax problem stands in starts, and what it looks like. */
interface ForeignText {
  readonly start: Node;
  /** The heredoc delimiter when the text is a shell heredoc. */
  readonly heredoc: string | null;
}

/**
 * For the node of a syntax problem (an ERROR, a MISSING token), the first statement of the foreign
 * text it ends, when the statement it stands in cannot be nginx's; null otherwise (a missing `;`
 * after a real directive stays where it is).
 */
function foreignTextAround(problem: Node): ForeignText | null {
  const statement = statementOf(problem);
  if (!statement || !isForeign(statement)) return null;
  const [name] = headWords(statement);
  const opener = name ? heredocOpener(statement, name) : null;
  if (opener) return { start: opener, heredoc: name };
  let start = statement;
  for (;;) {
    const previous = earlierSiblings(start).next();
    const earlier = previous.done ? enclosingStatement(start) : previous.value;
    if (!earlier || !isForeign(earlier)) break;
    start = earlier;
  }
  // A heredoc with no `;` in it is one statement from `cat <<EOF` to past `EOF`.
  return { start, heredoc: heredocDelimiters(headWords(start))[0] ?? null };
}

/** The end of the first line of a statement: its words on the line it starts on. */
function firstLineEnd(statement: Node): number {
  const row = statement.startPosition.row;
  let end = statement.startIndex;
  for (const child of statement.children) {
    if (!child || child.startPosition.row !== row) break;
    if (child.type === 'word' || child.type === 'string') end = child.endIndex;
  }
  return Math.max(end, Math.min(statement.endIndex, statement.startIndex + 1));
}

function shown(text: string): string {
  const line = text.split(/\r?\n/, 1)[0].trim();
  return line.length > 50 ? `${line.slice(0, 50)}…` : line;
}

/**
 * A syntax problem that ends foreign text, moved to where that text starts; the message keeps
 * what the parser found and where. Null for a problem in nginx's own text.
 */
export function foreignTextProblem(node: Node, problem: SyntaxProblem): SyntaxProblem | null {
  const foreign = foreignTextAround(node);
  const startLine = foreign ? foreign.start.startPosition.row + 1 : 0;
  const problemLine = node.startPosition.row + 1;
  // On the problem's own line the parser's position is the more precise one.
  if (!foreign || startLine >= problemLine) return null;
  const { start } = foreign;
  const found = problem.message.replace(/^Syntax error: /, '');
  const what = foreign.heredoc
    ? `is not nginx configuration (it reads as a pasted shell heredoc, <<${foreign.heredoc} … ${foreign.heredoc})`
    : 'cannot start an nginx directive (pasted text, such as a shell command or YAML?)';
  return {
    message: `Syntax error: '${shown(start.text)}' ${what}: the parse fails at line ${problemLine}, ${found}`,
    span: { start: start.startIndex, end: firstLineEnd(start) },
  };
}

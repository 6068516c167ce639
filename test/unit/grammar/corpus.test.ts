import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Node } from 'web-tree-sitter';
import type { Dialect } from '../../../server/src/model/common';
import { GrammarLoader } from '../../../server/src/parsing/treeSitter';

/**
 * Runs each grammar's `test/corpus/*.txt` (tree-sitter's own test format) through web-tree-sitter
 * and the committed .wasm, the way the extension parses: so the shipped binary, not only the
 * generated C, must give the expected trees. Field names are compared when the expected tree
 * writes them.
 */
const REPO = path.resolve(__dirname, '..', '..', '..', '..');
const loader = new GrammarLoader();

interface CorpusCase {
  readonly name: string;
  readonly input: string;
  readonly expected: string;
  readonly attributes: readonly string[];
}

function parseCorpusFile(text: string): CorpusCase[] {
  const cases: CorpusCase[] = [];
  const header = /^(={3,})[^\S\r\n]*\r?\n([\s\S]*?)\r?\n\1[^\S\r\n]*\r?\n/gm;
  const headers: { index: number; end: number; title: string }[] = [];
  for (let m = header.exec(text); m; m = header.exec(text)) headers.push({ index: m.index, end: header.lastIndex, title: m[2] });
  headers.forEach((h, i) => {
    const body = text.slice(h.end, i + 1 < headers.length ? headers[i + 1].index : text.length);
    const divider = /\r?\n-{3,}[^\S\r\n]*\r?\n/.exec(body);
    if (!divider) throw new Error(`no '---' divider in corpus case "${h.title}"`);
    const titleLines = h.title.split(/\r?\n/);
    cases.push({
      name: titleLines[0].trim(),
      attributes: titleLines.slice(1).map((l) => l.trim()).filter((l) => l.startsWith(':')),
      input: body.slice(0, divider.index),
      expected: body.slice(divider.index + divider[0].length),
    });
  });
  return cases;
}

/** An S-expression as tree-sitter prints it, with or without field names. */
function render(node: Node, withFields: boolean, field: string | null = null): string {
  const label = withFields && field ? `${field}: ` : '';
  // tree-sitter prints an error leaf as (UNEXPECTED 'c') with the lookahead character, which
  // web-tree-sitter does not expose, or as (ERROR): both read as one error leaf here, and the
  // character is compared by `tree-sitter test` in CI only.
  if (node.type === 'ERROR' && node.childCount === 0) return `${label}(UNEXPECTED)`;
  if (node.isMissing) return `${label}(MISSING ${node.isNamed ? node.type : JSON.stringify(node.type)})`;
  const children: string[] = [];
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    if (!child || (!child.isNamed && !child.isMissing)) continue;
    children.push(render(child, withFields, node.fieldNameForChild(i)));
  }
  return `${label}(${node.type}${children.length ? ' ' + children.join(' ') : ''})`;
}

function normalize(sexp: string): string {
  return sexp
    .replace(/\(UNEXPECTED '(?:\\.|[^\\])*?'\)/g, '(UNEXPECTED)')
    .replace(/\(ERROR\)/g, '(UNEXPECTED)').replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')').trim();
}

for (const dialect of ['nginx', 'haproxy'] as Dialect[]) {
  const dir = path.join(REPO, 'grammars', `tree-sitter-${dialect}`, 'test', 'corpus');
  describe(`tree-sitter-${dialect} corpus (web-tree-sitter, committed .wasm)`, () => {
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    it('has corpus files', () => assert.ok(files.length > 0));
    for (const file of files) {
      describe(file, () => {
        for (const c of parseCorpusFile(fs.readFileSync(path.join(dir, file), 'utf8'))) {
          if (c.attributes.includes(':skip')) continue;
          it(c.name, async () => {
            const parser = await loader.parser(dialect);
            const tree = parser.parse(c.input);
            assert.ok(tree);
            try {
              const withFields = /\w+: \(/.test(c.expected);
              if (c.attributes.includes(':error')) assert.ok(tree.rootNode.hasError, 'expected an error');
              else assert.strictEqual(normalize(render(tree.rootNode, withFields)), normalize(c.expected));
            } finally {
              tree.delete();
              parser.delete();
            }
          });
        }
      });
    }
  });
}

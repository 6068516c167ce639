import * as assert from 'assert';
import { DEFAULT_SETTINGS } from '../../../server/src/engine/settings';
import { indentUnit } from '../../../server/src/manifest/edits';
import type { ManifestModel } from '../../../server/src/manifest/model';
import { readYaml } from '../../../server/src/manifest/read/yaml';
import { traefikTarget } from '../../../server/src/rules/traefik/version';
import { SourceText } from '../../../server/src/text/sourceText';

// Work done once per file, not once per finding: `npm run bench` (kinds_manifest_lint_vs_yaml_parse)
// found a manifest of 500 units linted in seconds, because each fix scanned the whole text for its
// indentation and each Traefik cookie walked every document for a `traefik:` image. These cases count
// the reads instead of timing them.

/** A SourceText whose `text` reads are counted. */
function countingSource(text: string): { source: SourceText; reads: () => number } {
  const source = new SourceText(text);
  let reads = 0;
  Object.defineProperty(source, 'text', {
    get: () => {
      reads++;
      return text;
    },
  });
  return { source, reads: () => reads };
}

/** A manifest model of `text` whose `documents` reads are counted. */
function countingModel(text: string): { model: ManifestModel; reads: () => number } {
  const reading = readYaml(text);
  let reads = 0;
  const model = {
    file: 'm.yaml',
    syntax: 'yaml',
    source: new SourceText(text),
    objects: [],
    traefik: [],
    compose: [],
    comments: reading.comments,
    statements: reading.statements,
    syntaxErrors: reading.errors,
    skipped: [],
    get documents() {
      reads++;
      return reading.documents;
    },
  } as ManifestModel;
  return { model, reads: () => reads };
}

const TRAEFIK_IMAGES = 'services:\n  proxy:\n    image: traefik:v3.1\n  old:\n    image: traefik:2.10.4\n---\napiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: nginx:1.27\n';

describe('manifest reading cost: once per file', () => {
  const indentCases = [
    { name: 'two-space keys', text: 'a:\n  b: 1\n  c:\n    d: 2\n', unit: '  ' },
    { name: 'four-space keys, list items not counted', text: 'a:\n    b: 1\nc:\n  - x\n', unit: '    ' },
    { name: 'no nested key: two spaces', text: 'a: 1\nb: 2\n', unit: '  ' },
  ];
  for (const c of indentCases) {
    it(`indentUnit reads the text once for 50 fixes: ${c.name}`, () => {
      const { source, reads } = countingSource(c.text);
      const units = Array.from({ length: 50 }, () => indentUnit(source));
      assert.deepStrictEqual(new Set(units), new Set([c.unit]));
      assert.strictEqual(reads(), 1);
    });
  }

  const targetCases = [
    { name: 'the lowest traefik image of the file', text: TRAEFIK_IMAGES, version: '2.10.4', assumed: false },
    { name: 'no traefik image: the default, assumed', text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n', version: '3.7', assumed: true },
  ];
  for (const c of targetCases) {
    it(`traefikTarget walks the documents once for 50 cookies: ${c.name}`, () => {
      const { model, reads } = countingModel(c.text);
      const targets = Array.from({ length: 50 }, () => traefikTarget(model, DEFAULT_SETTINGS));
      assert.deepStrictEqual(new Set(targets.map((t) => `${t.version} ${t.assumed}`)), new Set([`${c.version} ${c.assumed}`]));
      assert.strictEqual(reads(), 1);
    });
  }

  // readYaml lexes the text once for the documents and the comments: the comments are the same as
  // a separate parse found.
  const commentCases = [
    { name: 'comments in several documents and between them', text: '# a\nx: 1 # b\n---\n# c\ny: [1, # d\n  2]\n...\n# e\n', comments: ['# a', '# b', '# c', '# d', '# e'] },
    { name: 'a # inside a block scalar or a quoted string is text', text: 'k: |\n  # not a comment\nq: "x # y"\n# z\n', comments: ['# z'] },
    { name: 'only comments', text: '# only\n# comments\n', comments: ['# only', '# comments'] },
    { name: 'an empty text', text: '', comments: [] },
  ];
  for (const c of commentCases) {
    it(`readYaml comments: ${c.name}`, () => {
      const r = readYaml(c.text);
      assert.deepStrictEqual(r.comments.map((m) => m.text), c.comments);
      for (const m of r.comments) assert.strictEqual(c.text.slice(m.span.start, m.span.end), m.text);
    });
  }
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_SETTINGS } from '../../../server/src/engine/settings';
import { TextLinter } from '../../../server/src/engine/lintText';
import { Linter } from '../../../server/src/engine/linter';
import { DocumentStore } from '../../../server/src/features/documentStore';
import { ConfigParser } from '../../../server/src/parsing/configParser';
import { GrammarLoader } from '../../../server/src/parsing/treeSitter';
import { RULES } from '../../../server/src/rules/registry';
import { SourceText } from '../../../server/src/text/sourceText';

const REPO = path.resolve(__dirname, '..', '..', '..', '..');
const parser = new ConfigParser(new GrammarLoader());

/** The bundled NGINX example inside one http block, repeated past the size that gets a sliced first parse. */
function bigNginx(): string {
  const example = fs.readFileSync(path.join(REPO, 'examples', 'nginx', 'nginx.conf'), 'utf8');
  const parts: string[] = [];
  for (let size = 0; size < 1200 * 1024; size += example.length + 1) parts.push(example);
  return parts.join('\n');
}

/**
 * The first parse of a big file runs in slices of about 20 ms with other events between them; the
 * tree must be the one a single call gives, and changes typed meanwhile must reach it.
 */
describe('sliced first parse of a big file', function () {
  this.timeout(60000);
  const text = bigNginx();

  it('gives the same tree as one call, and lets timers run between slices', async () => {
    await parser.ready('nginx');
    const whole = parser.parseTreeNow('nginx', text);
    // A chain of immediates stands for the messages a server answers meanwhile.
    let ticks = 0;
    let done = false;
    const tick = (): void => {
      ticks++;
      if (!done) setImmediate(tick);
    };
    setImmediate(tick);
    const started = performance.now();
    const sliced = await parser.parseTreeSliced('nginx', text);
    const took = performance.now() - started;
    done = true;
    try {
      assert.strictEqual(sliced.rootNode.toString(), whole.rootNode.toString());
      // Slices of about 20 ms: a parse of `took` ms gives way at least once per 40 ms of it.
      assert.ok(ticks >= Math.floor(took / 40), `${ticks} other events ran during a ${took.toFixed(0)} ms parse`);
    } finally {
      whole.delete();
      sliced.delete();
    }
  });

  it('changes that arrive during the sliced parse end up in the model and the findings', async () => {
    const store = new DocumentStore(parser);
    const uri = 'file:///sliced/nginx.conf';
    const doc = store.open(uri, 'nginx', 1, text)!;
    const refreshing = store.refresh(doc);
    // Typed while the first parse is under way: a letter near the start, and a new upstream at the end.
    let current = text;
    const edits = [
      { at: 20, insert: 'x' },
      { at: text.length, insert: '\nhttp {\n    upstream typed {\n        ip_hash;\n        server 10.0.0.9:80;\n    }\n}\n' },
    ];
    let version = 1;
    for (const { at, insert } of edits) {
      await new Promise((resolve) => setImmediate(resolve));
      const source = new SourceText(current);
      store.change(uri, ++version, [{ range: { start: source.positionAt(at), end: source.positionAt(at) }, text: insert }]);
      current = current.slice(0, at) + insert + current.slice(at);
    }
    await refreshing;
    await store.refresh(doc);
    assert.strictEqual(doc.source.text, current);
    const expected = await new TextLinter(parser).lint('nginx', current, DEFAULT_SETTINGS);
    assert.deepStrictEqual(new Linter(RULES).lint(doc.config!, doc.source, DEFAULT_SETTINGS).findings, expected.findings);
    assert.strictEqual(doc.tree!.rootNode.toString(), parser.parseTreeNow('nginx', current).rootNode.toString());
    store.close(uri);
  });

  it('a document replaced whole or closed during the sliced parse drops that parse', async () => {
    const store = new DocumentStore(parser);
    const uri = 'file:///sliced/replaced.conf';
    const doc = store.open(uri, 'nginx', 1, text)!;
    const refreshing = store.refresh(doc);
    await new Promise((resolve) => setImmediate(resolve));
    store.change(uri, 2, [{ text: 'upstream small {\n    ip_hash;\n    server 10.0.0.1:80;\n}\n' }]);
    await refreshing;
    await store.refresh(doc);
    assert.deepStrictEqual(doc.config!.dialect === 'nginx' && doc.config!.directives.map((d) => d.name), ['upstream']);
    const closed = store.open('file:///sliced/closed.conf', 'nginx', 1, text)!;
    const closing = store.refresh(closed);
    store.close('file:///sliced/closed.conf');
    await closing;
    assert.strictEqual(closed.tree, null);
    store.close(uri);
  });
});

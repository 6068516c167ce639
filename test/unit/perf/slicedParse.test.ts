import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_SETTINGS } from '../../../server/src/engine/settings';
import { TextLinter } from '../../../server/src/engine/lintText';
import { Linter } from '../../../server/src/engine/linter';
import { DocumentStore } from '../../../server/src/features/documentStore';
import { buildConfig, buildConfigInSteps, ConfigParser } from '../../../server/src/parsing/configParser';
import type { Dialect } from '../../../server/src/model/common';
import { sampleTexts, snapshot } from './modelSnapshot';
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

  it('changes that arrive during the sliced parse and model build end up in the model and the findings', async () => {
    const store = new DocumentStore(parser);
    const uri = 'file:///sliced/nginx.conf';
    const doc = store.open(uri, 'nginx', 1, text)!;
    const refreshing = store.refresh(doc);
    // Typed while the first parse and the model build are under way (a timer runs between their
    // slices): letters here and there, and a new upstream at the end.
    let current = text;
    const edits = [
      { at: 20, insert: 'x' },
      { at: text.length, insert: '\nhttp {\n    upstream typed {\n        ip_hash;\n        server 10.0.0.9:80;\n    }\n}\n' },
      ...[0.1, 0.3, 0.5, 0.7, 0.9].map((f) => ({ at: text.indexOf('\n', Math.floor(text.length * f)), insert: ' # typed' })),
    ];
    let version = 1;
    for (const { at, insert } of edits) {
      await new Promise((resolve) => setTimeout(resolve, 0));
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

/**
 * A big file's model is built piece by piece (NGINX: each child of http/stream/mail; HAProxy: a few
 * thousand lines at a time), pausing in between: it must be the model a single build gives.
 */
describe('model built in steps', function () {
  this.timeout(120000);

  for (const dialect of ['nginx', 'haproxy'] as Dialect[]) {
    it(`${dialect}: equals the one-run build on real files, and pauses when asked`, async () => {
      await parser.ready(dialect);
      const samples = sampleTexts(dialect).filter((x) => !x.text.includes('\u0000'));
      const pauses = new Map<string, number>();
      for (const sample of samples) {
        const tree = parser.parseTreeNow(dialect, sample.text);
        try {
          const steps = buildConfigInSteps(dialect, tree, sample.text, () => true);
          let paused = 0;
          let step = steps.next();
          while (!step.done) {
            paused++;
            step = steps.next();
          }
          pauses.set(sample.name, paused);
          assert.deepStrictEqual(snapshot(step.value), snapshot(buildConfig(dialect, tree, sample.text)), sample.name);
        } finally {
          tree.delete();
        }
      }
      // The biggest sample (the examples repeated past 400 KB, error-free): read in many steps.
      const biggest = samples.reduce((a, b) => (b.text.length > a.text.length ? b : a));
      assert.ok(pauses.get(biggest.name)! >= 5, `${biggest.name} (${biggest.text.length} characters): ${pauses.get(biggest.name)} pauses`);
    });
  }

  it('a document store builds a big model in slices: the same model, other events run meanwhile', async () => {
    const store = new DocumentStore(parser);
    const text = bigNginx();
    const doc = store.open('file:///sliced/model.conf', 'nginx', 1, text)!;
    let ticks = 0;
    let done = false;
    const tick = (): void => {
      ticks++;
      if (!done) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const started = performance.now();
    await store.refresh(doc);
    const took = performance.now() - started;
    done = true;
    const tree = parser.parseTreeNow('nginx', text);
    assert.deepStrictEqual(snapshot(doc.config!), snapshot(buildConfig('nginx', tree, text)));
    tree.delete();
    // Slices of about 20 ms: the refresh gives way at least once per 40 ms of it.
    assert.ok(ticks >= Math.floor(took / 40), `${ticks} timers ran during a ${took.toFixed(0)} ms refresh`);
    store.close('file:///sliced/model.conf');
  });
});

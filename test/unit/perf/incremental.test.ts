import * as assert from 'assert';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { Linter } from '../../../server/src/engine/linter';
import { DEFAULT_SETTINGS } from '../../../server/src/engine/settings';
import { DocumentStore } from '../../../server/src/features/documentStore';
import type { Dialect } from '../../../server/src/model/common';
import { buildConfig, ConfigParser } from '../../../server/src/parsing/configParser';
import { GrammarLoader } from '../../../server/src/parsing/treeSitter';
import { RULES } from '../../../server/src/rules/registry';
import { SourceText } from '../../../server/src/text/sourceText';
import { applyEdit, prng, randomEdit, sampleTexts, snapshot, type TextEdit } from './modelSnapshot';

const parser = new ConfigParser(new GrammarLoader());
const linter = new Linter(RULES);

/** What a fresh editor session would have for `text`: a full parse (from the tree), a fresh line index, and the findings. */
async function fresh(dialect: Dialect, text: string): Promise<{ model: unknown; findings: unknown }> {
  const tree = await parser.parseTree(dialect, text);
  try {
    const config = buildConfig(dialect, tree);
    return { model: snapshot(config), findings: linter.lint(config, new SourceText(text), DEFAULT_SETTINGS).findings };
  } finally {
    tree.delete();
  }
}

/** An editor never places a position between a CR and its LF: move such an end before the CR. */
function editorEdit(text: string, e: TextEdit): TextEdit {
  const fix = (at: number): number => (at > 0 && text[at - 1] === '\r' && text[at] === '\n' ? at - 1 : at);
  return { start: fix(e.start), end: Math.max(fix(e.start), fix(e.end)), text: e.text };
}

function asLspChange(text: string, e: TextEdit): TextDocumentContentChangeEvent {
  const source = new SourceText(text);
  return { range: { start: source.positionAt(e.start), end: source.positionAt(e.end) }, text: e.text };
}

/**
 * Keystroke-sized edits through the server's path (DocumentStore.change, then refresh: tree.edit,
 * incremental parse, the model re-read only where the edit is, the line index updated in place)
 * must leave exactly what a fresh parse and lint of the same text gives.
 */
for (const dialect of ['nginx', 'haproxy'] as const) {
  describe(`${dialect}: incremental document updates equal a full rebuild`, function () {
    this.timeout(300000);
    const samples = sampleTexts(dialect).filter((s) => s.text.length < 30000 && !s.text.includes('\u0000'));

    it('after random edits at random places, batched and unbatched (seeded)', async () => {
      const rand = prng(dialect === 'nginx' ? 424242 : 99);
      const uri = `file:///perf/${dialect}`;
      let checks = 0;
      for (let round = 0; round < 30; round++) {
        const sample = samples[Math.floor(rand() * samples.length)];
        // Some rounds on a bigger file: a sample repeated, so that edits land deep in long blocks.
        let text = round % 5 === 0 ? [sample.text, sample.text, sample.text].join('\n') : sample.text;
        const store = new DocumentStore(parser);
        const doc = store.open(uri, dialect, 1, text)!;
        await store.refresh(doc);
        for (let step = 0; step < 25; step++) {
          // One to three changes in one didChange, as an editor sends for multi-cursor edits.
          const changes: TextDocumentContentChangeEvent[] = [];
          const count = rand() < 0.8 ? 1 : 2 + Math.floor(rand() * 2);
          for (let i = 0; i < count; i++) {
            const e = editorEdit(text, randomEdit(text, rand));
            changes.push(asLspChange(text, e));
            text = applyEdit(text, e);
          }
          store.change(uri, step + 2, changes);
          // Sometimes two didChange before a refresh: the pending changes combine.
          if (rand() < 0.2 && step < 24) continue;
          await store.refresh(doc);
          assert.strictEqual(doc.source.text, text);
          const expected = await fresh(dialect, text);
          const label = `${sample.name}, round ${round}, step ${step}`;
          assert.deepStrictEqual(snapshot(doc.config!), expected.model, `${label}: the incremental model differs from a full rebuild`);
          assert.deepStrictEqual(linter.lint(doc.config!, doc.source, DEFAULT_SETTINGS).findings, expected.findings, `${label}: findings differ`);
          const reference = new SourceText(text);
          assert.strictEqual(doc.source.lineCount, reference.lineCount, `${label}: line count`);
          assert.strictEqual(doc.source.eol, reference.eol, `${label}: line end style`);
          for (let k = 0; k < 5; k++) {
            const offset = Math.floor(rand() * (text.length + 1));
            assert.deepStrictEqual(doc.source.positionAt(offset), reference.positionAt(offset), `${label}: positionAt(${offset})`);
          }
          checks++;
        }
        store.close(uri);
      }
      assert.ok(checks > 500, `only ${checks} checks`);
    });

    it('letters typed and deleted inside words all over a file take the incremental path', async () => {
      const rand = prng(7);
      const uri = `file:///perf/words-${dialect}`;
      // Files without syntax errors: only there can the model be updated in place.
      const big: typeof samples = [];
      for (const s of samples.filter((x) => x.text.length > 2000)) {
        const tree = await parser.parseTree(dialect, s.text);
        if (!tree.rootNode.hasError && big.length < 6) big.push(s);
        tree.delete();
      }
      assert.ok(big.length > 0, 'no clean sample over 2000 characters');
      const store = new DocumentStore(parser);
      let updates = 0;
      for (const sample of big) {
        let text = sample.text;
        const doc = store.open(uri, dialect, 1, text)!;
        await store.refresh(doc);
        for (let step = 0; step < 30; step++) {
          // After a letter or digit, insert one; the next step deletes it again.
          let at = Math.floor(rand() * text.length);
          while (at < text.length && !/[A-Za-z0-9]/.test(text[at - 1] ?? '')) at++;
          const e = { start: at, end: at, text: 'q' };
          store.change(uri, 2 * step + 2, [asLspChange(text, e)]);
          text = applyEdit(text, e);
          await store.refresh(doc);
          const undo = { start: at, end: at + 1, text: '' };
          store.change(uri, 2 * step + 3, [asLspChange(text, undo)]);
          text = applyEdit(text, undo);
          await store.refresh(doc);
          const expected = await fresh(dialect, text);
          assert.deepStrictEqual(snapshot(doc.config!), expected.model, `${sample.name}, step ${step}`);
          assert.deepStrictEqual(linter.lint(doc.config!, doc.source, DEFAULT_SETTINGS).findings, expected.findings);
          updates += 2;
        }
        store.close(uri);
      }
      assert.ok(store.stats.incrementalModels > updates * 0.5, `${store.stats.incrementalModels} of ${updates} updates were incremental`);
    });

    it('typing a whole directive character by character, then deleting it again', async () => {
      const uri = `file:///perf/typing-${dialect}`;
      const base = samples.find((s) => s.text.length > 300 && s.text.length < 5000)!.text;
      const insert = dialect === 'nginx' ? '\nupstream typed {\n    ip_hash;\n    server 10.0.0.9:80;\n}\n' : '\nbackend typed\n    balance source\n    cookie SRV insert\n    server s1 10.0.0.9:80 cookie s1\n';
      for (const at of [0, Math.floor(base.length / 2), base.length]) {
        let text = base;
        const store = new DocumentStore(parser);
        const doc = store.open(uri, dialect, 1, text)!;
        await store.refresh(doc);
        let version = 1;
        const check = async (): Promise<void> => {
          await store.refresh(doc);
          const expected = await fresh(dialect, text);
          assert.deepStrictEqual(snapshot(doc.config!), expected.model, `typing at ${at}, version ${version}`);
          assert.deepStrictEqual(linter.lint(doc.config!, doc.source, DEFAULT_SETTINGS).findings, expected.findings);
        };
        for (let i = 0; i < insert.length; i++) {
          const e = { start: at + i, end: at + i, text: insert[i] };
          store.change(uri, ++version, [asLspChange(text, e)]);
          text = applyEdit(text, e);
          await check();
        }
        for (let i = insert.length - 1; i >= 0; i--) {
          const e = { start: at + i, end: at + i + 1, text: '' };
          store.change(uri, ++version, [asLspChange(text, e)]);
          text = applyEdit(text, e);
          await check();
        }
        assert.strictEqual(text, base);
        store.close(uri);
      }
    });
  });
}

/** A HAProxy file whose headers hold names, `from`, quotes and a comment, and whose sections link by name. */
const HEADERS = [
  'defaults base',
  '    mode http',
  '',
  'frontend fe from base',
  '    bind :80',
  '    use_backend be_1 if { path_beg /a }',
  '    default_backend be_2',
  '',
  'backend be_1 # first',
  '    balance source',
  '    stick-table type ip size 1k',
  '    server s1 10.0.0.1:80',
  '',
  'backend be_2',
  'listen "li" from base',
  '    bind :81',
  '    stick on src table be_1',
  '    server s2 10.0.0.2:80',
  '',
].join('\n');

describe('haproxy: edits inside a section header line', function () {
  this.timeout(120000);

  it('a letter typed and deleted at every place of every header line: the model and findings equal a full rebuild', async () => {
    const uri = 'file:///perf/headers';
    const store = new DocumentStore(parser);
    let text = HEADERS;
    const doc = store.open(uri, 'haproxy', 1, text)!;
    await store.refresh(doc);
    let version = 1;
    const headers = [...HEADERS.matchAll(/^(defaults|frontend|backend|listen)\b.*$/gm)];
    assert.strictEqual(headers.length, 5);
    let inNames = 0;
    for (const header of headers) {
      // The name of a proxy: the word after the keyword, each place in it and right after it.
      const name = /^(?:frontend|backend|listen) (\S+)/.exec(header[0]);
      for (let col = 0; col <= header[0].length; col++) {
        if (name && col > name[0].length - name[1].length && col <= name[0].length) inNames += 2;
        const at = header.index! + col;
        for (const e of [{ start: at, end: at, text: 'q' }, { start: at, end: at + 1, text: '' }]) {
          store.change(uri, ++version, [asLspChange(text, e)]);
          text = applyEdit(text, e);
          await store.refresh(doc);
          const expected = await fresh('haproxy', text);
          assert.deepStrictEqual(snapshot(doc.config!), expected.model, `${JSON.stringify(header[0])}, column ${col}, version ${version}`);
          assert.deepStrictEqual(linter.lint(doc.config!, doc.source, DEFAULT_SETTINGS).findings, expected.findings);
        }
      }
    }
    assert.strictEqual(text, HEADERS);
    // A letter typed inside or right after a proxy's name, and deleted again, renames it in place.
    assert.ok(inNames > 20 && store.stats.incrementalModels >= inNames, `${inNames} edits in names: ${JSON.stringify(store.stats)}`);
  });
});

describe('nginx: a fragment whose module an edit inside one server changes', function () {
  this.timeout(60000);

  it('typing a scheme into a stream proxy_pass, then deleting it: every step equals a full rebuild', async () => {
    const uri = 'file:///perf/fragment-module';
    const base = 'upstream dns {\n    hash $remote_addr;\n    server 10.0.0.53:53;\n}\nupstream syslog {\n    hash $binary_remote_addr;\n    server 10.0.1.1:514;\n}\nserver {\n    listen 53;\n    proxy_pass dns;\n}\n';
    const at = base.indexOf('dns;');
    const insert = 'http://';
    let text = base;
    const store = new DocumentStore(parser);
    const doc = store.open(uri, 'nginx', 1, text)!;
    await store.refresh(doc);
    let version = 1;
    const protocols: string[] = [];
    const step = async (e: TextEdit): Promise<void> => {
      store.change(uri, ++version, [asLspChange(text, e)]);
      text = applyEdit(text, e);
      await store.refresh(doc);
      const expected = await fresh('nginx', text);
      assert.deepStrictEqual(snapshot(doc.config!), expected.model, `version ${version}: ${JSON.stringify(text)}`);
      assert.deepStrictEqual(linter.lint(doc.config!, doc.source, DEFAULT_SETTINGS).findings, expected.findings);
      protocols.push(doc.config!.dialect === 'nginx' ? doc.config!.directives[0].protocol : '');
    };
    for (let i = 0; i < insert.length; i++) await step({ start: at + i, end: at + i, text: insert[i] });
    for (let i = insert.length - 1; i >= 0; i--) await step({ start: at + i, end: at + i + 1, text: '' });
    assert.strictEqual(text, base);
    // Stream until the scheme is whole, http while it is, stream again once it is broken.
    assert.deepStrictEqual([protocols[0], protocols[insert.length - 1], protocols[protocols.length - 1]], ['stream', 'http', 'stream']);
    assert.ok(store.stats.incrementalModels > 0, 'no update took the incremental path');
    store.close(uri);
  });
});

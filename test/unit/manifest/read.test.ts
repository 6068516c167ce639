import * as assert from 'assert';
import { normalizeSettings } from '../../../server/src/engine/settings';
import { lintKind } from '../../../server/src/kinds/kindLinter';
import { BIG_MANIFEST_CHARS, blankDocumentsOfKind, MANIFEST_KIND, MANIFEST_MAX_CHARS, readManifest } from '../../../server/src/manifest/kind';
import type { ManifestModel, MNode } from '../../../server/src/manifest/model';
import { pairOf, scalarAt, textOf, valueAt } from '../../../server/src/manifest/model';
import { maskTemplates } from '../../../server/src/manifest/read/template';
import { readYaml } from '../../../server/src/manifest/read/yaml';
import { SourceText } from '../../../server/src/text/sourceText';

function read(text: string, file = 'manifest.yaml'): { model: ManifestModel | null; notes: readonly string[] } {
  const r = readManifest({ file, text, source: new SourceText(text), settings: normalizeSettings({}).settings, files: { read: () => Promise.resolve(null) } });
  return { model: r.model, notes: r.notes };
}

/** Spaces for every character of a text. */
const blank = (text: string): string => ' '.repeat(text.length);

/** A small Helm chart template shaped like the ones charts ship (not copied from any). */
const HELM_SERVICE = [
  '{{- $fullName := include "web.fullname" . -}}',
  'apiVersion: v1',
  'kind: Service',
  'metadata:',
  '  name: {{ $fullName }}-svc',
  '  labels:',
  '    {{- include "web.labels" . | nindent 4 }}',
  '{{- with .Values.service.annotations }}',
  '  annotations:',
  '{{ toYaml . | indent 4 }}',
  '{{- end }}',
  'spec:',
  '  type: {{ .Values.service.type | quote }}',
  '  sessionAffinity: ClientIP',
  '  {{- if .Values.service.sessionAffinityConfig }}',
  '  sessionAffinityConfig:',
  '    clientIP:',
  '      timeoutSeconds: {{ .Values.service.timeout }}',
  '  {{- end }}',
  '  ports:',
  '  {{- range .Values.service.ports }}',
  '    - port: {{ .port }}',
  '      name: "{{ .name }}"',
  '  {{- end }}',
  '  selector:',
  '    {{- include "web.selectorLabels" . | nindent 4 }}',
  '',
].join('\n');

describe('manifest reading: templates, merge keys, encodings, size', () => {
  describe('template actions masked with text of the same length', () => {
    const cases: { name: string; text: string; masked: string }[] = [
      { name: 'a line of actions only is blanked', text: 'a: 1\n  {{- if .Values.x }}\nb: 2\n', masked: 'a: 1\n                     \nb: 2\n' },
      { name: 'an action in a value becomes underscores', text: 'name: {{ .Release.Name }}-web\n', masked: 'name: ___________________-web\n' },
      { name: 'an action inside quotes', text: 'name: "{{ .x }}"\n', masked: 'name: "________"\n' },
      { name: 'an action over two lines keeps its line break', text: 'a: 1\n{{/* a\ncomment */}}\nb: 2\n', masked: 'a: 1\n      \n            \nb: 2\n' },
      { name: 'an action never closed runs to the line end', text: 'a: {{ .x\nb: 2\n', masked: 'a: _____\nb: 2\n' },
      { name: 'underscores in an action do not count as text', text: '{{ .my_value }}\n', masked: '               \n' },
      { name: 'CRLF kept', text: '{{ if }}\r\na: 1\r\n', masked: '        \r\na: 1\r\n' },
      { name: 'one rendering: the branches after {{ else }} are blanked', text: 'a:\n  {{- if .x }}\n  b: 1\n  {{- else if .y }}\n  c: 2\n  {{- else }}\n  d: 3\n  {{- end }}\n', masked: 'a:\n              \n  b: 1\n                   \n      \n             \n      \n            \n' },
      { name: 'an {{ else }} inside a line, and nested blocks', text: 'e: {{ if .z }}x{{ else }}y{{ end }}\n{{ range .l }}{{ if .a }}\nf: 1\n{{ end }}{{ else }}\ng: 2\n{{ end }}\n', masked: ['e: ___________x__________ _________', blank('{{ range .l }}{{ if .a }}'), 'f: 1', blank('{{ end }}{{ else }}'), blank('g: 2'), blank('{{ end }}'), ''].join('\n') },
      { name: 'no action, the same text', text: 'a: {b: 1}\n', masked: 'a: {b: 1}\n' },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const masked = maskTemplates(c.text).text;
        assert.strictEqual(masked, c.masked);
        assert.strictEqual(masked.length, c.text.length);
      });
    }
  });

  it('a Helm template reads without a syntax error; values written by actions keep their text and say so', () => {
    const { model, notes } = read(HELM_SERVICE, 'templates/service.yaml');
    assert.ok(model);
    assert.deepStrictEqual(model.syntaxErrors, []);
    assert.deepStrictEqual(notes, []);
    assert.deepStrictEqual(model.objects.map((o) => [o.apiVersion, o.kind, o.name]), [['v1', 'Service', null]]);
    const root = model.objects[0].root;
    assert.deepStrictEqual(
      [scalarAt(root, 'metadata', 'name'), scalarAt(root, 'spec', 'type'), scalarAt(root, 'spec', 'sessionAffinity'), scalarAt(root, 'spec', 'sessionAffinityConfig', 'clientIP', 'timeoutSeconds')].map((s) => `${String(s?.value)} ${s?.templated ?? false}`),
      ['{{ $fullName }}-svc true', '{{ .Values.service.type | quote }} true', 'ClientIP false', '{{ .Values.service.timeout }} true'],
    );
    const name = scalarAt(root, 'spec', 'ports')?.span;
    assert.strictEqual(name, undefined);
    const ports = valueAt(root, 'spec', 'ports');
    assert.ok(ports?.kind === 'seq');
    const port = scalarAt(ports.items[0], 'name')!;
    assert.strictEqual(HELM_SERVICE.slice(port.span.start, port.span.end), '"{{ .name }}"');
  });

  it('a document that cannot be read even masked is skipped with a note; the others are linted', () => {
    const broken = 'apiVersion: v1\nkind: Service\nspec:\n  sessionAffinity: ClientIP\n  ports:\n  {{- if .Values.http }}\n    - name: http\n  {{- end }}\n  - name: https\n';
    const good = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n';
    const text = `${good}---\n${broken}`;
    const { model, notes } = read(text, 'templates/all.yaml');
    assert.ok(model);
    assert.deepStrictEqual(model.syntaxErrors, []);
    assert.deepStrictEqual(model.objects.map((o) => o.kind), ['ConfigMap']);
    assert.deepStrictEqual(notes, ['all.yaml: document 2 (line 6) not linted: with its template actions ({{ }}) masked it still cannot be read as YAML.']);
    assert.deepStrictEqual(model.skipped.map((s) => [s.index, s.setting, text.slice(s.at.start, s.at.end)]), [[1, 'sessionAffinity', 'sessionAffinity']]);
  });

  it('a skipped document without affinity settings gives a note and no model when nothing else is read', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\ndata:\n  a: 1\n  {{- if .x }}\n    - b\n  {{- end }}\n  - c\n';
    const { model, notes } = read(text, 'cm.yaml');
    assert.strictEqual(model, null);
    assert.strictEqual(notes.length, 1);
  });

  it('a templated Traefik TOML file: action lines blanked, actions in strings kept as written', () => {
    const text = '[http.services]\n{{ range $i, $s := .Services }}\n  [http.services.app{{ $i }}.loadBalancer.sticky.cookie]\n    name = "{{ $s.Cookie }}"\n{{ end }}\n';
    const { model, notes } = read(text, 'dynamic.toml');
    assert.deepStrictEqual(notes, []);
    assert.ok(model);
    assert.deepStrictEqual(model.syntaxErrors, []);
    const services = valueAt(model.traefik[0].root, 'http', 'services');
    assert.ok(services?.kind === 'map');
    assert.deepStrictEqual(services.pairs.map((p) => p.key.raw), ['app{{ $i }}']);
    const name = scalarAt(services.pairs[0].value, 'loadBalancer', 'sticky', 'cookie', 'name')!;
    assert.deepStrictEqual([name.value, name.raw, name.templated], ['{{ $s.Cookie }}', '"{{ $s.Cookie }}"', true]);
  });

  it('a templated TOML file that cannot be read is skipped, never a syntax error', () => {
    const text = '[http.services.app.loadBalancer.sticky.cookie]\n  secure = {{ .Secure }}\n';
    const { model, notes } = read(text, 'dynamic.toml');
    assert.ok(model);
    assert.deepStrictEqual([model.syntaxErrors, model.traefik.length, model.skipped.map((s) => s.setting)], [[], 0, ['sticky']]);
    assert.deepStrictEqual(notes, ['dynamic.toml: document 1 (line 1) not linted: with its template actions ({{ }}) masked it still cannot be read as TOML.']);
  });

  describe('YAML merge keys: pairOf and valueAt see merged keys, own keys win', () => {
    const cases: { name: string; text: string; path: string[]; value: string | null; merged: boolean }[] = [
      { name: 'a key from the merged map', text: 'base: &b\n  affinity: cookie\n  name: x\nobj:\n  <<: *b\n  name: y\n', path: ['obj', 'affinity'], value: 'cookie', merged: true },
      { name: 'an own key written after the merge wins', text: 'base: &b\n  name: x\nobj:\n  <<: *b\n  name: y\n', path: ['obj', 'name'], value: 'y', merged: false },
      { name: 'an own key written before the merge wins', text: 'base: &b\n  name: x\nobj:\n  name: y\n  <<: *b\n', path: ['obj', 'name'], value: 'y', merged: false },
      { name: 'of several merged maps the first wins', text: 'a: &a\n  k: 1\nb: &b\n  k: 2\n  j: 3\nobj:\n  <<: [*a, *b]\n', path: ['obj', 'k'], value: '1', merged: true },
      { name: 'nested under a merged key', text: 'base: &b\n  spec:\n    sessionAffinity: ClientIP\nobj:\n  <<: *b\n', path: ['obj', 'spec', 'sessionAffinity'], value: 'ClientIP', merged: false },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const r = readYaml(c.text);
        assert.deepStrictEqual(r.errors, []);
        const root = r.documents[0].root;
        assert.strictEqual(textOf(valueAt(root, ...c.path)), c.value);
        let parent: MNode | undefined = root ?? undefined;
        for (const k of c.path.slice(0, -1)) parent = valueAt(parent, k);
        assert.strictEqual(pairOf(parent, c.path[c.path.length - 1])?.merged ?? false, c.merged);
      });
    }
  });

  describe('encodings and line ends', () => {
    const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: café\nspec:\n  sessionAffinity: ClientIP\n';
    const cases: { name: string; text: string; file?: string; path?: string[] }[] = [
      { name: 'LF', text: service },
      { name: 'CRLF', text: service.replace(/\n/g, '\r\n') },
      { name: 'a byte order mark', text: `\ufeff${service}` },
      { name: 'a byte order mark before TOML', text: '\ufeff[http.services.app.loadBalancer]\n  sessionAffinity = "ClientIP"\n', file: 'dynamic.toml', path: ['http', 'services', 'app', 'loadBalancer', 'sessionAffinity'] },
      { name: 'Latin-1 bytes decoded as Latin-1', text: Buffer.from(service, 'latin1').toString('latin1') },
      { name: 'UTF-8 bytes decoded as Latin-1 (mojibake in a value)', text: Buffer.from(service, 'utf8').toString('latin1') },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const { model } = read(c.text, c.file);
        assert.ok(model);
        assert.deepStrictEqual(model.syntaxErrors, []);
        const s = c.path ? scalarAt(model.documents[0].root, ...c.path)! : scalarAt(model.objects[0].root, 'spec', 'sessionAffinity')!;
        assert.strictEqual(c.text.slice(s.span.start, s.span.end), s.raw);
        assert.strictEqual(s.value, 'ClientIP');
      });
    }
  });

  describe('garbage and half-typed text never throws, and errors stay inside the text', () => {
    const garbage = Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7919 + 13) % 256)).join('');
    const cases: { name: string; text: string; file?: string }[] = [
      { name: 'garbage bytes with apiVersion in them', text: `apiVersion: v1\n${garbage}` },
      { name: 'garbage bytes as TOML', text: `[http]\n${garbage}`, file: 'x.toml' },
      { name: 'a Service typed halfway', text: 'apiVersion: v1\nkind: Service\nspec:\n  sessionAffinity: Cli' },
      { name: 'a key typed halfway', text: 'apiVersion: v1\nkind: Service\nspec:\n  sessionAff' },
      { name: 'a flow map typed halfway', text: 'apiVersion: v1\nkind: Service\nspec: {sessionAffinity: ' },
      { name: 'a quote typed halfway', text: 'apiVersion: v1\nkind: Service\nmetadata:\n  annotations:\n    a: "tr' },
      { name: 'an alias to nothing', text: 'apiVersion: v1\nkind: Service\nspec: *nothing\n' },
      { name: 'an alias cycle', text: 'apiVersion: v1\nkind: Service\nspec: &a\n  x: *a\n' },
      { name: 'a TOML table typed halfway', text: '[http.services.app.loadBalancer.sticky.coo', file: 'dyn.toml' },
      { name: 'a template typed halfway', text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Na' },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        const result = await lintKind(MANIFEST_KIND, c.file ?? 'x.yaml', c.text, normalizeSettings({}).settings);
        assert.deepStrictEqual(result.ruleErrors, []);
        for (const f of result.findings) assert.ok(f.span.start >= 0 && f.span.end <= c.text.length && f.span.start <= f.span.end, `${f.ruleId} ${f.span.start}-${f.span.end}`);
      });
    }
  });

  describe('a file without anything the rules read is not parsed', () => {
    const cases: { name: string; text: string; file: string }[] = [
      { name: 'a CI workflow', text: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n', file: 'ci.yml' },
      { name: 'a Cargo.toml', text: '[package]\nname = "x"\n', file: 'Cargo.toml' },
      { name: 'a Helm values file', text: 'replicaCount: 1\nservice:\n  sessionAffinity: ClientIP\n', file: 'values.yaml' },
    ];
    for (const c of cases) {
      it(c.name, () => {
        assert.deepStrictEqual(read(c.text, c.file), { model: null, notes: [] });
      });
    }

    it('a big bundle: its CustomResourceDefinitions are not read, the rest is, offsets exact', () => {
      const crd = `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: things.example.com\nspec:\n  versions:\n${'    - name: v1\n      schema: {openAPIV3Schema: {type: object}}\n'.repeat(200)}`;
      const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  sessionAffinity: ClientIP\n';
      const text = [...Array.from({ length: Math.ceil(BIG_MANIFEST_CHARS / crd.length) }, () => crd), service].join('---\n');
      const { model, notes } = read(text, 'bundle.yaml');
      assert.ok(model);
      assert.deepStrictEqual(model.objects.map((o) => o.kind), ['Service']);
      assert.deepStrictEqual(notes, [`bundle.yaml: ${Math.ceil(BIG_MANIFEST_CHARS / crd.length)} CustomResourceDefinition document(s) not read (they hold no affinity settings).`]);
      const s = scalarAt(model.objects[0].root, 'spec', 'sessionAffinity')!;
      assert.strictEqual(text.slice(s.span.start, s.span.end), 'ClientIP');
    });

    it('documents of a kind blanked: line breaks and --- lines kept, the length the same', () => {
      const text = 'kind: A\n---\nkind: CustomResourceDefinition\r\nx: 1\n--- # c\nkind: "CustomResourceDefinition"\n';
      const r = blankDocumentsOfKind(text, 'CustomResourceDefinition');
      assert.deepStrictEqual(r, { text: 'kind: A\n---\n                              \r\n    \n--- # c\n                                \n', count: 2, chars: 70 });
    });

    it('a manifest over the size limit is not parsed: a note says so', () => {
      const service = 'apiVersion: v1\nkind: Service\nspec:\n  sessionAffinity: ClientIP\n---\n';
      const text = service.repeat(Math.ceil((MANIFEST_MAX_CHARS + 1) / service.length));
      const started = process.hrtime.bigint();
      assert.deepStrictEqual(read(text, 'all.yaml'), { model: null, notes: [`all.yaml: not linted: it is ${(text.length / 1048576).toFixed(1)} MB, over the 2.0 MB limit for a manifest.`] });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      assert.ok(ms < 1000, `${ms} ms`);
    });

    it('50 MB: lintKind stops before reading', async () => {
      const text = 'apiVersion: v1\nkind: Service\n'.repeat(Math.ceil((50 * 1024 * 1024) / 29));
      const started = process.hrtime.bigint();
      const result = await lintKind(MANIFEST_KIND, 'huge.yaml', text, normalizeSettings({}).settings);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      assert.strictEqual(result.model, null);
      assert.deepStrictEqual(result.notes, ['File not linted: it is 50.0 MB, over the 10.0 MB limit for one file.']);
      assert.ok(ms < 5000, `${ms} ms`);
    });

    it('5 MB of such YAML costs a scan, not a parse', () => {
      const line = 'key: value with some words in it # and a comment\n';
      const text = line.repeat(Math.ceil((5 * 1024 * 1024) / line.length));
      const started = process.hrtime.bigint();
      assert.deepStrictEqual(read(text, 'big.yaml'), { model: null, notes: [] });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      // A parse of this text takes seconds; the scan takes a few milliseconds (generous bound for loaded machines).
      assert.ok(ms < 1000, `${ms} ms`);
    });
  });
});

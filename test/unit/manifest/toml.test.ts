import * as assert from 'assert';
import { parse as smolParse } from 'smol-toml';
import type { MNode, MPair } from '../../../server/src/manifest/model';
import { readToml, tomlTableInfo } from '../../../server/src/manifest/read/toml';

/** The plain value of an MNode tree, as a TOML library would give it. */
function plain(node: MNode | null): unknown {
  if (!node) return null;
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(plain);
  return Object.fromEntries(node.pairs.map((p) => [String(p.key.value), plain(p.value)]));
}

/** smol-toml's tables (null-prototype objects) as ordinary objects. */
function ordinary(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(ordinary);
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, ordinary(x)]));
  return typeof v === 'bigint' ? Number(v) : v;
}

/** Every scalar (keys and values) with the text its span covers. */
function scalars(node: MNode | null, out: { raw: string; span: string }[] = [], text = ''): { raw: string; span: string }[] {
  if (!node) return out;
  if (node.kind === 'scalar') out.push({ raw: node.raw, span: text.slice(node.span.start, node.span.end) });
  else if (node.kind === 'seq') for (const i of node.items) scalars(i, out, text);
  else
    for (const p of node.pairs) {
      scalars(p.key, out, text);
      scalars(p.value, out, text);
    }
  return out;
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `${before.split('\n').length}:${offset - before.lastIndexOf('\n')}`;
}

const TRAEFIK = [
  '# dynamic configuration',
  '[http.routers.web]',
  '  rule = "Host(`example.com`)"',
  '  service = "app"',
  '',
  '[http.services.app.loadBalancer.sticky.cookie]',
  "  name = 'srv_id'",
  '  secure = true',
  '  httpOnly = true # both default to false',
  '',
  '[[http.services.app.loadBalancer.servers]]',
  '  url = "http://10.0.0.1:80"',
  '[[http.services.app.loadBalancer.servers]]',
  '  url = "http://10.0.0.2:80"',
  '',
].join('\n');

describe('manifest TOML reader', () => {
  describe('reads what smol-toml reads, with every span on its text', () => {
    const cases: { name: string; text: string }[] = [
      { name: 'a Traefik file: tables, sub-tables, arrays of tables, comments', text: TRAEFIK },
      { name: 'dotted keys at the root and in a table', text: 'http.routers.web.rule = "Path(`/`)"\n[http.services.app]\nloadBalancer.sticky.cookie.name = "lb"\nloadBalancer.passHostHeader = false\n' },
      { name: 'inline tables, nested and empty', text: 'sticky = { cookie = { name = "x", secure = true }, other = {} }\n' },
      { name: 'arrays over several lines with comments and a trailing comma', text: 'servers = [\n  "a", # first\n  "b",\n]\nempty = []\nnested = [[1, 2], ["x"]]\n' },
      { name: 'the four kinds of strings', text: 'a = "tab\\there \\u00e9 \\"q\\""\nb = \'C:\\path\'\nc = """\nline one\nline two \\\n   joined"""\nd = \'\'\'\nraw \\n text\'\'\'\ne = """quotes "" inside"""\n' },
      { name: 'quoted keys with dots in them', text: '[http.services."my.app".loadBalancer]\n"key with spaces" = 1\n\'lit.key\' = 2\n' },
      { name: 'numbers: integers, underscores, hex, octal, binary, floats, inf and nan', text: 'a = 1_000\nb = -17\nc = 0xff\nd = 0o17\ne = 0b101\nf = 3.5e-2\ng = +inf\nh = -0.0\n' },
      { name: 'a header defining a table first named on the way to another', text: '[a.b]\nx = 1\n[a]\ny = 2\n' },
      { name: 'sub-tables of an array of tables item', text: '[[svc]]\nname = "a"\n[svc.sticky]\ncookie = true\n[[svc]]\nname = "b"\n' },
      { name: 'CRLF line ends', text: '[http.services.app.loadBalancer]\r\n  passHostHeader = true\r\n  # c\r\n' },
      { name: 'an empty file', text: '' },
      { name: 'only comments and blank lines', text: '# a\n\n   # b\n' },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const r = readToml(c.text);
        assert.deepStrictEqual(r.errors, []);
        assert.deepStrictEqual(plain(r.documents[0].root), ordinary(smolParse(c.text)));
        for (const s of scalars(r.documents[0].root, [], c.text)) assert.strictEqual(s.span, s.raw);
      });
    }
  });

  it('nan and dates: values as smol-toml reads them, dates and times as written', () => {
    const text = 'n = nan\nd = 1979-05-27\nt = 07:32:00\ndt = 1979-05-27 07:32:00Z\noffset = 1979-05-27T00:32:00.999-07:00\n';
    const r = readToml(text);
    assert.deepStrictEqual(r.errors, []);
    assert.ok(Number.isNaN(plain(r.documents[0].root) && (plain(r.documents[0].root) as Record<string, number>).n));
    assert.deepStrictEqual(
      Object.entries(plain(r.documents[0].root) as Record<string, unknown>).slice(1),
      [['d', '1979-05-27'], ['t', '07:32:00'], ['dt', '1979-05-27 07:32:00Z'], ['offset', '1979-05-27T00:32:00.999-07:00']],
    );
  });

  it('styles: basic strings double, literal single, multi-line block, bare values plain', () => {
    const r = readToml('a = "x"\nb = \'x\'\nc = """x"""\nd = \'\'\'x\'\'\'\ne = 1\n"k" = 2\n');
    const root = r.documents[0].root;
    assert.ok(root?.kind === 'map');
    assert.deepStrictEqual(
      root.pairs.map((p) => `${p.key.style} ${p.value?.kind === 'scalar' ? p.value.style : '-'}`),
      ['plain double', 'plain single', 'plain block', 'plain block', 'plain plain', 'double plain'],
    );
  });

  it('spans: a table runs from its header to its last line, a pair from its key to its value', () => {
    const r = readToml(TRAEFIK);
    const root = r.documents[0].root;
    assert.ok(root?.kind === 'map');
    const span = (path: string[]): string => {
      let node: MNode | null | undefined = root;
      let pairText = '';
      for (const key of path) {
        const pair: MPair | undefined = node?.kind === 'map' ? node.pairs.find((p) => p.key.value === key) : undefined;
        pairText = pair ? TRAEFIK.slice(pair.span.start, pair.span.end) : '';
        node = pair?.value;
      }
      return pairText;
    };
    assert.strictEqual(span(['http', 'services', 'app', 'loadBalancer', 'sticky', 'cookie', 'name']), "name = 'srv_id'");
    assert.strictEqual(span(['http', 'services', 'app', 'loadBalancer', 'sticky', 'cookie']), "cookie]\n  name = 'srv_id'\n  secure = true\n  httpOnly = true");
    assert.strictEqual(span(['http', 'routers', 'web', 'service']), 'service = "app"');
    assert.deepStrictEqual(r.comments.map((c) => c.text), ['# dynamic configuration', '# both default to false']);
    assert.deepStrictEqual(
      r.statements.map((s) => lineColumn(TRAEFIK, s.start)),
      ['2:1', '3:3', '4:3', '6:1', '7:3', '8:3', '9:3', '11:1', '12:3', '13:1', '14:3'],
    );
  });

  it('how each table was written (what edits add to)', () => {
    const text = 'top = 1\n[a.b]\n  x = 1\n  c.d = 2\n  e = { f = 1 }\n[[g]]\n';
    const r = readToml(text);
    const root = r.documents[0].root;
    assert.ok(root?.kind === 'map');
    const rows: string[] = [];
    const walk = (node: MNode | null | undefined, name: string): void => {
      if (!node) return;
      if (node.kind === 'map') {
        const info = tomlTableInfo(node);
        rows.push(`${name}: ${info?.how} path=${info?.path.join('.')} prefix=${JSON.stringify(info?.prefix)} last=${info ? JSON.stringify(text.slice(0, info.lastLineEnd).split('\n').pop()) : ''}`);
        for (const p of node.pairs) walk(p.value, `${name}.${String(p.key.value)}`);
      } else if (node.kind === 'seq') node.items.forEach((i, n) => walk(i, `${name}[${n}]`));
    };
    walk(root, '');
    assert.deepStrictEqual(rows, [
      ': root path= prefix="" last="top = 1"',
      '.a: implicit path=a prefix="" last="[a.b]"',
      '.a.b: header path=a.b prefix="" last="  e = { f = 1 }"',
      '.a.b.c: dotted path=a.b.c prefix="c." last="  c.d = 2"',
      '.a.b.e: inline path= prefix="" last="  e = "',
      '.g[0]: header path=g prefix="" last="[[g]]"',
    ]);
  });

  describe('syntax errors at the place they are, reading on at the next line', () => {
    const cases: { name: string; text: string; errors: string[] }[] = [
      { name: 'a string without quotes', text: '[http.services.app.loadBalancer.sticky.cookie]\nname = lb\nsecure = true\n', errors: ['2:8 Not a TOML value: lb (a string needs quotes)'] },
      { name: 'a header not closed', text: '[http.services\nx = 1\n', errors: ['1:15 Expected \']\' to close the table header'] },
      { name: 'a key without =', text: 'a = 1\nb 2\nc = 3\n', errors: ['2:3 Expected = after the key, found "2"'] },
      { name: 'a string not closed on its line', text: 'a = "open\nb = 1\n', errors: ['1:5 String not closed on its line'] },
      { name: 'a duplicate key', text: '[t]\na = 1\na = 2\n', errors: ['3:1 Duplicate key a'] },
      { name: 'a table defined twice', text: '[t]\na = 1\n[t]\nb = 2\n', errors: ['3:1 Table t is defined more than once'] },
      { name: 'an inline table extended by a header', text: 'a = { b = 1 }\n[a.c]\n', errors: ['2:2 a is an inline table, which cannot be extended'] },
      { name: 'a value as a table', text: 'a = 1\n[a.b]\n', errors: ['2:2 a is already a value, not a table'] },
      { name: 'two values on a line', text: 'a = 1 b = 2\nc = 3\n', errors: ['1:7 Expected the end of the line, found "b"'] },
      { name: 'an invalid escape', text: 'a = "x\\qy"\n', errors: ['1:7 Invalid escape \\q'] },
      { name: 'a multi-line string never closed', text: 'a = """\nnever\n', errors: ['1:5 Multi-line string not closed'] },
      { name: 'an array never closed', text: 'a = [1,\n', errors: ['1:5 Array not closed'] },
      { name: 'a half-typed header and key', text: '[http.\nx =\n', errors: ['1:7 Expected a key', '2:4 Expected a value'] },
      { name: 'a bare CR', text: 'a = 1\rb = 2\n', errors: ['1:6 A carriage return must be followed by a line feed'] },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const r = readToml(c.text);
        assert.deepStrictEqual(r.errors.map((e) => `${lineColumn(c.text, e.span.start)} ${e.message}`), c.errors);
        assert.throws(() => smolParse(c.text));
      });
    }
  });

  it('an error only smol-toml finds is reported at its line and column', () => {
    // A table made by dotted keys redefined by a header: smol-toml refuses it.
    const text = '[fruit]\napple.color = "red"\n[fruit.apple]\ntexture = "smooth"\n';
    const r = readToml(text);
    assert.throws(() => smolParse(text));
    assert.strictEqual(r.errors.length, 1);
    assert.strictEqual(lineColumn(text, r.errors[0].span.start).split(':')[0], '3');
  });

  it('garbage bytes never throw', () => {
    const garbage = Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    const r = readToml(garbage);
    assert.ok(r.errors.length > 0);
    assert.strictEqual(r.documents.length, 1);
  });
});

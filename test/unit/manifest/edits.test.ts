import * as assert from 'assert';
import { parse as smolParse } from 'smol-toml';
import { parseAllDocuments } from 'yaml';
import { applyEdits } from '../../../server/src/engine/fixes';
import { composeOf } from '../../../server/src/manifest/classify';
import { addLabel, setLabel } from '../../../server/src/manifest/editCompose';
import { appendItem, fillPair, insertPair, removePair, replaceScalar, setScalar } from '../../../server/src/manifest/edits';
import type { ComposeService, MMap, MNode, MSeq } from '../../../server/src/manifest/model';
import { pairOf, scalarAt, valueAt } from '../../../server/src/manifest/model';
import { readToml } from '../../../server/src/manifest/read/toml';
import { readYaml } from '../../../server/src/manifest/read/yaml';
import type { TextEdit } from '../../../server/src/rules/types';
import { SourceText } from '../../../server/src/text/sourceText';

interface EditCase<T> {
  readonly name: string;
  readonly text: string;
  readonly edit: (root: T, source: SourceText) => TextEdit;
  readonly output: string;
}

function tomlRoot(text: string): MMap {
  const root = readToml(text).documents[0].root;
  assert.ok(root?.kind === 'map');
  return root;
}

function map(node: MNode | undefined): MMap {
  assert.ok(node?.kind === 'map', 'a table');
  return node;
}

const TRAEFIK = [
  '[http.services.app.loadBalancer]',
  '  passHostHeader = true',
  '',
  '  [http.services.app.loadBalancer.sticky.cookie]',
  "    name = 'lb' # the cookie",
  '    secure = false',
  '',
  '  [[http.services.app.loadBalancer.servers]]',
  '    url = "http://a"',
  '',
].join('\n');
const COOKIE = ['http', 'services', 'app', 'loadBalancer', 'sticky', 'cookie'];

describe('manifest edits', () => {
  describe('TOML: the file stays whole and reads as TOML', () => {
    const cases: EditCase<MMap>[] = [
      {
        name: 'a key set inside a table: a line after its last, at its keys\' indentation',
        text: TRAEFIK,
        edit: (root, source) => setScalar(map(valueAt(root, ...COOKIE)), 'httpOnly', 'true', source),
        output: TRAEFIK.replace('    secure = false\n', '    secure = false\n    httpOnly = true\n'),
      },
      {
        name: 'a bare word given as YAML text is written as a TOML string',
        text: TRAEFIK,
        edit: (root, source) => setScalar(map(valueAt(root, ...COOKIE)), 'sameSite', 'lax', source),
        output: TRAEFIK.replace('    secure = false\n', '    secure = false\n    sameSite = "lax"\n'),
      },
      {
        name: 'a boolean replaced; comments and other lines untouched',
        text: TRAEFIK,
        edit: (root, source) => setScalar(map(valueAt(root, ...COOKIE)), 'secure', 'true', source),
        output: TRAEFIK.replace('secure = false', 'secure = true'),
      },
      {
        name: 'a literal string replaced keeps its single quotes',
        text: TRAEFIK,
        edit: (root) => replaceScalar(scalarAt(root, ...COOKIE, 'name')!, 'srv_id'),
        output: TRAEFIK.replace("name = 'lb'", "name = 'srv_id'"),
      },
      {
        name: "a literal string that cannot hold the value (a ') becomes a basic string",
        text: TRAEFIK,
        edit: (root) => replaceScalar(scalarAt(root, ...COOKIE, 'name')!, "it's"),
        output: TRAEFIK.replace("name = 'lb'", 'name = "it\'s"'),
      },
      {
        name: 'a basic string replaced keeps its double quotes and escapes',
        text: TRAEFIK,
        edit: (root) => replaceScalar(scalarAt((valueAt(root, 'http', 'services', 'app', 'loadBalancer', 'servers') as MSeq).items[0], 'url')!, 'http://b/"x"'),
        output: TRAEFIK.replace('url = "http://a"', 'url = "http://b/\\"x\\""'),
      },
      {
        name: 'multi-line strings stay multi-line, literal or basic',
        text: "a = '''\nold'''\nb = 1\n",
        edit: (root) => replaceScalar(scalarAt(root, 'a')!, 'new'),
        output: "a = '''new'''\nb = 1\n",
      },
      {
        name: 'a multi-line basic string replaced with a value holding quotes',
        text: 'b = """old"""\n',
        edit: (root) => replaceScalar(scalarAt(root, 'b')!, 'say "hi"'),
        output: 'b = """say \\"hi\\""""\n',
      },
      {
        name: 'a missing sub-table created as a section after the table\'s own lines',
        text: '[http.services.app.loadBalancer]\n  passHostHeader = true\n\n[http.routers.web]\n  service = "app"\n',
        edit: (root, source) => insertPair(map(valueAt(root, 'http', 'services', 'app', 'loadBalancer')), 'sticky', [['cookie', [['name', 'lb'], ['secure', 'true']]]], source),
        output: '[http.services.app.loadBalancer]\n  passHostHeader = true\n  [http.services.app.loadBalancer.sticky.cookie]\n    name = "lb"\n    secure = true\n\n[http.routers.web]\n  service = "app"\n',
      },
      {
        name: 'a key in a table without keys: indented as the file indents keys under headers',
        text: '[http.services.app.loadBalancer.sticky.cookie]\n\n[http.routers.web]\n  service = "app"\n',
        edit: (root, source) => insertPair(map(valueAt(root, ...COOKIE)), 'secure', 'true', source),
        output: '[http.services.app.loadBalancer.sticky.cookie]\n  secure = true\n\n[http.routers.web]\n  service = "app"\n',
      },
      {
        name: 'a key in a table made by dotted keys: another dotted line',
        text: '[http.services.app]\nloadBalancer.sticky.cookie.name = "lb"\nloadBalancer.passHostHeader = true\n',
        edit: (root, source) => insertPair(map(valueAt(root, 'http', 'services', 'app', 'loadBalancer', 'sticky', 'cookie')), 'httpOnly', 'true', source),
        output: '[http.services.app]\nloadBalancer.sticky.cookie.name = "lb"\nloadBalancer.sticky.cookie.httpOnly = true\nloadBalancer.passHostHeader = true\n',
      },
      {
        name: 'a key in an inline table',
        text: '[http.services.app.loadBalancer]\nsticky = { cookie = { name = "lb" } }\n',
        edit: (root, source) => insertPair(map(valueAt(root, 'http', 'services', 'app', 'loadBalancer', 'sticky', 'cookie')), 'secure', 'true', source),
        output: '[http.services.app.loadBalancer]\nsticky = { cookie = { name = "lb", secure = true } }\n',
      },
      {
        name: 'a nested value in an empty inline table',
        text: '[http.services.app.loadBalancer]\nsticky = {}\n',
        edit: (root, source) => insertPair(map(valueAt(root, 'http', 'services', 'app', 'loadBalancer', 'sticky')), 'cookie', [['secure', 'true']], source),
        output: '[http.services.app.loadBalancer]\nsticky = { cookie = { secure = true } }\n',
      },
      {
        name: 'a key in a table only named by its sub-tables gets a header of its own',
        text: '[http.services.app.loadBalancer.sticky.cookie]\nname = "lb"\n',
        edit: (root, source) => insertPair(map(valueAt(root, 'http', 'services', 'app', 'loadBalancer')), 'passHostHeader', 'false', source),
        output: '[http.services.app.loadBalancer.sticky.cookie]\nname = "lb"\n[http.services.app.loadBalancer]\npassHostHeader = false\n',
      },
      {
        name: 'a key in an item of an array of tables',
        text: TRAEFIK,
        edit: (root, source) => insertPair(map((valueAt(root, 'http', 'services', 'app', 'loadBalancer', 'servers') as MSeq).items[0]), 'weight', '2', source),
        output: TRAEFIK.replace('    url = "http://a"\n', '    url = "http://a"\n    weight = 2\n'),
      },
      {
        name: 'a key at the root goes before the first header',
        text: '# dynamic\n[http.routers.web]\nservice = "app"\n',
        edit: (root, source) => insertPair(root, 'debug', 'true', source),
        output: '# dynamic\ndebug = true\n\n[http.routers.web]\nservice = "app"\n',
      },
      {
        name: 'a table at the root goes at the end of the file',
        text: 'a = 1',
        edit: (root, source) => insertPair(root, 'http', [['routers', [['web', [['service', 'app']]]]]], source),
        output: 'a = 1\n[http.routers.web]\nservice = "app"\n',
      },
      {
        name: 'CRLF kept in a new line',
        text: '[http.services.app.loadBalancer.sticky.cookie]\r\n  name = "lb"\r\n',
        edit: (root, source) => setScalar(map(valueAt(root, ...COOKIE)), 'secure', 'true', source),
        output: '[http.services.app.loadBalancer.sticky.cookie]\r\n  name = "lb"\r\n  secure = true\r\n',
      },
      {
        name: 'a pair removed with its line',
        text: TRAEFIK,
        edit: (root, source) => {
          const cookie = map(valueAt(root, ...COOKIE));
          return removePair(cookie, pairOf(cookie, 'secure')!, source);
        },
        output: TRAEFIK.replace('    secure = false\n', ''),
      },
      {
        name: 'a table under a header removed with its header and its own lines',
        text: TRAEFIK,
        edit: (root, source) => {
          const sticky = map(valueAt(root, 'http', 'services', 'app', 'loadBalancer', 'sticky'));
          return removePair(sticky, pairOf(sticky, 'cookie')!, source);
        },
        output: TRAEFIK.replace("  [http.services.app.loadBalancer.sticky.cookie]\n    name = 'lb' # the cookie\n    secure = false\n", ''),
      },
      {
        name: 'an entry of an inline table removed with its comma',
        text: 'c = { name = "lb", secure = false }\n',
        edit: (root, source) => {
          const c = map(valueAt(root, 'c'));
          return removePair(c, pairOf(c, 'secure')!, source);
        },
        output: 'c = { name = "lb" }\n',
      },
      {
        name: 'an item added to an array',
        text: 'entryPoints = ["web"]\n',
        edit: (root, source) => appendItem(valueAt(root, 'entryPoints') as never, 'websecure', source),
        output: 'entryPoints = ["web", "websecure"]\n',
      },
      {
        name: 'a table pair filled with keys',
        text: '[http.services.app.loadBalancer.sticky.cookie]\nname = "lb"\n',
        edit: (root, source) => fillPair(pairOf(map(valueAt(root, 'http', 'services', 'app', 'loadBalancer', 'sticky')), 'cookie')!, [['httpOnly', 'true']], source),
        output: '[http.services.app.loadBalancer.sticky.cookie]\nname = "lb"\nhttpOnly = true\n',
      },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const source = new SourceText(c.text);
        const out = applyEdits(c.text, [c.edit(tomlRoot(c.text), source)]);
        assert.strictEqual(out, c.output);
        assert.deepStrictEqual(readToml(out).errors, []);
        assert.doesNotThrow(() => smolParse(out));
      });
    }
  });

  describe('compose labels, in both forms', () => {
    const service = (text: string): ComposeService => composeOf(readYaml(text).documents[0], 'compose.yaml')[0];
    const cases: EditCase<ComposeService>[] = [
      {
        name: 'map form: a value replaced keeping its quotes',
        text: 'services:\n  web:\n    labels:\n      traefik.http.services.web.loadbalancer.sticky.cookie.secure: "false"\n',
        edit: (s, source) => setLabel(s, 'traefik.http.services.web.loadbalancer.sticky.cookie.secure', 'true', source),
        output: 'services:\n  web:\n    labels:\n      traefik.http.services.web.loadbalancer.sticky.cookie.secure: "true"\n',
      },
      {
        name: 'map form: a plain value that would read as a boolean gets quotes',
        text: 'services:\n  web:\n    labels:\n      a.b: x # keep\n',
        edit: (s, source) => setLabel(s, 'a.b', 'true', source),
        output: 'services:\n  web:\n    labels:\n      a.b: "true" # keep\n',
      },
      {
        name: 'map form: a label added as `key: "value"` under the others',
        text: 'services:\n  web:\n    image: app\n    labels:\n      traefik.enable: "true"\n    ports: ["80:80"]\n',
        edit: (s, source) => setLabel(s, 'traefik.http.services.web.loadbalancer.sticky.cookie.httponly', 'true', source),
        output: 'services:\n  web:\n    image: app\n    labels:\n      traefik.enable: "true"\n      traefik.http.services.web.loadbalancer.sticky.cookie.httponly: "true"\n    ports: ["80:80"]\n',
      },
      {
        name: 'map form: single quotes when the labels use them',
        text: "services:\n  web:\n    labels:\n      traefik.enable: 'true'\n",
        edit: (s, source) => addLabel(s, 'x.y', 'lax', source),
        output: "services:\n  web:\n    labels:\n      traefik.enable: 'true'\n      x.y: 'lax'\n",
      },
      {
        name: 'map form: a label with nothing after its colon filled',
        text: 'services:\n  web:\n    labels:\n      a.b:\n      c: d\n',
        edit: (s, source) => setLabel(s, 'a.b', 'v', source),
        output: 'services:\n  web:\n    labels:\n      a.b: "v"\n      c: d\n',
      },
      {
        name: 'list form: the value inside a double-quoted item replaced',
        text: 'services:\n  web:\n    labels:\n      - "traefik.http.services.web.loadbalancer.sticky.cookie.samesite=none"\n',
        edit: (s, source) => setLabel(s, 'traefik.http.services.web.loadbalancer.sticky.cookie.samesite', 'lax', source),
        output: 'services:\n  web:\n    labels:\n      - "traefik.http.services.web.loadbalancer.sticky.cookie.samesite=lax"\n',
      },
      {
        name: 'list form: the value inside a plain item replaced',
        text: 'services:\n  web:\n    labels:\n      - traefik.a=false\n',
        edit: (s, source) => setLabel(s, 'traefik.a', 'true', source),
        output: 'services:\n  web:\n    labels:\n      - traefik.a=true\n',
      },
      {
        name: 'list form: a plain item whose new value needs quotes is quoted whole',
        text: 'services:\n  web:\n    labels:\n      - a.b=x\n',
        edit: (s, source) => setLabel(s, 'a.b', 'x #y', source),
        output: 'services:\n  web:\n    labels:\n      - "a.b=x #y"\n',
      },
      {
        name: 'list form: a label added with the list\'s quoting (double)',
        text: 'services:\n  web:\n    labels:\n      - "traefik.enable=true"\n      - "traefik.http.routers.web.rule=Host(`a`)"\n',
        edit: (s, source) => setLabel(s, 'traefik.http.services.web.loadbalancer.sticky.cookie', 'true', source),
        output: 'services:\n  web:\n    labels:\n      - "traefik.enable=true"\n      - "traefik.http.routers.web.rule=Host(`a`)"\n      - "traefik.http.services.web.loadbalancer.sticky.cookie=true"\n',
      },
      {
        name: 'list form: a label added with the list\'s quoting (none)',
        text: 'services:\n  web:\n    labels:\n      - traefik.enable=true\n',
        edit: (s, source) => addLabel(s, 'traefik.x.secure', 'true', source),
        output: 'services:\n  web:\n    labels:\n      - traefik.enable=true\n      - traefik.x.secure=true\n',
      },
      {
        name: 'list form: a label added to a flow list',
        text: 'services:\n  web:\n    labels: ["a=b"]\n',
        edit: (s, source) => addLabel(s, 'c', 'd', source),
        output: 'services:\n  web:\n    labels: ["a=b", "c=d"]\n',
      },
      {
        name: 'no labels yet: a labels map added to the service',
        text: 'services:\n  web:\n    image: app\n',
        edit: (s, source) => addLabel(s, 'traefik.enable', 'true', source),
        output: 'services:\n  web:\n    image: app\n    labels:\n      traefik.enable: "true"\n',
      },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const source = new SourceText(c.text);
        const out = applyEdits(c.text, [c.edit(service(c.text), source)]);
        assert.strictEqual(out, c.output);
        for (const doc of parseAllDocuments(out)) assert.deepStrictEqual(doc.errors, []);
      });
    }
  });
});

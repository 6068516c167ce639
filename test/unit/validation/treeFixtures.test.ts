import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { cliLintsConfigurations, cliTargets, compareFindings, readTreeSpec, treeFiles, type ExpectedFinding } from '../../conformance/trees';
import { Scratch } from './fakes';

/** The fixture trees of the multi-file conformance run (npm run conformance:trees) and its pure parts. */
describe('multi-file fixture trees (test/fixtures/trees)', () => {
  const root = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'trees');
  const names = fs.readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

  it('holds the trees the conformance run judges', () => {
    assert.deepStrictEqual(names, ['haproxy-confd', 'haproxy-numbered', 'nginx-debian', 'nginx-empty-glob', 'nginx-include-cycle', 'nginx-missing-include', 'nginx-sites-symlinks', 'nginx-sticky-oss']);
  });

  for (const name of names) {
    it(`${name}: tree.json names files of the tree, and every expected finding a line with a directive`, () => {
      const spec = readTreeSpec(path.join(root, name));
      const files = new Set(treeFiles(spec.dir));
      const loaded = spec.args.filter((_, i) => i % 2 === 1);
      for (const arg of loaded) assert.ok(fs.existsSync(path.join(spec.dir, arg)), `${name}: ${arg} does not exist`);
      assert.ok(spec.findings.length > 0, `${name}: no expected finding`);
      for (const f of spec.findings) {
        assert.match(f.ruleId, new RegExp(`^${spec.dialect}/[a-z-]+$`), `${name}: ${f.ruleId}`);
        assert.ok(files.has(f.file), `${name}: ${f.file} is not in the tree`);
        const line = fs.readFileSync(path.join(spec.dir, f.file), 'utf8').split('\n')[f.line - 1] ?? '';
        assert.match(line, /^\s*[a-z_-]+[\s;]/, `${name}: ${f.file}:${f.line} holds no directive: ${JSON.stringify(line)}`);
      }
    });
  }

  it('states the verdict of the trees the servers refuse, and accepted for the rest', () => {
    const verdicts = names.map((n) => [n, readTreeSpec(path.join(root, n)).verdict.before]);
    assert.deepStrictEqual(verdicts, [
      ['haproxy-confd', 'accepted'],
      ['haproxy-numbered', 'accepted'],
      ['nginx-debian', 'accepted'],
      ['nginx-empty-glob', 'accepted'],
      ['nginx-include-cycle', 'refused'],
      ['nginx-missing-include', 'refused'],
      ['nginx-sites-symlinks', 'accepted'],
      ['nginx-sticky-oss', 'refused'],
    ]);
  });

  describe('tree.json that cannot describe a load', () => {
    let scratch: Scratch;
    beforeEach(() => (scratch = new Scratch('trees')));
    afterEach(() => scratch.dispose());
    const cases: [string, unknown, RegExp][] = [
      ['an unknown dialect', { dialect: 'apache', args: ['-f', 'x'] }, /dialect must be nginx or haproxy/],
      ['an odd argument list', { dialect: 'haproxy', args: ['-f'] }, /args must be pairs/],
      ['nginx given -f', { dialect: 'nginx', args: ['-f', 'nginx.conf'] }, /nginx args are -c <path> pairs/],
      ['nginx given two entries', { dialect: 'nginx', args: ['-c', 'a.conf', '-c', 'b.conf'] }, /nginx loads one entry/],
      ['a verdict that is neither', { dialect: 'haproxy', args: ['-f', 'x'], verdict: { before: 'ok' } }, /verdicts are accepted or refused/],
    ];
    for (const [what, json, error] of cases) {
      it(what, () => {
        scratch.file('t/tree.json', JSON.stringify(json));
        assert.throws(() => readTreeSpec(path.join(scratch.dir, 't')), error);
      });
    }
  });

  describe('findings compared as multisets of rule, file and line', () => {
    const f = (ruleId: string, line: number, file = 'a.conf'): ExpectedFinding => ({ ruleId, file, line });
    const cases: [string, ExpectedFinding[], ExpectedFinding[], [number, number, number]][] = [
      ['all met', [f('nginx/ip-hash', 2)], [f('nginx/ip-hash', 2)], [1, 0, 0]],
      ['same rule on another line', [f('nginx/ip-hash', 2)], [f('nginx/ip-hash', 3)], [0, 1, 1]],
      ['same rule and line in another file', [f('nginx/ip-hash', 2)], [f('nginx/ip-hash', 2, 'b.conf')], [0, 1, 1]],
      ['one reported twice (an include read twice)', [f('nginx/ip-hash', 2)], [f('nginx/ip-hash', 2), f('nginx/ip-hash', 2)], [1, 0, 1]],
      ['nothing reported', [f('nginx/syntax', 7)], [], [0, 1, 0]],
    ];
    for (const [what, expected, actual, [met, missing, unexpected]] of cases) {
      it(what, () => {
        const c = compareFindings(expected, actual);
        assert.deepStrictEqual([c.met.length, c.missing.length, c.unexpected.length], [met, missing, unexpected]);
      });
    }
  });

  describe('how the CLI is called', () => {
    const cases: [string, string, boolean][] = [
      ['a help without -c and -f', 'options:\n  --fix    apply fixes\n  -h, --help    print this help\n', false],
      ['a help with -c only', '  -c FILE    an nginx configuration\n', false],
      ['a help with -c and -f', '  -c FILE    lint an nginx configuration\n  -f PATH    a haproxy -f argument\n', true],
      ['a help with -c, and -f as an alias', '  -c, --config FILE    nginx\n  -f, --file PATH    haproxy\n', true],
    ];
    for (const [what, help, configurations] of cases) {
      it(what, () => assert.strictEqual(cliLintsConfigurations(help), configurations));
    }
    it("passes the server's arguments when the CLI has them, else the tree's folder", () => {
      const spec = { args: ['-f', 'haproxy.cfg', '-f', 'conf.d'] };
      assert.deepStrictEqual([cliTargets(spec, true), cliTargets(spec, false)], [['-f', 'haproxy.cfg', '-f', 'conf.d'], ['.']]);
    });
  });
});

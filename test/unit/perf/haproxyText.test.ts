import * as assert from 'assert';
import { buildConfig, ConfigParser } from '../../../server/src/parsing/configParser';
import { GrammarLoader } from '../../../server/src/parsing/treeSitter';
import { snapshot } from './modelSnapshot';

const parser = new ConfigParser(new GrammarLoader());

/** Token edge cases of the HAProxy fast path (haproxyText.ts), each a clean tree. */
const CASES = [
  'option"x" y\n', 'backend"b" x\n', 'no x"y"\n', 'deny if%x y\n', 'a # c\rfoo\n', 'no # c\n', 'default\n', 'no if x\n',
  'x \\ y\n', '  \f\vglobal\r\n  a b', 'frontend f\n http-request deny if { hdr(x) "#" }  # c\n', 'no', 'x if',
  'global\n.if defined(X) # c\n  a\n.endif\n', '.if x #y\rz\n', 'a if b #y\rz\n', 'backend b #c\rx\n', 'x %[a("b c")] #d\n',
];

describe('haproxy fast model: token edge cases', () => {
  it(`gives the tree's model on ${CASES.length} edge cases`, async () => {
    for (const text of CASES) {
      const tree = await parser.parseTree('haproxy', text);
      try {
        assert.ok(!tree.rootNode.hasError, JSON.stringify(text));
        assert.deepStrictEqual(snapshot(buildConfig('haproxy', tree, text)), snapshot(buildConfig('haproxy', tree)), JSON.stringify(text));
      } finally {
        tree.delete();
      }
    }
  });
});

import * as assert from 'assert';
import type { Dialect } from '../../../server/src/model/common';
import { buildConfig, ConfigParser } from '../../../server/src/parsing/configParser';
import { GrammarLoader } from '../../../server/src/parsing/treeSitter';
import { applyEdit, prng, randomEdit, sampleTexts, snapshot } from './modelSnapshot';

const parser = new ConfigParser(new GrammarLoader());

/**
 * The model read from the text of an error-free tree (the fast path) must equal the model read
 * from the tree itself, on every sample and after random edits of the samples.
 */
async function assertSameModel(dialect: Dialect, text: string, label: string): Promise<boolean> {
  const tree = await parser.parseTree(dialect, text);
  try {
    const fromTree = snapshot(buildConfig(dialect, tree));
    const fromText = snapshot(buildConfig(dialect, tree, text));
    assert.deepStrictEqual(fromText, fromTree, `${label}: the fast model differs from the tree's\n--- text ---\n${text.length < 2000 ? text : text.slice(0, 2000) + '...'}`);
    return !tree.rootNode.hasError;
  } finally {
    tree.delete();
  }
}

for (const dialect of ['nginx', 'haproxy'] as const) {
  describe(`${dialect} model from the text of an error-free tree`, function () {
    this.timeout(120000);
    const samples = sampleTexts(dialect);

    it(`equals the model from the tree on ${samples.length} sample configurations`, async () => {
      let clean = 0;
      for (const s of samples) if (await assertSameModel(dialect, s.text, s.name)) clean++;
      assert.ok(clean > samples.length / 3, `only ${clean} of ${samples.length} samples are clean: the fast path is barely tested`);
    });

    it('equals the model from the tree after random edits (seeded)', async () => {
      const rand = prng(dialect === 'nginx' ? 20261128 : 6);
      const small = samples.filter((s) => s.text.length < 20000);
      let checked = 0;
      let clean = 0;
      for (let round = 0; round < 40; round++) {
        const sample = small[Math.floor(rand() * small.length)];
        let text = sample.text;
        for (let step = 0; step < 12; step++) {
          text = applyEdit(text, randomEdit(text, rand));
          if (await assertSameModel(dialect, text, `${sample.name}, round ${round}, edit ${step}`)) clean++;
          checked++;
        }
      }
      assert.strictEqual(checked, 480);
      assert.ok(clean >= 60, `only ${clean} of the edited texts are clean: the fast path is barely tested`);
    });
  });
}

import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';

const SCRIPT = path.resolve(__dirname, '..', '..', 'helpers', 'retainedHeap.js');

/**
 * Typing in a big document must not keep old versions of its text alive: the model read after an
 * edit outlives that version of the text, and a token cut from it used to keep all of it (V8's
 * sliced strings). With 60 places edited in a 2 MB file that was over 100 MB more heap.
 */
describe('memory while typing in a big document', function () {
  this.timeout(120000);

  for (const dialect of ['nginx', 'haproxy']) {
    it(`${dialect}: the heap after 60 edited places stays within a few MB of the heap after opening`, () => {
      const out = execFileSync(process.execPath, ['--expose-gc', SCRIPT, dialect, '60'], { encoding: 'utf8' });
      const { before, after, chars, incremental } = JSON.parse(out) as { before: number; after: number; chars: number; incremental: number };
      assert.ok(incremental >= 100, `only ${incremental} of 120 updates were incremental`);
      // One retained version of the text is chars * 1-2 bytes: 60 of them would be ~100 MB or more.
      assert.ok(after - before < (chars / 1e6) * 4, `heap ${before.toFixed(1)} -> ${after.toFixed(1)} MB for a ${(chars / 1e6).toFixed(1)} MB text`);
    });
  }
});

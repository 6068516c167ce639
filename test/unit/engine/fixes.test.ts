import * as assert from 'assert';
import { applyEdits, combinedFixes, compatiblePreferredFixes, fixUntilStable, mergeFixes } from '../../../server/src/engine/fixes';
import type { Finding, Fix, TextEdit } from '../../../server/src/rules/types';

const edit = (start: number, end: number, newText: string): TextEdit => ({ start, end, newText });
const fix = (edits: TextEdit[], preferred = true, title = 't'): Fix => ({ title, edits, preferred });
const finding = (fixes: Fix[], ruleId = 'nginx/x', severity: Finding['severity'] = 'warning'): Finding => ({ ruleId, message: 'm', span: { start: 0, end: 0 }, severity, fixes });

describe('fixes', () => {
  describe('applyEdits', () => {
    it('applies edits given in any order against the original offsets', () => {
      assert.strictEqual(applyEdits('abcdef', [edit(4, 5, 'E'), edit(0, 1, 'A'), edit(2, 2, '+')]), 'Ab+cdEf');
    });
    it('touching edits are fine; an empty list changes nothing', () => {
      assert.strictEqual(applyEdits('abc', [edit(1, 2, 'X'), edit(2, 3, 'Y')]), 'aXY');
      assert.strictEqual(applyEdits('abc', []), 'abc');
    });
    it('two insertions at one offset are both applied', () => {
      assert.strictEqual(applyEdits('ab', [edit(1, 1, 'X'), edit(1, 1, 'Y')]), 'aXYb');
    });
    it('throws on overlapping edits', () => {
      assert.throws(() => applyEdits('abcdef', [edit(0, 3, 'x'), edit(2, 4, 'y')]), /overlapping edits at offset 2/);
    });
    it('handles an edit at the very end and CRLF text', () => {
      assert.strictEqual(applyEdits('a\r\nb', [edit(4, 4, '\r\nc')]), 'a\r\nb\r\nc');
    });
  });

  describe('compatiblePreferredFixes', () => {
    it('takes the preferred fix of each finding, in order', () => {
      const a = fix([edit(0, 1, 'A')]);
      const b = fix([edit(5, 6, 'B')]);
      assert.deepStrictEqual(compatiblePreferredFixes([finding([fix([edit(0, 1, 'no')], false), a]), finding([b])]), [a, b]);
    });
    it('skips findings without a preferred fix', () => {
      assert.deepStrictEqual(compatiblePreferredFixes([finding([fix([edit(0, 1, 'x')], false)]), finding([])]), []);
    });
    it('skips a fix overlapping one already taken, and an insertion at the same point', () => {
      const a = fix([edit(0, 4, 'A')]);
      const overlapping = fix([edit(3, 6, 'B')]);
      const c = fix([edit(10, 10, ' secure')]);
      const samePoint = fix([edit(10, 10, ' httponly')]);
      const d = fix([edit(4, 5, 'D')]);
      assert.deepStrictEqual(compatiblePreferredFixes([finding([a]), finding([overlapping]), finding([c]), finding([samePoint]), finding([d])]), [a, c, d]);
    });
    it('a fix with several edits is taken or skipped whole', () => {
      const a = fix([edit(0, 1, 'A')]);
      const both = fix([edit(2, 3, 'B'), edit(0, 1, 'C')]);
      assert.deepStrictEqual(compatiblePreferredFixes([finding([a]), finding([both])]), [a]);
    });
    it('honours the accept filter', () => {
      const a = fix([edit(0, 1, 'A')]);
      const b = fix([edit(2, 3, 'B')]);
      assert.deepStrictEqual(compatiblePreferredFixes([finding([a], 'nginx/a'), finding([b], 'nginx/b')], (f) => f.ruleId === 'nginx/b'), [b]);
    });
  });

  describe('fixUntilStable', () => {
    /** A toy linter: every "x" not followed by "!" wants a "!" after it, all at one point. */
    const lint = async (text: string): Promise<Finding[]> => {
      const out: Finding[] = [];
      for (let i = 0; i < text.length; i++) {
        if (text[i] === 'x' && text[i + 1] !== '!') out.push(finding([fix([edit(i + 1, i + 1, '!')])]));
      }
      return out;
    };
    it('converges over several passes when fixes collide', async () => {
      let calls = 0;
      const collide = async (text: string): Promise<Finding[]> => {
        calls++;
        const n = (text.match(/!/g) ?? []).length;
        return n >= 3 ? [] : [finding([fix([edit(1, 1, '!')])]), finding([fix([edit(1, 1, '!')])])];
      };
      const r = await fixUntilStable('ab', collide);
      assert.deepStrictEqual(r, { text: 'a!!!b', applied: 3, passes: 4 });
      assert.strictEqual(calls, 4);
    });
    it('applies non-colliding fixes in one pass', async () => {
      const r = await fixUntilStable('x x x', lint);
      assert.deepStrictEqual(r, { text: 'x! x! x!', applied: 3, passes: 2 });
    });
    it('stops after maxPasses even if the linter never settles', async () => {
      const never = async (): Promise<Finding[]> => [finding([fix([edit(0, 0, '.')])])];
      const r = await fixUntilStable('', never, undefined, 3);
      assert.deepStrictEqual(r, { text: '...', applied: 3, passes: 3 });
    });
    it('changes nothing when there is nothing to fix', async () => {
      assert.deepStrictEqual(await fixUntilStable('abc', lint), { text: 'abc', applied: 0, passes: 1 });
    });
  });

  describe('mergeFixes and combinedFixes', () => {
    const part = (edits: TextEdit[]): Fix => ({ title: 'own', edits, preferred: true, combinedTitle: 'all' });
    const at = (start: number, end: number, fixes: Fix[], ruleId: string): Finding => ({ ...finding(fixes, ruleId), span: { start, end } });

    it('joins insertions at one offset in order, each text once, and keeps other edits', () => {
      const merged = mergeFixes('all', [part([edit(3, 3, ' a')]), part([edit(3, 3, ' b'), edit(0, 1, 'X')]), part([edit(3, 3, ' a')])]);
      assert.deepStrictEqual(merged, { title: 'all', preferred: false, edits: [edit(0, 1, 'X'), edit(3, 3, ' a b')] });
      assert.strictEqual(applyEdits('abc', merged!.edits), 'Xbc a b');
    });
    it('gives up when two edits overlap', () => {
      assert.strictEqual(mergeFixes('all', [part([edit(0, 2, 'x')]), part([edit(1, 3, 'y')])]), null);
    });
    it('combines the fixes of two or more findings of one span and title, by rule id', () => {
      const a = at(0, 3, [part([edit(3, 3, ' a')])], 'x/b');
      const b = at(0, 3, [fix([edit(0, 3, 'other')], false), part([edit(3, 3, ' b')])], 'x/a');
      const alone = at(5, 6, [part([edit(6, 6, ' c')])], 'x/c');
      const plain = at(0, 3, [fix([edit(3, 3, ' d')])], 'x/d');
      const combined = combinedFixes([a, b, alone, plain]);
      assert.strictEqual(combined.length, 1);
      assert.deepStrictEqual(combined[0].findings, [b, a]);
      assert.deepStrictEqual(combined[0].fix.edits, [edit(3, 3, ' b a')]);
    });
  });
});

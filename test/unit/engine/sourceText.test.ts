import * as assert from 'assert';
import { SourceText } from '../../../server/src/text/sourceText';

describe('SourceText', () => {
  it('converts offsets and positions with LF', () => {
    const s = new SourceText('ab\ncd\n');
    assert.strictEqual(s.lineCount, 3);
    assert.deepStrictEqual(s.positionAt(0), { line: 0, character: 0 });
    assert.deepStrictEqual(s.positionAt(3), { line: 1, character: 0 });
    assert.deepStrictEqual(s.positionAt(6), { line: 2, character: 0 });
    assert.strictEqual(s.offsetAt({ line: 1, character: 1 }), 4);
    assert.strictEqual(s.eol, '\n');
  });

  it('with CRLF: line ends exclude the CR, and the file’s line end is CRLF', () => {
    const s = new SourceText('ab\r\ncd\r\n');
    assert.strictEqual(s.eol, '\r\n');
    assert.strictEqual(s.lineCount, 3);
    assert.strictEqual(s.lineEnd(0), 2);
    assert.strictEqual(s.lineText(0), 'ab');
    assert.strictEqual(s.lineText(1), 'cd');
    assert.deepStrictEqual(s.positionAt(4), { line: 1, character: 0 });
    assert.strictEqual(s.offsetAt({ line: 0, character: 99 }), 2, 'a column past the end clamps before the CR');
  });

  it('mixed line ends: the majority wins', () => {
    assert.strictEqual(new SourceText('a\r\nb\r\nc\n').eol, '\r\n');
    assert.strictEqual(new SourceText('a\nb\nc\r\n').eol, '\n');
    assert.strictEqual(new SourceText('no line end').eol, '\n');
  });

  it('counts UTF-16 code units, as LSP does: an astral character is two', () => {
    const s = new SourceText('# 🚀 x\nsecond');
    assert.strictEqual(s.text.indexOf('x'), 5);
    assert.deepStrictEqual(s.positionAt(5), { line: 0, character: 5 });
    assert.strictEqual(s.offsetAt({ line: 0, character: 5 }), 5);
    assert.deepStrictEqual(s.positionAt(s.text.indexOf('second')), { line: 1, character: 0 });
  });

  it('clamps offsets and lines out of range', () => {
    const s = new SourceText('ab\ncd');
    assert.deepStrictEqual(s.positionAt(-5), { line: 0, character: 0 });
    assert.deepStrictEqual(s.positionAt(99), { line: 1, character: 2 });
    assert.strictEqual(s.offsetAt({ line: 9, character: 0 }), 5);
    assert.strictEqual(s.lineEnd(1), 5);
  });

  it('indentation: of a line, and the file’s unit', () => {
    const s = new SourceText('http {\n\tupstream a {\n\t\tip_hash;\n\t}\n}\n');
    assert.strictEqual(s.indentAt(s.text.indexOf('ip_hash')), '\t\t');
    assert.strictEqual(s.indentUnit(), '\t');
    assert.strictEqual(new SourceText('a\n  b\n    c\n').indentUnit(), '  ');
    assert.strictEqual(new SourceText('a\n\n').indentUnit(), '    ', 'no indentation seen: four spaces');
  });

  it('slices a span', () => {
    assert.strictEqual(new SourceText('hello world').slice({ start: 6, end: 11 }), 'world');
  });
});

import * as fs from 'fs';
import * as path from 'path';
import type { Dialect } from '../../../server/src/model/common';
import type { HaproxyConfig, HaproxyDirective } from '../../../server/src/model/haproxy';
import type { NginxConfig, NginxDirective } from '../../../server/src/model/nginx';
import type { ParsedConfig } from '../../../server/src/engine/linter';

export const REPO = path.resolve(__dirname, '..', '..', '..', '..');

/**
 * A model as plain data (no cycles): every field of every object, and each object's links
 * (parent, section, defaults) as the span of what they point to, so that two models compare with
 * deepStrictEqual and a difference prints where it is.
 */
export function snapshot(config: ParsedConfig): unknown {
  if (config.dialect === 'nginx') return snapshotNginx(config);
  return snapshotHaproxy(config);
}

function nginxDirective(d: NginxDirective): unknown {
  return {
    name: d.name,
    nameSpan: d.nameSpan,
    args: d.args,
    span: d.span,
    bodySpan: d.bodySpan,
    parent: d.parent ? d.parent.span : null,
    protocol: d.protocol,
    protocolKnown: d.protocolKnown,
    children: d.children ? d.children.map(nginxDirective) : null,
  };
}

function snapshotNginx(config: NginxConfig): unknown {
  return { directives: config.directives.map(nginxDirective), comments: config.comments, syntaxProblems: config.syntaxProblems };
}

function haproxyDirective(d: HaproxyDirective): unknown {
  return { prefix: d.prefix, keyword: d.keyword, keywordSpan: d.keywordSpan, args: d.args, condition: d.condition, span: d.span, section: d.section ? d.section.keywordSpan : null };
}

function snapshotHaproxy(config: HaproxyConfig): unknown {
  return {
    sections: config.sections.map((s) => ({
      kind: s.kind,
      name: s.name,
      fromName: s.fromName,
      keywordSpan: s.keywordSpan,
      headerSpan: s.headerSpan,
      span: s.span,
      defaults: s.defaults ? s.defaults.keywordSpan : null,
      directives: s.directives.map(haproxyDirective),
    })),
    orphans: config.orphans.map(haproxyDirective),
    comments: config.comments,
    syntaxProblems: config.syntaxProblems,
  };
}

/** A deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Inputs of a grammar's own test corpus (tree-sitter's format). */
function corpusInputs(dialect: Dialect): string[] {
  const dir = path.join(REPO, 'grammars', `tree-sitter-${dialect}`, 'test', 'corpus');
  const inputs: string[] = [];
  for (const f of fs.readdirSync(dir).sort()) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const header = /^(={3,})[^\S\r\n]*\r?\n[\s\S]*?\r?\n\1[^\S\r\n]*\r?\n/gm;
    const starts: { index: number; end: number }[] = [];
    for (let m = header.exec(text); m; m = header.exec(text)) starts.push({ index: m.index, end: header.lastIndex });
    starts.forEach((h, i) => {
      const body = text.slice(h.end, i + 1 < starts.length ? starts[i + 1].index : text.length);
      const divider = /\r?\n-{3,}[^\S\r\n]*\r?\n/.exec(body);
      if (divider) inputs.push(body.slice(0, divider.index));
    });
  }
  return inputs;
}

function filesUnder(dir: string, test: (f: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(p, test));
    else if (test(entry.name)) out.push(p);
  }
  return out.sort();
}

/** Size past which a sample spans several steps of a stepped model build (HAProxy: 64 KB a step). */
const BIG_SAMPLE_CHARS = 400 * 1024;

/**
 * Real-looking configurations of a dialect: the grammar corpus, the examples, and a big error-free
 * file made of the examples (past several steps of a stepped build). With AFFINITY_LINT_CORPUS set
 * to a folder of real configurations (.ci/run sets it to the shared corpus for a second run of the
 * model tests), that folder's files of the dialect too; `npm test` never sets it, so it passes the
 * same in any clone.
 */
export function sampleTexts(dialect: Dialect): { name: string; text: string }[] {
  const inputs = corpusInputs(dialect);
  const samples = inputs.map((text, i) => ({ name: `corpus #${i}`, text }));
  // Bigger files from the same pieces: the whole corpus in one file, and the examples five times.
  samples.push({ name: 'corpus, all cases in one file', text: inputs.join('\n') });
  const ext = dialect === 'nginx' ? /\.(conf|nginx)$/ : /\.(cfg|haproxy)$/;
  const examples: string[] = [];
  for (const f of filesUnder(path.join(REPO, 'examples', dialect), (n) => ext.test(n))) {
    const text = fs.readFileSync(f, 'utf8');
    examples.push(text);
    samples.push({ name: f, text }, { name: `${f} five times`, text: Array(5).fill(text).join('\n') });
  }
  // Error-free (the grammar corpus has error cases), so that a stepped build really steps through it.
  const round = examples.join('\n');
  samples.push({ name: `the examples repeated past ${BIG_SAMPLE_CHARS} characters`, text: Array(Math.ceil(BIG_SAMPLE_CHARS / round.length) + 1).fill(round).join('\n') });
  const external = process.env.AFFINITY_LINT_CORPUS;
  if (external) {
    for (const f of filesUnder(path.resolve(external, dialect), () => true)) {
      const text = fs.readFileSync(f, 'utf8');
      if (!text.includes('\u0000')) samples.push({ name: f, text });
    }
  }
  return samples;
}

/** Characters that change structure (braces, quotes, line ends, comments, escapes) and plain ones. */
const EDIT_CHARS = ['{', '}', ';', '"', "'", '#', '\\', '$', ' ', '\n', '\r\n', '\t', 'a', 'x', '1', '_by_lua_block', 'if', ' if ', 'backend ', '%[', ']', '(', ')', 'é', '😀'];

export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A random small edit of `text`: an insertion, a deletion or a replacement of a few characters. */
export function randomEdit(text: string, rand: () => number): TextEdit {
  const at = Math.floor(rand() * (text.length + 1));
  const kind = rand();
  const insert = kind < 0.75 ? EDIT_CHARS[Math.floor(rand() * EDIT_CHARS.length)] : '';
  const remove = kind < 0.5 ? 0 : Math.min(text.length - at, 1 + Math.floor(rand() * 3));
  return { start: at, end: at + remove, text: insert };
}

export function applyEdit(text: string, e: TextEdit): string {
  return text.slice(0, e.start) + e.text + text.slice(e.end);
}

/**
 * Content classification against the corpus: every file of nginx/ and haproxy/ is classified with
 * its name hidden (content only) and must come out as its folder's dialect; no file of the folders
 * that hold other things (app/, k8s/, traefik/, terraform/, cloudformation/) may come out as NGINX
 * or HAProxy. templated/ (configs with Jinja/Go/ERB markers) is listed for information only. Prints
 * right/total per folder and every miss; fails on a miss that is not in classify-exceptions.tsv, and
 * on a listed exception that has become right (so the list stays true).
 *
 * usage: npm run conformance:classify -- <corpus-dir>    (the corpus is read in place, never copied)
 */
import * as fs from 'fs';
import * as path from 'path';
import { classifyContent, type ContentVerdict } from '../../server/src/engine/dialect';
import type { Dialect } from '../../server/src/model/common';
import { ConfigParser } from '../../server/src/parsing/configParser';
import { GrammarLoader } from '../../server/src/parsing/treeSitter';
import { readKnownList } from './knownList';

/** What each corpus folder must classify as: a dialect, or not a configuration at all. */
const EXPECTED: Record<string, Dialect | 'not-config' | 'informational'> = {
  nginx: 'nginx',
  haproxy: 'haproxy',
  app: 'not-config',
  k8s: 'not-config',
  traefik: 'not-config',
  terraform: 'not-config',
  cloudformation: 'not-config',
  templated: 'informational',
};

function describe(v: ContentVerdict): string {
  return v.kind === 'config' ? v.dialect : v.kind;
}

function isRight(expected: Dialect | 'not-config', v: ContentVerdict): boolean {
  return expected === 'not-config' ? v.kind !== 'config' : v.kind === 'config' && v.dialect === expected;
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : e.isFile() ? [path.join(dir, e.name)] : []));
}

async function main(): Promise<number> {
  const corpus = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!corpus || !fs.existsSync(path.join(corpus, 'nginx'))) {
    process.stderr.write('usage: npm run conformance:classify -- <corpus-dir containing nginx/ and haproxy/>\n');
    return 2;
  }
  const parser = new ConfigParser(new GrammarLoader());
  const exceptions = readKnownList('classify-exceptions.tsv');
  const unexpected: string[] = [];
  const stale: string[] = [];
  const started = Date.now();
  process.stdout.write('folder           right/total  misses\n');
  for (const [folder, expected] of Object.entries(EXPECTED)) {
    const dir = path.join(corpus, folder);
    if (!fs.existsSync(dir)) continue;
    const files = filesUnder(dir).filter((f) => !f.endsWith('.tsv') && !f.endsWith('.md'));
    const misses: string[] = [];
    const tally = new Map<string, number>();
    let right = 0;
    for (const file of files) {
      const rel = path.relative(corpus, file).split(path.sep).join('/');
      // Only the bytes go in: the name (which would decide for nginx.conf, haproxy.cfg) stays hidden.
      const verdict = await classifyContent(parser, fs.readFileSync(file).toString('latin1'));
      tally.set(describe(verdict), (tally.get(describe(verdict)) ?? 0) + 1);
      if (expected === 'informational') continue;
      if (isRight(expected, verdict)) {
        right++;
        if (exceptions.has(rel)) stale.push(`${rel}: listed as an exception but now classified right`);
      } else {
        misses.push(`  ${rel}: ${describe(verdict)}${exceptions.has(rel) ? ` (known: ${exceptions.get(rel)})` : ''}`);
        if (!exceptions.has(rel)) unexpected.push(rel);
      }
    }
    const counts = [...tally].map(([k, n]) => `${k} ${n}`).join(', ');
    const score = expected === 'informational' ? `(${counts})` : `${right}/${files.length}`;
    process.stdout.write(`${folder.padEnd(16)} ${score.padEnd(12)} ${expected === 'informational' ? '' : misses.length}\n`);
    for (const m of misses) process.stdout.write(m + '\n');
  }
  process.stdout.write(`${Date.now() - started} ms\n`);
  for (const s of stale) process.stdout.write(`stale exception: ${s}\n`);
  if (unexpected.length || stale.length) {
    process.stdout.write(`FAIL: ${unexpected.length} unexpected misclassification(s), ${stale.length} stale exception(s)\n`);
    return 1;
  }
  process.stdout.write('ok\n');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  },
);

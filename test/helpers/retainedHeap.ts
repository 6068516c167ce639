/**
 * Run with `node --expose-gc`: opens a big NGINX or HAProxy document in a DocumentStore, types and
 * deletes a letter at many different places, and prints the heap in use (after a full garbage
 * collection) before and after, as JSON. test/unit/perf/memory.test.ts reads it.
 */
import { DocumentStore } from '../../server/src/features/documentStore';
import type { Dialect } from '../../server/src/model/common';
import { ConfigParser } from '../../server/src/parsing/configParser';
import { GrammarLoader } from '../../server/src/parsing/treeSitter';
import { SourceText } from '../../server/src/text/sourceText';

declare const gc: () => void;

function heapMb(): number {
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

async function main(): Promise<void> {
  const dialect = process.argv[2] as Dialect;
  const edits = Number(process.argv[3]);
  const unit =
    dialect === 'nginx'
      ? (i: number) => `    upstream backend_pool_number_${i} {\n        ip_hash;\n        server 10.0.${i % 250}.1:8080 max_fails=3 fail_timeout=10s;\n    }\n`
      : (i: number) => `backend backend_pool_number_${i}\n    balance roundrobin\n    server s1 10.0.${i % 250}.1:8080 check inter 5s cookie server_cookie_value_${i}\n\n`;
  const parts: string[] = dialect === 'nginx' ? ['http {\n'] : ['defaults\n    mode http\n\n'];
  for (let i = 0; i < 20000; i++) parts.push(unit(i));
  if (dialect === 'nginx') parts.push('}\n');
  let text = parts.join('');
  const store = new DocumentStore(new ConfigParser(new GrammarLoader()));
  const uri = `file:///retained.${dialect}`;
  const doc = store.open(uri, dialect, 1, text)!;
  await store.refresh(doc);
  const before = heapMb();
  let version = 1;
  for (let k = 0; k < edits; k++) {
    // A letter typed into a long token of a body line and deleted again, each time somewhere else.
    const token = dialect === 'nginx' ? 'fail_timeout=10s' : 'server_cookie_value_';
    const at = text.indexOf(token, Math.floor((text.length * k) / edits)) + 5;
    for (const change of [{ start: at, end: at, insert: 'x' }, { start: at, end: at + 1, insert: '' }]) {
      const source = new SourceText(text);
      store.change(uri, ++version, [{ range: { start: source.positionAt(change.start), end: source.positionAt(change.end) }, text: change.insert }]);
      text = text.slice(0, change.start) + change.insert + text.slice(change.end);
      await store.refresh(doc);
    }
  }
  const after = heapMb();
  process.stdout.write(JSON.stringify({ before, after, chars: text.length, incremental: store.stats.incrementalModels }));
}

void main();

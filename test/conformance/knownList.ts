import * as fs from 'fs';
import * as path from 'path';

/**
 * A list of corpus files kept in test/conformance/ as `file<TAB>reason` lines (`#` starts a
 * comment line): the files a conformance check knows it gets "wrong", each with why.
 */
export function readKnownList(name: string): Map<string, string> {
  const file = path.resolve(__dirname, '..', '..', '..', 'test', 'conformance', name);
  const known = new Map<string, string>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [entry, reason] = line.split('\t');
    known.set(entry, reason ?? '');
  }
  return known;
}

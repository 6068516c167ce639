import * as assert from 'assert';
import { guessTextKind } from '../../../server/src/cli/textKind';

describe('what a file that is not a configuration reads as (the hint in the not-linted line)', () => {
  it('from the extension, then from the content', () => {
    const cases: [string, string, string | null][] = [
      ['app.js', 'const app = express();\n', 'JavaScript'],
      ['server.mjs', "import x from 'y';\n", 'JavaScript'],
      ['main.ts', 'export class A {}\n', 'TypeScript'],
      ['package.json', '{"name": "x"}\n', 'JSON'],
      ['deploy/ingress.yml', 'apiVersion: v1\n', 'YAML'],
      ['README.md', '# Title\n', 'Markdown'],
      ['start.sh', 'set -e\n', 'a shell script'],
      ['Dockerfile', 'FROM nginx\n', 'a Dockerfile'],
      ['Dockerfile.prod', 'FROM nginx\n', 'a Dockerfile'],
      ['nginx.service', '[Unit]\n', 'a systemd unit'],
      ['entrypoint', '#!/usr/bin/env bash\nexec nginx\n', 'a shell script'],
      ['run', '#!/usr/bin/python3\nprint(1)\n', 'Python'],
      ['data.conf', '{\n  "a": [1, 2]\n}\n', 'JSON'],
      ['unit.conf', '[Unit]\nDescription=x\n\n[Service]\nExecStart=/bin/true\n', 'a systemd unit'],
      ['values.conf', '---\nreplicas: 2\n', 'YAML'],
      ['app.conf', '[program:app]\ncommand=/usr/bin/node app.js\n', 'INI'],
      ['blob.conf', 'ELF\0\0\x01', 'binary data'],
      ['notes.txt', 'hello\n', null],
    ];
    for (const [file, text, want] of cases) assert.strictEqual(guessTextKind(file, text), want, file);
  });
});

#!/usr/bin/env node
'use strict';
// The command line entry: the engine itself is bundled in dist/cli.js (npm run build).
const { runCli } = require('../dist/cli.js');

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`affinity-lint: internal error: ${(error && error.stack) || error}\n`);
    process.exitCode = 2;
  },
);

#!/usr/bin/env node
// Runs the compiled, bundled CLI (`npm run build` makes dist/) through V8's code cache; see
// src/cli/start.ts. No TypeScript loader at run time.
import { start } from '../dist/src/cli/start.js';

start(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});

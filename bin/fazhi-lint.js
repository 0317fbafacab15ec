#!/usr/bin/env node
// Runs the compiled CLI; `npm run build` produces dist/. No TypeScript loader at run time.
import { main } from '../dist/src/cli/main.js';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});

// What the bundled CLI (dist/bundle/cli.cjs, built by scripts/bundle.ts) exports to start.ts.
export { main } from './main.js';
export { setImporter } from '../import-module.js';

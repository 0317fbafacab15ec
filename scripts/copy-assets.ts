// Build step after tsc: copies the web page's static files (HTML, CSS, JS), which tsc does not
// emit, next to the compiled server: src/serve/page → dist/src/serve/page.
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../../src/serve/page/', import.meta.url));
const to = fileURLToPath(new URL('../src/serve/page/', import.meta.url));
cpSync(from, to, { recursive: true });

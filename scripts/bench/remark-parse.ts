// Bench step (b): read, decode and remark-parse every report in a folder — the floor for any
// linter built on mdast. Its own process (node dist/scripts/bench/remark-parse.js <dir>).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { decode } from '../../src/read/decode.js';

const dir = process.argv[2]!;
const processor = unified().use(remarkParse);
let blocks = 0;
for (const name of (await readdir(dir)).sort()) {
  blocks += processor.parse(decode(await readFile(path.join(dir, name))).text).children.length;
}
process.stdout.write(`${blocks}\n`);

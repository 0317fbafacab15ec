// Bench step (a): read and decode every report in a folder, nothing else — the I/O floor.
// Run as its own process (node dist/scripts/bench/read-files.js <dir>) so start-up counts.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { decode } from '../../src/read/decode.js';

const dir = process.argv[2]!;
let characters = 0;
for (const name of (await readdir(dir)).sort()) {
  characters += decode(await readFile(path.join(dir, name))).text.length;
}
// Printing the total keeps the work observable.
process.stdout.write(`${characters}\n`);

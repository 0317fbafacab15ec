// Bench scaling probe: lints one (large) file in-process several times and prints the median
// CPU times as JSON, start-up excluded, so time per MB can be compared across sizes. CPU time,
// not wall time: on a shared CI machine it is what other jobs disturb least.
// node dist/scripts/bench/scale-probe.js <file> <runs>
import { readFile } from 'node:fs/promises';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { resolveConfigFor } from '../../src/config/resolve.js';
import { formatOf, lintFile } from '../../src/engine/lint-file.js';
import { parseSource } from '../../src/engine/lint.js';
import { decode } from '../../src/read/decode.js';
import { median } from './stats.js';

const [file, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 3);
const config = await resolveConfigFor(file!, { noLookup: true });
const text = decode(await readFile(file!)).text;
const processor = unified().use(remarkParse);

async function timed(work: () => unknown): Promise<number> {
  const times: number[] = [];
  await work(); // warm-up: the JIT and lazy imports are not what scaling is about
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    await work();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return median(times);
}

const lintMs = await timed(() => lintFile(file!, { rules: config.rules, settings: config.settings, locale: config.locale }));
const readerMs = await timed(() => parseSource(text, formatOf(file!)));
const remarkMs = await timed(() => processor.parse(text));
process.stdout.write(JSON.stringify({ lintMs, readerMs, remarkMs }) + '\n');

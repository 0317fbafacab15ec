// Prints the top self-time functions (and files) of a V8 .cpuprofile, as written by
// `node --cpu-prof`: the first place to look when a bench target is missed.
// node dist/scripts/bench/cpuprofile-top.js <file.cpuprofile> [count]
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, countArg] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file!, 'utf8')) as Profile;
const limit = Number(countArg ?? 25);
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfByFunction = new Map<string, number>();
const selfByFile = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const delta = profile.timeDeltas[i] ?? 0;
  const frame = byId.get(id)!.callFrame;
  const where = frame.url.replace(/^file:\/\//, '').replace(/.*node_modules\//, '~/') || '(native)';
  const key = `${frame.functionName || '(anonymous)'}  ${where}:${frame.lineNumber + 1}`;
  selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + delta);
  selfByFile.set(where, (selfByFile.get(where) ?? 0) + delta);
  total += delta;
});
const show = (title: string, table: Map<string, number>) => {
  process.stdout.write(`${title} (total ${(total / 1000).toFixed(0)} ms)\n`);
  for (const [key, micros] of [...table].sort((a, b) => b[1] - a[1]).slice(0, limit)) {
    process.stdout.write(`${(micros / 1000).toFixed(1).padStart(9)} ms ${((micros / total) * 100).toFixed(1).padStart(5)}%  ${key}\n`);
  }
};
show('self time by function', selfByFunction);
show('\nself time by file', selfByFile);

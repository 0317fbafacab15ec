// Runs the CLI in this process, as bin/fazhi-lint.js does, then prints the run's CPU time and
// peak memory on stderr's last line (what a test compares between inputs: never wall-clock time).
import { start } from '../../dist/src/cli/start.js';

const code = await start(process.argv.slice(2));
const usage = process.resourceUsage();
process.stderr.write(`\n@measure ${JSON.stringify({ code, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKb: usage.maxRSS })}\n`);
process.exitCode = code;

// The examples of docs/extend/ are tests: a fenced block whose info string names a file
// (```js file=plugins/wording.mjs) is that file; each ```sh block runs in a fresh folder holding
// every file shown above it, and the ```text block after it is what its commands print. So a
// plugin written from the docs loads and runs as the docs say, and the docs cannot drift.
// (A ```shell block is shown, not run: the plugin package's npm steps, which
// tests/api/packed-plugin.test.ts runs.)
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

/** Where the docs say their commands run: the temp folder's path is shown as this. */
const SHOWN_FOLDER = '/srv/reports';

interface Block {
  info: string;
  text: string;
}

function blocks(markdown: string): Block[] {
  const found: Block[] = [];
  const fence = /^```([^\n]*)\n([\s\S]*?)^```$/gm;
  for (let match = fence.exec(markdown); match; match = fence.exec(markdown)) found.push({ info: match[1]!.trim(), text: match[2]! });
  return found;
}

/** A command's words: spaces separate, single quotes group. */
function words(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

/** Runs one line of a ```sh block in `dir`: `npx fazhi-lint …` (with 2>&1: stderr too) or `cat FILE`. */
function run(line: string, dir: string): string {
  const [command, ...args] = words(line);
  if (command === 'cat') return readFileSync(path.join(dir, args[0]!), 'utf8');
  expect([command, args[0]], line).toEqual(['npx', 'fazhi-lint']);
  const both = args.at(-1) === '2>&1';
  const result = runCli(args.slice(1, both ? -1 : undefined), { cwd: dir });
  return (result.stdout + (both ? result.stderr : '')).split(dir).join(SHOWN_FOLDER);
}

/** Each command block of a page with the files it runs on and the output shown after it. */
function examples(page: string): Array<{ commands: string[]; files: Map<string, string>; shown: string }> {
  const files = new Map<string, string>();
  const found: Array<{ commands: string[]; files: Map<string, string>; shown: string }> = [];
  const list = blocks(readFileSync(path.join(ROOT, page), 'utf8'));
  list.forEach((block, i) => {
    const file = /(?:^|\s)file=(\S+)/.exec(block.info)?.[1];
    if (file) files.set(file, block.text);
    if (block.info !== 'sh') return;
    const output = list[i + 1];
    expect(output?.info, `the output of the commands of block ${i} of ${page}`).toBe('text');
    found.push({ commands: block.text.trim().split('\n'), files: new Map(files), shown: output!.text });
  });
  return found;
}

function folder(files: Map<string, string>): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'fazhi-extend-')));
  // A package.json ends the config search here; "type": "module" is the plugin's to say (.mjs).
  writeFileSync(path.join(dir, 'package.json'), '{"name": "reports", "private": true}\n');
  for (const [name, text] of files) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

for (const page of ['docs/extend/rules.md', 'docs/extend/plugins.md']) {
  describe(page, () => {
    const list = examples(page);
    it('has examples to run', () => expect(list.length).toBeGreaterThan(0));
    list.forEach(({ commands, files, shown }) => {
      it(commands.join(' && '), () => {
        const dir = folder(files);
        expect(commands.map((line) => run(line, dir)).join('')).toBe(shown);
      });
    });
  });
}

// Every relative link in README.md and docs/**/*.md points to a file or folder that exists, and
// every #anchor to a heading of its page, named as GitHub names it; every repository path a page
// names in code (`src/read/zip.ts`) exists. The dependency lists of
// docs/contribute/development.md name exactly the packages of package.json.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...markdownFiles(full));
    else if (entry.name.endsWith('.md')) out.push(full);
  }
  return out;
}

/** The page's lines outside fenced code blocks (``` or ~~~, closed by a fence as long or longer). */
export function proseLines(markdown: string): string[] {
  const lines: string[] = [];
  let fence: { char: string; length: number } | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (marker && marker[1]![0] === fence.char && marker[1]!.length >= fence.length && line.trim() === marker[1]) fence = null;
      continue;
    }
    if (marker) {
      fence = { char: marker[1]![0]!, length: marker[1]!.length };
      continue;
    }
    lines.push(line);
  }
  return lines;
}

/** A heading's anchor as GitHub makes it (github-slugger): lower case, punctuation and symbols dropped, spaces to "-". */
export function slug(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // a link's text
    .replace(/`([^`]*)`/g, '$1') // code spans keep their text
    .replace(/(\*\*|__|\*)/g, ''); // emphasis marks
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of a page's headings, repeated ones numbered as GitHub numbers them ("-1", "-2"). */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of proseLines(markdown)) {
    const heading = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+\s*)?$/.exec(line);
    if (!heading) continue;
    const base = slug(heading[1]!);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** Inline links and images, `[text](target)` / `![alt](target)`, outside code. */
export function linksOf(markdown: string): string[] {
  const targets: string[] = [];
  for (const line of proseLines(markdown)) {
    const prose = line.replace(/(`+)[^`]*?\1/g, ''); // code spans are not links
    for (const match of prose.matchAll(/!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(match[1]!);
  }
  return targets;
}

/** What is wrong with a link from `file`, or null when it resolves. */
export function brokenLink(file: string, target: string, root = ROOT): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return null; // https:, mailto: …
  const [rawPath = '', anchor] = target.split('#', 2) as [string, string | undefined];
  const targetPath = decodeURIComponent(rawPath);
  const resolved = targetPath === '' ? file : path.resolve(path.dirname(file), targetPath);
  const relative = path.relative(root, resolved).split(path.sep).join('/');
  if (relative.startsWith('..')) return `${target}: outside the repository`;
  if (!existsSync(resolved)) return `${target}: no such file (${relative})`;
  if (anchor === undefined) return null;
  if (statSync(resolved).isDirectory() || !resolved.endsWith('.md')) return `${target}: an anchor into a page that is not Markdown`;
  const anchors = anchorsOf(readFileSync(resolved, 'utf8'));
  return anchors.has(decodeURIComponent(anchor)) ? null : `${target}: no heading "#${anchor}" in ${relative}`;
}

const pages = [path.join(ROOT, 'README.md'), ...markdownFiles(path.join(ROOT, 'docs'))];

describe('links in README.md and docs/ resolve', () => {
  for (const page of pages) {
    it(path.relative(ROOT, page), () => {
      const broken = linksOf(readFileSync(page, 'utf8'))
        .map((target) => brokenLink(page, target))
        .filter((problem) => problem !== null);
      expect(broken).toEqual([]);
    });
  }
});

/** Files a page names on purpose while they do not exist. */
const ABSENT_ON_PURPOSE = new Set([
  'fixtures/eval-baseline.json', // the known misses of `npm run eval --check`, absent while there are none
]);

/** Repository paths a page names in code spans (`src/read/zip.ts`, `tests/format/`), patterns left out. */
export function pathsOf(markdown: string): string[] {
  const paths: string[] = [];
  for (const line of proseLines(markdown)) {
    for (const span of line.matchAll(/`([^`\s]+)`/g)) {
      const name = span[1]!;
      if (/^(?:src|tests|scripts|rules|fixtures|bin|docs|\.ci)\//.test(name) && !/[<>*…{}]/.test(name)) paths.push(name);
    }
  }
  return paths;
}

describe('repository paths named in README.md and docs/ exist', () => {
  for (const page of pages) {
    it(path.relative(ROOT, page), () => {
      const missing = pathsOf(readFileSync(page, 'utf8')).filter((name) => !ABSENT_ON_PURPOSE.has(name) && !existsSync(path.join(ROOT, name)));
      expect(missing).toEqual([]);
    });
  }
});

describe('the link check itself', () => {
  const readme = path.join(ROOT, 'README.md');

  it('names headings as GitHub does', () => {
    expect(slug("The reviewer's matrix")).toBe('the-reviewers-matrix');
    expect(slug('`--fix` writes only what it fixed, only where you could')).toBe('--fix-writes-only-what-it-fixed-only-where-you-could');
    expect(slug('The web page (fazhi-lint serve)')).toBe('the-web-page-fazhi-lint-serve');
    expect(slug('禁用注释')).toBe('禁用注释');
    expect(slug('通过的例子 / Passing examples')).toBe('通过的例子--passing-examples');
    expect([...anchorsOf('# A\n\n```\n# not a heading\n```\n\n## A\n## b ##\n')]).toEqual(['a', 'a-1', 'b']);
  });

  it('reports a missing file, a missing heading and a link out of the repository', () => {
    expect(brokenLink(readme, 'docs/use/no-such-page.md')).toMatch(/no such file/);
    expect(brokenLink(readme, 'docs/use/command-line.md#no-such-heading')).toMatch(/no heading/);
    expect(brokenLink(readme, '#no-such-heading')).toMatch(/no heading/);
    expect(brokenLink(readme, '../elsewhere.md')).toMatch(/outside/);
  });

  it('accepts what exists', () => {
    expect(brokenLink(readme, 'docs/use/command-line.md#exit-codes')).toBeNull();
    expect(brokenLink(readme, 'docs/rules/')).toBeNull();
    expect(brokenLink(readme, 'https://example.org/x#y')).toBeNull();
    expect(brokenLink(readme, '#test')).toBeNull();
  });

  it('finds repository paths in code spans, not patterns', () => {
    expect(pathsOf('`src/read/zip.ts` and `docs/rules/<id>.md`, `rules/*.examples.ts`, `npm test`')).toEqual(['src/read/zip.ts']);
  });

  it('finds links outside code only', () => {
    expect(linksOf('[a](x.md) `[b](y.md)` ![c](z.png "t")\n```\n[d](w.md)\n```\n')).toEqual(['x.md', 'z.png']);
  });
});

describe('docs/contribute/development.md lists the dependencies of package.json', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
  const page = readFileSync(path.join(ROOT, 'docs/contribute/development.md'), 'utf8');
  const section = page.slice(page.indexOf('## Dependencies'));

  /** The packages of the list after `heading` ("Run time (`dependencies`):"): each item starts "- `a`, `b`: why" (or "- `a`, `b`."). */
  function listed(heading: string): string[] {
    const start = section.indexOf(heading);
    expect(start, `development.md has "${heading}"`).toBeGreaterThan(-1);
    // The list: the lines after the heading up to the first that is neither blank, an item nor its continuation.
    const lines = section.slice(start + heading.length).split('\n').slice(1);
    const end = lines.findIndex((line) => line.trim() !== '' && !/^(- |\s)/.test(line));
    const list = (end === -1 ? lines : lines.slice(0, end)).join('\n');
    const names: string[] = [];
    for (const item of list.matchAll(/^- ((?:`[^`]+`(?:,\s+)?)+)[:.]/gm)) {
      for (const name of item[1]!.matchAll(/`([^`]+)`/g)) names.push(name[1]!);
    }
    return names;
  }

  it.each([
    ['dependencies', 'Run time (`dependencies`):'],
    ['devDependencies', 'Development (`devDependencies`):'],
  ])('%s: each explained, and no other', (key, heading) => {
    const declared = Object.keys(pkg[key] ?? {}).sort();
    expect([...new Set(listed(heading))].sort()).toEqual(declared);
  });
});

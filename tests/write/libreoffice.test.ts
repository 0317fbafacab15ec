// A real consumer opens the reviewed documents: LibreOffice (headless) converts each one to
// OpenDocument, and its comments (office:annotation) and tracked changes (text:changed-region)
// are counted there. .ci/run installs LibreOffice (Debian's libreoffice-writer-nogui); where it
// cannot be had, this test is skipped and says so. FAZHI_SOFFICE names another soffice.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { REVIEW_AUTHOR, reviewBytes, type Reviewed } from '../../src/write/review.js';
import { request } from '../read/lint-helpers.js';
import { changesBy, commentsOf } from './docx-inspect.js';
import { reviewFixtures } from './review-fixtures.js';

const SOFFICE = process.env.FAZHI_SOFFICE ?? '/usr/bin/soffice';
const available = existsSync(SOFFICE);
if (!available) {
  console.warn(`LibreOffice test skipped: no ${SOFFICE} (apt-get install libreoffice-writer-nogui, as .ci/run does; or set FAZHI_SOFFICE)`);
}

const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const DC = 'http://purl.org/dc/elements/1.1/';

type Node = { localName: string; namespaceURI: string | null; textContent: string | null; getElementsByTagNameNS(ns: string, name: string): ArrayLike<Node> };
const all = (node: Node, ns: string, name: string) => Array.from(node.getElementsByTagNameNS(ns, name));
const creator = (node: Node) => all(node, DC, 'creator')[0]?.textContent ?? '';

interface OpenDocumentCounts {
  annotations: number;
  ours: number;
  insertions: number;
  deletions: number;
}

function countsOf(odt: string): OpenDocumentCounts {
  const content = new DOMParser().parseFromString(strFromU8(unzipSync(readFileSync(odt))['content.xml']!), 'text/xml') as unknown as Node;
  const annotations = all(content, OFFICE, 'annotation');
  const regions = all(content, TEXT, 'changed-region');
  const byUs = (kind: string) => regions.filter((region) => all(region, TEXT, kind).length > 0 && creator(region) === 'fazhi-lint').length;
  return { annotations: annotations.length, ours: annotations.filter((a) => creator(a) === 'fazhi-lint').length, insertions: byUs('insertion'), deletions: byUs('deletion') };
}

describe.runIf(available)('LibreOffice opens every reviewed document', () => {
  it('with the comments and tracked changes written into it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fazhi-libreoffice-'));
    const reviewed = new Map<string, Reviewed & { docx: Uint8Array; existing: number }>();
    // Each fixture reviewed twice: comments only, and with fixes as tracked changes.
    for (const [name, bytes] of reviewFixtures()) {
      for (const fix of [false, true]) {
        const review = await reviewBytes(bytes, name, request({ fix }), { ...REVIEW_AUTHOR, date: new Date('2024-03-05T08:00:00Z') });
        const file = path.join(dir, name.replace(/\.docx$/, fix ? '.fixed.docx' : '.reviewed.docx'));
        writeFileSync(file, review.docx!);
        reviewed.set(file, { ...review, docx: review.docx!, existing: commentsOf(bytes).length });
      }
    }
    // Its own profile: another LibreOffice running on the machine is left alone.
    const run = spawnSync(
      SOFFICE,
      [`-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`, '--headless', '--convert-to', 'odt', '--outdir', dir, ...reviewed.keys()],
      { encoding: 'utf8', timeout: 300_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    let comments = 0;
    let changes = 0;
    for (const [file, review] of reviewed) {
      const odt = file.replace(/\.docx$/, '.odt');
      expect(existsSync(odt), `${path.basename(odt)} was written`).toBe(true);
      const counts = countsOf(odt);
      // Every comment, ours and those already there.
      expect(counts.ours, path.basename(file)).toBe(review.comments);
      expect(counts.annotations).toBe(review.comments + review.existing);
      // Every tracked change: an insertion for each inserted text; deletions, at most one per w:del.
      const written = changesBy(review.docx, 'fazhi-lint');
      expect(counts.insertions).toBe(written.insertions.length);
      expect(counts.deletions).toBeGreaterThanOrEqual(Math.min(1, written.deletions.length));
      expect(counts.deletions).toBeLessThanOrEqual(written.deletions.length);
      comments += counts.ours;
      changes += counts.insertions + counts.deletions;
    }
    console.info(`LibreOffice read ${reviewed.size} reviewed documents: ${comments} comments by fazhi-lint, ${changes} tracked changes`);
    expect(comments).toBeGreaterThan(0);
    expect(changes).toBeGreaterThan(0);
  }, 300_000);
});

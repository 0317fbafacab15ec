// Issue 15's targets, field by field, on real report openings (../shared/reports/web, read where
// they are and never copied here; skipped with a note when the folder is absent) and on the
// openings written blind in fixtures/openings. The eval (npm run eval) prints the same figures.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OUTLINE_TARGET, WEB_FIELDS, scoreWebOpenings, webOpeningsDir, type WebScore } from '../../scripts/web-openings.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const web = webOpeningsDir();
if (!web) console.warn('tests/outline/web-openings: ../shared/reports/web not found (set FAZHI_WEB_REPORTS); the real openings are not scored');

const SETS: Array<[string, string | null]> = [
  ['the real web openings', web],
  ['the openings written blind', path.join(ROOT, 'fixtures/openings')],
  ['the second set of openings written blind', path.join(ROOT, 'fixtures/openings2')],
  ['the third set of openings written blind', path.join(ROOT, 'fixtures/openings3')],
  ['the fourth set of openings written blind', path.join(ROOT, 'fixtures/openings4')],
  ['the fifth set of openings written blind', path.join(ROOT, 'fixtures/openings5')],
];

describe.each(SETS)('outline on %s', (_name, dir) => {
  let score: WebScore;
  it.skipIf(!dir)(`gets every field right at least ${OUTLINE_TARGET * 100}% of the time`, async () => {
    score = await scoreWebOpenings(dir!);
    for (const field of WEB_FIELDS) {
      const { pass, total } = score.fields[field];
      const wrong = score.cases.filter((c) => c.field === field && !c.pass).map((c) => `${c.key}: expected ${c.expected}, got ${c.actual}`);
      expect(pass / Math.max(total, 1), `${field}: ${pass}/${total}\n${wrong.join('\n')}`).toBeGreaterThanOrEqual(OUTLINE_TARGET);
    }
  });

  it.skipIf(!dir)('never finds a title in a text without one', async () => {
    score ??= await scoreWebOpenings(dir!);
    expect(score.cases.filter((c) => c.field === 'noTitle' && !c.pass)).toEqual([]);
  });
});

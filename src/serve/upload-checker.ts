// A `serve` checker process (upload-pool.ts): lints the uploads it is sent, or reviews them as
// Word documents, one at a time, through the Node API with the options `serve` was started with,
// so an upload gets the rule set the CLI would use for a file in that folder. Rules are code and
// cannot be sent between processes: each checker loads them itself, once per language asked for.
import { FazhiLint, type FazhiLintOptions } from '../api/fazhi-lint.js';
import type { Locale } from '../rule-api.js';
import { analyzeUpload, UploadError, type Linters } from './analyze.js';
import { reviewUpload } from './review.js';
import type { ToChecker, UploadReply } from './upload-pool.js';

let options: FazhiLintOptions | undefined;
const byLocale = new Map<Locale, Linters>();

/** The page asks per upload in which language to answer: one pair of linters per language. */
function lintersFor(locale: Locale): Linters {
  let linters = byLocale.get(locale);
  if (!linters) {
    linters = { lint: new FazhiLint({ ...options, locale }), fixing: new FazhiLint({ ...options, locale, fix: true }) };
    byLocale.set(locale, linters);
  }
  return linters;
}

process.on('message', async (message: ToChecker) => {
  if ('setup' in message) {
    options = message.setup.options;
    return;
  }
  const { id, kind, bytes, name, locale } = message;
  let reply: UploadReply;
  try {
    const linters = lintersFor(locale);
    reply = kind === 'annotate' ? { id, reviewed: await reviewUpload(bytes, name, linters.fixing) } : { id, report: await analyzeUpload(bytes, name, linters, locale) };
  } catch (error) {
    if (error instanceof UploadError) reply = { id, unreadable: error.message };
    else reply = { id, failed: error instanceof Error ? error.message : String(error) };
  }
  process.send!(reply);
});

// The server is gone: so is the reason to be.
process.on('disconnect', () => process.exit(0));

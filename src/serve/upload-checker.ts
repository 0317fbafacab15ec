// A `serve` checker process (upload-pool.ts): lints the uploads it is sent, or reviews them as
// Word documents, one at a time, with the rule set the CLI would use for a file in the folder
// where `serve` started. The config is
// resolved here, once: rules are code and cannot be sent between processes.
import { resolveConfigFor, type ResolvedConfig } from '../config/resolve.js';
import { analyzeUpload, UploadError } from './analyze.js';
import { reviewUpload } from './review.js';
import type { ToChecker, UploadReply } from './upload-pool.js';

let resolved: Promise<ResolvedConfig> | undefined;

process.on('message', async (message: ToChecker) => {
  if ('setup' in message) {
    resolved = resolveConfigFor(message.setup.anchor, message.setup.config);
    resolved.catch(() => undefined); // reported with the first upload
    return;
  }
  const { id, kind, bytes, name, locale } = message;
  let reply: UploadReply;
  try {
    const { rules, settings } = await resolved!;
    reply =
      kind === 'annotate'
        ? { id, reviewed: await reviewUpload(bytes, name, { rules, settings }, locale) }
        : { id, report: await analyzeUpload(bytes, name, { rules, settings }, locale) };
  } catch (error) {
    if (error instanceof UploadError) reply = { id, unreadable: error.message };
    else reply = { id, failed: error instanceof Error ? error.message : String(error) };
  }
  process.send!(reply);
});

// The server is gone: so is the reason to be.
process.on('disconnect', () => process.exit(0));

// SARIF 2.1.0 for code-scanning upload (github/codeql-action/upload-sarif): the rules with
// their descriptions and help, each finding with its place. Files that could not be read, and
// rules that crashed, are tool notifications rather than findings.
import path from 'node:path';
import type { Formatter, FormatterContext, LintMessage } from '../results.js';
import { uiText } from '../i18n/ui-text.js';
import { withBasis } from './basis.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A path relative to the checkout, as a URI reference: each segment percent-encoded (Chinese file names). */
function artifactUri(filePath: string, cwd: string): string {
  const relative = path.relative(cwd, filePath);
  // Outside the checkout there is no base to be relative to: give the absolute file URL.
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return new URL(`file://${path.resolve(filePath)}`).href;
  return relative.split(path.sep).map(encodeURIComponent).join('/');
}

function isAbsoluteUri(text: string | undefined): text is string {
  return text !== undefined && /^[a-z][a-z0-9+.-]*:/i.test(text);
}

function ruleDescriptor(id: string, context: FormatterContext) {
  const meta = context.rulesMeta[id]!;
  const { locale } = context;
  const basis = meta.basis ? uiText(locale, 'sarif.basis', { basis: meta.basis }) : undefined;
  const docs = meta.docsPath ? uiText(locale, 'sarif.docs', { docs: `${meta.docsPath} (fazhi-lint --explain ${id})` }) : undefined;
  const docsLink = meta.docsPath ? `[${meta.docsPath}](${isAbsoluteUri(meta.url) ? meta.url : meta.docsPath}) (\`fazhi-lint --explain ${id}\`)` : undefined;
  return {
    id,
    shortDescription: { text: meta.description },
    fullDescription: { text: [meta.description, basis].filter(Boolean).join('\n') },
    help: {
      text: [meta.description, basis, docs].filter(Boolean).join('\n'),
      markdown: [meta.description, basis, docsLink && uiText(locale, 'sarif.docs', { docs: docsLink })].filter(Boolean).join('\n\n'),
    },
    // helpUri must be an absolute URI; rules without a published page carry the path in `help`.
    ...(isAbsoluteUri(meta.url) ? { helpUri: meta.url } : {}),
    properties: {
      ...(meta.type ? { tags: [meta.type] } : {}),
      ...(meta.messages ? { messageIds: Object.keys(meta.messages) } : {}),
    },
  };
}

function region(m: LintMessage) {
  return {
    startLine: m.line,
    startColumn: m.column,
    ...(m.endLine !== undefined ? { endLine: m.endLine } : {}),
    ...(m.endColumn !== undefined ? { endColumn: m.endColumn } : {}),
  };
}

const sarif: Formatter = (results, context) => {
  const ruleIds = Object.keys(context.rulesMeta);
  // Rules outside the registry (a plugin formatter context) still get a descriptor.
  for (const r of results) for (const m of r.messages) if (m.ruleId && !m.fatal && !ruleIds.includes(m.ruleId)) ruleIds.push(m.ruleId);
  const rules = ruleIds.map((id) => (context.rulesMeta[id] ? ruleDescriptor(id, context) : { id }));

  const artifacts: Array<{ location: { uri: string; uriBaseId?: string } }> = [];
  const sarifResults: unknown[] = [];
  const notifications: unknown[] = [];
  for (const result of results) {
    const uri = artifactUri(result.filePath, context.cwd);
    const index = artifacts.length;
    artifacts.push({ location: { uri, ...(isAbsoluteUri(uri) ? {} : { uriBaseId: '%SRCROOT%' }) } });
    const artifactLocation = { ...artifacts[index]!.location, index };
    for (const m of result.messages) {
      const location = { physicalLocation: { artifactLocation, region: region(m) } };
      // A result needs a rule; a message from no rule (an ignored file named on the command line) is a notification too.
      if (m.fatal || m.ruleId === null) {
        notifications.push({
          level: m.fatal || m.severity === 2 ? 'error' : 'warning',
          message: { text: m.message },
          locations: [location],
          ...(m.ruleId ? { associatedRule: { id: m.ruleId, ...(ruleIds.includes(m.ruleId) ? { index: ruleIds.indexOf(m.ruleId) } : {}) } } : {}),
        });
        continue;
      }
      sarifResults.push({
        ruleId: m.ruleId,
        ruleIndex: ruleIds.indexOf(m.ruleId),
        level: m.severity === 2 ? 'error' : 'warning',
        message: { text: withBasis(m, context.locale) },
        locations: [location],
      });
    }
  }

  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'fazhi-lint',
            ...(context.toolVersion ? { version: context.toolVersion, semanticVersion: context.toolVersion } : {}),
            language: uiText(context.locale, 'sarif.language'),
            rules,
          },
        },
        artifacts,
        results: sarifResults,
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        // Our columns count UTF-16 code units, as JavaScript strings do.
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2);
};

export default sarif;

// GitHub Actions workflow commands, so findings appear as annotations on a pull request:
// ::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message
// Escaping as @actions/core's command.ts: data escapes % CR LF; properties also , and :.
import path from 'node:path';
import type { Formatter, FormatterContext, LintMessage } from '../results.js';
import { withBasis } from './basis.js';

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(file: string, m: LintMessage, locale: FormatterContext['locale']): string {
  const level = m.fatal || m.severity === 2 ? 'error' : 'warning';
  const properties: Array<[string, string | number | undefined]> = [
    ['file', file],
    ['line', m.line],
    ['col', m.column],
    ['endLine', m.endLine],
    ['endColumn', m.endColumn],
    ['title', m.ruleId ?? 'fazhi-lint'],
  ];
  const props = properties
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${level} ${props}::${escapeData(withBasis(m, locale))}`;
}

const github: Formatter = (results, context) =>
  results
    .flatMap((result) => {
      // GitHub resolves annotation paths against the repository root, with forward slashes.
      const file = (path.relative(context.cwd, result.filePath) || result.filePath).split(path.sep).join('/');
      return result.messages.map((m) => command(file, m, context.locale));
    })
    .join('\n');

export default github;

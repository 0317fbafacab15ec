// --fix, --fix-dry-run, --fix-type and --report-unused-disable-directives[-severity] → the
// FazhiLint options they stand for. A wrong combination is a usage error (exit 2), as in ESLint.
// The rules --fix-type names are checked once the configs are read (src/api/fix-types.ts): a
// plugin's rules count too.
import type { FazhiLintOptions } from '../api/fazhi-lint.js';

export interface FixFlags {
  fix?: boolean;
  'fix-dry-run'?: boolean;
  'fix-type'?: string[];
  'report-unused-disable-directives'?: boolean;
  'report-unused-disable-directives-severity'?: string;
}

const SEVERITY_NAMES: Record<string, 'off' | 'warn' | 'error'> = { off: 'off', warn: 'warn', error: 'error', '0': 'off', '1': 'warn', '2': 'error' };

export interface ParsedFixFlags extends Pick<FazhiLintOptions, 'fix' | 'fixTypes' | 'reportUnusedDisableDirectives'> {
  /** --fix (not --fix-dry-run): write the fixes to the files. */
  writeFixes: boolean;
}

export function parseFixFlags(flags: FixFlags): ParsedFixFlags {
  if (flags.fix && flags['fix-dry-run']) throw new RangeError('--fix and --fix-dry-run cannot be used together');
  const fix = flags.fix === true || flags['fix-dry-run'] === true;
  let fixTypes: string[] | undefined;
  if (flags['fix-type'] !== undefined) {
    if (!fix) throw new RangeError('--fix-type needs --fix or --fix-dry-run');
    // Unlike ESLint's problem types, --fix-type takes rule ids and our rule types.
    fixTypes = flags['fix-type'].flatMap((value) => value.split(',')).map((token) => token.trim()).filter(Boolean);
  }
  let reportUnusedDisableDirectives: ParsedFixFlags['reportUnusedDisableDirectives'];
  const severity = flags['report-unused-disable-directives-severity'];
  if (severity !== undefined) {
    if (!Object.hasOwn(SEVERITY_NAMES, severity)) throw new RangeError(`--report-unused-disable-directives-severity must be off, warn or error, got "${severity}"`);
    reportUnusedDisableDirectives = SEVERITY_NAMES[severity];
  } else if (flags['report-unused-disable-directives']) {
    reportUnusedDisableDirectives = 'warn';
  }
  return { fix, writeFixes: flags.fix === true, fixTypes, reportUnusedDisableDirectives };
}

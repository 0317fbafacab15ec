// A config mistake: which file, which key, what was expected. The CLI prints it as one line
// and exits 2; it never shows a stack trace.
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    message: string,
  ) {
    super(`${file}: ${key}: ${message}`);
    this.name = 'ConfigError';
  }
}

/** The first line of a thrown error, for messages that quote a parser's or loader's reason. */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').find((line) => line.trim() !== '')?.trim() ?? 'unknown error';
}

/** A value as an error message quotes it: `number 3`, `string "x"`, or only its kind for an object or array. */
export function describeValue(value: unknown): string {
  const kind = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  return kind === 'array' || kind === 'object' || kind === 'function' || kind === 'undefined' ? kind : `${kind} ${JSON.stringify(value)}`;
}

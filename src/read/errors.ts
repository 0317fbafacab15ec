// Why a file could not be read as a report. `code` names its message in the catalogue (read.<code>, src/i18n/ui-text.ts).
export type ReadErrorCode =
  | 'binary'
  | 'encoding'
  | 'empty'
  | 'too-large'
  | 'too-deep'
  | 'unsupported'
  // .docx problems (src/read/docx-package.ts)
  | 'not-zip'
  | 'encrypted'
  | 'old-word'
  | 'corrupt';

export class ReadError extends Error {
  constructor(
    public code: ReadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ReadError';
  }
}

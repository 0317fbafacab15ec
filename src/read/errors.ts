// Why a file could not be read as a report. The CLI turns `code` into a localized message.
export type ReadErrorCode =
  | 'binary'
  | 'encoding'
  | 'empty'
  | 'too-large'
  | 'too-deep'
  | 'unsupported'
  // .docx problems (src/read/docx-reader.ts)
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

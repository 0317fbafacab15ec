/** What an input without a file name (piped text, `lintText` without `filePath`) is called, as ESLint calls it. */
export const STDIN_NAME = '<text>';

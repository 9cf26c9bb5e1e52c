/**
 * A file name as the user typed it, safe to print: control characters (a terminal escape in a name) become
 * `?`. It is the user's own argument, never a value read from a file.
 */
export function shownFileName(file: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced.
  return file.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

/** Why a file could not be written, in words a user can act on (never the system's message, which may hold a path). */
export function unwritableReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'EISDIR':
      return 'the path is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'permission denied';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EEXIST':
      return 'the file already exists';
    default:
      return 'the system refused the write';
  }
}

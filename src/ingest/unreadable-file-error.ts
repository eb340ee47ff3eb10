/**
 * Thrown by a loader when a file cannot be indexed (broken, encrypted, no text). It is not an
 * {@link AppError}: `loadDocuments` catches it and lists the file as skipped with `reason`.
 */
export class UnreadableFileError extends Error {
  override readonly name = 'UnreadableFileError';
  /**
   * @param reason One line for the reindex summary, e.g. `encrypted PDF (password protected)`.
   */
  constructor(
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
  }
}

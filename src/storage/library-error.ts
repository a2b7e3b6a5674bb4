/**
 * One error type for everything the library refuses or fails to do, with a code the UI maps
 * to a localized message (libraryError_<code>) and a detail for logs and tests.
 */

export type LibraryErrorCode = "quota" | "not-found" | "invalid-backup" | "write-failed";

export class LibraryError extends Error {
  constructor(
    readonly code: LibraryErrorCode,
    detail: string,
  ) {
    super(detail);
    this.name = "LibraryError";
  }
}

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === "QuotaExceededError" || (typeof DOMException !== "undefined" && error instanceof DOMException && error.code === 22);
}

/** Maps whatever IndexedDB threw to a LibraryError (quota failures get their own code). */
export function toLibraryError(error: unknown): LibraryError {
  if (error instanceof LibraryError) return error;
  if (isQuotaError(error)) return new LibraryError("quota", "the browser refused the write: storage quota exceeded");
  return new LibraryError("write-failed", (error as Error | null)?.message ?? String(error));
}

/** Errors a store adapter raises; the GraphQL layer maps them to codes in one place. */
export class StoreUnavailableError extends Error {
  override readonly name = "StoreUnavailableError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export class StoreTimeoutError extends Error {
  override readonly name = "StoreTimeoutError";
}

export class InvalidGraphDocumentError extends Error {
  override readonly name = "InvalidGraphDocumentError";
}

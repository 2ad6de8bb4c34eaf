import { DomainError } from "../domain/domain-error";

/**
 * Errors a store adapter raises. Their messages may name the database's address, so clients are
 * told something plainer (publicMessage); the logs keep the message.
 */
export class StoreUnavailableError extends DomainError {
  override readonly name = "StoreUnavailableError";
  readonly code = "STORE_UNAVAILABLE";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }

  override get publicMessage() {
    return "The graph database is unavailable; try again shortly.";
  }
}

export class StoreTimeoutError extends DomainError {
  override readonly name = "StoreTimeoutError";
  readonly code = "STORE_TIMEOUT";

  override get publicMessage() {
    return "The query took longer than the database allows.";
  }
}

export class InvalidGraphDocumentError extends DomainError {
  override readonly name = "InvalidGraphDocumentError";
  readonly code = "INVALID_GRAPH_DOCUMENT";
}

import type { DomainErrorCode } from "./domain-error";
import { ErrorCode } from "./error-codes";

/** How one kind of error shows on each surface: GraphQL's code, an HTTP status, an exit status. */
export interface ErrorSurface {
  code: ErrorCode;
  httpStatus: number;
  /** 2 when the command was called wrongly (the shell's convention), 1 for any other failure. */
  exitStatus: 1 | 2;
}

/** The one table; a code added to DomainErrorCode fails to compile until it has a row here. */
export function surfaceOf(code: DomainErrorCode): ErrorSurface {
  switch (code) {
    case "CHARACTER_NOT_FOUND":
      return { code: ErrorCode.NOT_FOUND, httpStatus: 404, exitStatus: 1 };
    case "AMBIGUOUS_NAME":
    case "INVALID_ARGUMENT":
    case "EXTRACTION_REFUSED":
    case "INVALID_GRAPH_DOCUMENT":
      return { code: ErrorCode.BAD_USER_INPUT, httpStatus: 400, exitStatus: 1 };
    case "USAGE":
      return { code: ErrorCode.BAD_USER_INPUT, httpStatus: 400, exitStatus: 2 };
    case "UNAUTHENTICATED":
      return { code: ErrorCode.UNAUTHENTICATED, httpStatus: 401, exitStatus: 1 };
    case "STORE_UNAVAILABLE":
    case "METRICS_NOT_READY":
      return { code: ErrorCode.SERVICE_UNAVAILABLE, httpStatus: 503, exitStatus: 1 };
    case "STORE_TIMEOUT":
    case "ANALYSIS_CANCELLED":
      return { code: ErrorCode.TIMEOUT, httpStatus: 504, exitStatus: 1 };
    // Both stop start-up, so no client sees them; to a command, a bad variable is a bad call.
    case "CONFIG_INVALID":
      return { code: ErrorCode.BAD_USER_INPUT, httpStatus: 500, exitStatus: 2 };
    case "JOURNAL_CORRUPT":
      return { code: ErrorCode.INTERNAL_SERVER_ERROR, httpStatus: 500, exitStatus: 1 };
    default:
      return unhandled(code);
  }
}

function unhandled(code: never): never {
  throw new Error(`no surface for error code ${String(code)}`);
}

/** The codes a client can see in errors[].extensions.code. */
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  /** A request GraphQL cannot read as one (Apollo's own code for these, reused). */
  BAD_REQUEST = "BAD_REQUEST",
  NOT_FOUND = "NOT_FOUND",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE",
  TIMEOUT = "TIMEOUT",
  RATE_LIMITED = "RATE_LIMITED",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

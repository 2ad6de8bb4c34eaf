import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import type { ValidationError } from "class-validator";
import { DomainError } from "../domain/domain-error";
import { surfaceOf } from "../domain/error-surfaces";
import { ErrorCode } from "../domain/error-codes";

/**
 * Where errors become GraphQL errors: domain errors by the one table (domain/error-surfaces.ts),
 * plus what graphql-js, Apollo and type-graphql raise themselves. Errors we did not anticipate are
 * masked: their message may carry implementation details (driver URIs, file paths), so only
 * development sees it; everyone else gets "Unexpected error." and a request id for the logs.
 */
export function createFormatError(options: {
  development: boolean;
  /** Whether graphql-js's "Did you mean" hints about fields, types and enum values stay. */
  schemaHints: boolean;
}) {
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    const error = unwrapResolverError(raw);
    const known = describeKnownError(error);
    // Known errors suggest data (the nearest character names), never the schema.
    if (known) return { ...formatted, message: known.message, extensions: known.extensions };
    if (
      formatted.extensions?.code &&
      formatted.extensions.code !== ErrorCode.INTERNAL_SERVER_ERROR
    ) {
      return options.schemaHints ? formatted : withoutSchemaHints(formatted);
    }
    // Logged with its request id by src/http/error-log.plugin.ts.
    if (options.development) return formatted;
    return {
      message: "Unexpected error.",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/** 'Cannot query field "nme" on type "Character". Did you mean "name"?' without its hint. */
function withoutSchemaHints(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message = formatted.message.replace(/\s*Did you mean [^?]*\?/g, "");
  return message === formatted.message ? formatted : { ...formatted, message };
}

export interface Described {
  message: string;
  extensions: Record<string, unknown> & { code: ErrorCode };
}

/** The code and message a person sees for an error we anticipated; null for any other. */
export function describeKnownError(error: unknown): Described | null {
  if (error instanceof DomainError) {
    return {
      message: error.publicMessage,
      extensions: { code: surfaceOf(error.code).code, ...error.details },
    };
  }
  // graphql-js stops coercing variables after 50 problems with a bare GraphQLError (no code).
  if (
    error instanceof GraphQLError &&
    /^Too many errors processing variables/.test(error.message)
  ) {
    return { message: error.message, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  // Apollo's own refusals of what a client sent (a persisted query's hash that does not match
  // its text, an unknown persisted query version) carry an HTTP 4xx status but no code.
  if (error instanceof GraphQLError && !error.extensions.code && isClientStatus(error)) {
    return { message: error.message, extensions: { code: ErrorCode.BAD_REQUEST } };
  }
  if (error instanceof ArgumentValidationError) {
    const problems = flattenValidation(error.extensions.validationErrors as ValidationError[]);
    return {
      message: problems.join("; "),
      extensions: { code: ErrorCode.BAD_USER_INPUT, problems },
    };
  }
  return null;
}

function isClientStatus(error: GraphQLError): boolean {
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === "number" && status >= 400 && status < 500;
}

/** class-validator's nested errors as sentences: "maxHops must not be greater than 10". */
function flattenValidation(errors: ValidationError[], prefix = ""): string[] {
  return errors.flatMap((e) => [
    ...Object.values(e.constraints ?? {}).map((m) => (prefix ? `${prefix}.${m}` : m)),
    ...flattenValidation(e.children ?? [], prefix ? `${prefix}.${e.property}` : e.property),
  ]);
}

/** For plain HTTP routes (exports, embeds): the same codes as GraphQL, with an HTTP status. */
export function describeForHttp(error: unknown): { status: number; code: string; message: string } {
  if (error instanceof DomainError) {
    const surface = surfaceOf(error.code);
    return { status: surface.httpStatus, code: surface.code, message: error.publicMessage };
  }
  const known = describeKnownError(error);
  if (!known)
    return { status: 500, code: ErrorCode.INTERNAL_SERVER_ERROR, message: "Unexpected error." };
  return { status: 400, code: known.extensions.code, message: known.message };
}

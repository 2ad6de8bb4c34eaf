import { describe, expect, it } from "@jest/globals";
import { ExtractionError } from "../../../src/extract/extraction-error";
import { describeKnownError } from "../../../src/graphql/format-error";
import { AmbiguousNameError, CharacterNotFoundError } from "../../../src/services/service-errors";
import { StoreUnavailableError } from "../../../src/store/store-errors";
import { surfaceOf } from "../../../src/domain/error-surfaces";

describe("the one table of error surfaces", () => {
  it("gives GraphQL the table's code and the error's details", () => {
    expect(describeKnownError(new CharacterNotFoundError("Jessca", ["Jessica Jones"]))).toEqual({
      message: 'No character is called "Jessca". Did you mean "Jessica Jones"?',
      extensions: { code: "NOT_FOUND", suggestions: ["Jessica Jones"] },
    });
    const ambiguous = new AmbiguousNameError("Jones", [
      { id: "jessica-jones", name: "Jessica Jones" },
    ]);
    expect(describeKnownError(ambiguous)?.extensions).toEqual({
      code: surfaceOf("AMBIGUOUS_NAME").code,
      candidates: [{ id: "jessica-jones", name: "Jessica Jones" }],
    });
    expect(describeKnownError(new ExtractionError("BAD_DOCUMENT", "empty"))?.extensions).toEqual({
      code: "BAD_USER_INPUT",
      reason: "BAD_DOCUMENT",
    });
  });

  it("tells clients a plainer message than the one the logs keep", () => {
    const described = describeKnownError(new StoreUnavailableError("bolt://10.0.0.5:7687 refused"));
    expect(described?.message).not.toContain("10.0.0.5");
    expect(described?.extensions.code).toBe("SERVICE_UNAVAILABLE");
  });

  it("has a status for every surface: usage errors exit 2, timeouts are 504", () => {
    expect(surfaceOf("USAGE").exitStatus).toBe(2);
    expect(surfaceOf("INVALID_ARGUMENT").exitStatus).toBe(1);
    expect(surfaceOf("STORE_TIMEOUT")).toEqual({ code: "TIMEOUT", httpStatus: 504, exitStatus: 1 });
    expect(surfaceOf("ANALYSIS_CANCELLED").code).toBe("TIMEOUT");
  });
});

import { createHash, timingSafeEqual } from "node:crypto";
import { UnauthenticatedError } from "./service-errors";

/**
 * Writes need `Authorization: Bearer <key>`. Keys are compared as SHA-256 digests with
 * timingSafeEqual, so neither the comparison time nor the length leaks how much of a guess
 * was right. With no key configured, writes are off.
 */
export class ApiKeyGuard {
  private readonly digest: Buffer | null;

  constructor(key: string | null) {
    this.digest = key ? sha256(key) : null;
  }

  assertAllowed(authorization: string | undefined): void {
    if (this.digest === null) {
      throw new UnauthenticatedError(
        "Ingest is turned off on this server (no INGEST_API_KEY is configured).",
      );
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
    if (!match)
      throw new UnauthenticatedError("Ingest needs an Authorization: Bearer <key> header.");
    if (!timingSafeEqual(sha256(match[1]), this.digest))
      throw new UnauthenticatedError("That key is not valid.");
  }
}

function sha256(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}

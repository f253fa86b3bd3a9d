/** Random identifiers: match ids, join codes, seat and facilitator keys, seeds. */
import { createHash, randomBytes, randomInt } from "node:crypto";

/** No 0/O, 1/I/L, so a code read aloud in a classroom is typed right. */
export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const CODE_LENGTH = 6;
const ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

function pick(alphabet: string, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** A match id, which is also its room id (12 characters, about 60 bits). */
export function newMatchId(): string {
  return pick(ID_ALPHABET, 12);
}

/** A short join code; the caller checks uniqueness among open matches. */
export function newJoinCode(): string {
  return pick(CODE_ALPHABET, CODE_LENGTH);
}

/** Normalises what a person typed: case, spaces and dashes do not matter. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}

/** 128 random bits, URL-safe: "s_…" for a seat, "f_…" for the facilitator. */
export function newKey(kind: "seat" | "facilitator"): string {
  return `${kind === "seat" ? "s" : "f"}_${randomBytes(16).toString("base64url")}`;
}

/** Keys are stored only as hashes (they carry 128 random bits, so a plain hash suffices). */
export function hashKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export function newSeed(): string {
  return randomBytes(16).toString("hex");
}

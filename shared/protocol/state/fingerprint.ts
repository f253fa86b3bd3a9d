/**
 * The id of the synchronised state's types: every type the encoder numbers, in its order, with
 * its fields and theirs. A client that decodes with these types (and so skips the server's
 * handshake, 8 KB of type descriptions) sends it when it joins; the server refuses one whose
 * types differ from its own (an old page after an update), instead of letting it misread patches.
 */
import { TypeContext } from "@colyseus/schema";
import { hashOf } from "../../hash";
import { MatchRoomState } from "./room-state";

interface FieldLike {
  name: string;
  type: unknown;
}

function typeName(type: unknown, context: TypeContext): string {
  if (typeof type === "string") return type;
  if (typeof type === "function") return `#${context.getTypeId(type as never)}`;
  const [collection, child] = Object.entries(type as object)[0]!;
  return `${collection}<${typeName(child, context)}>`;
}

let kept: string | null = null;

export function stateTypesId(): string {
  kept ??= typesIdOf(new TypeContext(MatchRoomState as unknown as ConstructorParameters<typeof TypeContext>[0]));
  return kept;
}

/** The id of the types a context numbers: each one's number and fields, in order (names of types do not reach the wire). */
export function typesIdOf(context: TypeContext): string {
  const types: string[] = [];
  for (const [type, id] of context.schemas) {
    const metadata = (type as unknown as Record<symbol, Record<number, FieldLike | undefined>>)[Symbol.metadata] ?? {};
    const fields: string[] = [];
    for (let i = 0; metadata[i] !== undefined; i++) fields.push(`${metadata[i]!.name}:${typeName(metadata[i]!.type, context)}`);
    types.push(`${id} ${fields.join(",")}`);
  }
  return hashOf(types).slice(0, 16);
}

/** What a client gives when it creates or joins a match room (checked by shared/protocol/validators.ts). */
import type { z } from "zod";
import type { createOptionsSchema, joinOptionsSchema } from "./validators";

/** Options of a new match, as a client may write them (defaults filled in by the server). */
export type CreateOptions = z.input<typeof createOptionsSchema>;

/** Join (and create) options: who this client is and which seat it wants. */
export type JoinOptions = Omit<z.input<typeof joinOptionsSchema>, "match"> & {
  /** Options of a new match: only when creating one. */
  match?: CreateOptions;
};

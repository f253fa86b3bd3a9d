/**
 * The protocol between the browser client and the match room: names, join options, every
 * message's payload and reply, the error shape. Zod-free at run time: the validators the server
 * parses with are in ./validators.ts, which the client may only `import type`.
 */
export * from "./names";
export type * from "./join";
export type * from "./messages";
export type * from "./replies";

/**
 * The bots the server plays empty seats with: shared/bots' botCommands, imported statically (a
 * missing or broken bots module stops the server at start instead of leaving passive bots).
 */
import { botCommands } from "../../shared/bots";
import type { BotFn } from "../../shared/bots";

export type { BotFn };

/** The bots of shared/bots. */
export const defaultBots: BotFn = botCommands;

/** Plays nothing: the seat sends no command, so it gets empty orders at resolution (tests). */
export const passiveBot: BotFn = () => [];

/**
 * Bots for every power: `botCommands` plays one seat from its view; `playBotMatch` plays a whole
 * match with bots in every seat (for the simulator and the tests).
 */
export { BOT_LEVELS } from "./context";
export type { BotLevel } from "./context";
export { botCommands } from "./bot";
export { playBotMatch } from "./self-play";
export type { BotFn, Refusal, SelfPlayOptions, SelfPlayResult } from "./self-play";

/**
 * The bots, as written in shared/bots (botCommands(view, power, level)). Loaded at run time so
 * that the server starts, with passive bots, while that module does not exist yet.
 */
import type { MatchView, PowerId } from "../../shared";
import type { BotLevel } from "./types";

export type BotFn = (view: MatchView, power: PowerId, level: BotLevel) => Record<string, unknown>[];

/** Plays nothing: the seat sends no command, so it gets empty orders at resolution. */
export const passiveBot: BotFn = () => [];

let loaded: Promise<BotFn> | null = null;

/** The bots of shared/bots/index.ts, or the passive bot if that module is missing. */
export function loadBots(): Promise<BotFn> {
  loaded ??= (async () => {
    const url = new URL("../../shared/bots/index.ts", import.meta.url).href;
    try {
      const mod = (await import(/* @vite-ignore */ url)) as { botCommands?: unknown };
      if (typeof mod.botCommands === "function") return mod.botCommands as BotFn;
      console.warn("[overflight] shared/bots has no botCommands export: bots stay passive.");
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== "ERR_MODULE_NOT_FOUND" && !/Cannot find|Failed to load|does not exist/i.test(String(error))) {
        console.warn("[overflight] shared/bots failed to load; bots stay passive:", error);
      }
    }
    return passiveBot;
  })();
  return loaded;
}

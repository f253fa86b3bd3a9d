/**
 * One six-seat match of load-test clients (scripts/loadtest-client.ts); a finished match is
 * replaced by a new one. With several server processes, its players matchmake through them in
 * turn (player j of match i through server i + j), so most seats join across processes.
 */
import { Client } from "@colyseus/sdk";
import { caspianSalvo } from "../shared/scenario/caspian-salvo";
import { powerIds } from "../shared/scenario/ids-of";

/** These runs play caspian-salvo matches. */
const POWERS = powerIds(caspianSalvo);
import type { BotLevel } from "../shared/bots";
import { Player } from "./loadtest-client";
import type { LoadStats, PlayerOptions } from "./loadtest-client";

export interface MatchOptions {
  level: BotLevel;
  thinkMs: [number, number];
  chatChance: number;
  timers: { briefing: number; diplomacy: number; orders: number; report: number };
}

export class LoadMatch {
  players: Player[] = [];
  private stopped = false;

  constructor(
    private readonly urls: string[],
    private readonly stats: LoadStats,
    private readonly options: MatchOptions,
    private readonly index: number,
  ) {}

  /** Creates the match and seats its six players; a failure is counted, not thrown. */
  async start(): Promise<boolean> {
    const playerOptions: PlayerOptions = { level: this.options.level, thinkMs: this.options.thinkMs, chatChance: this.options.chatChance, timeoutMs: 15_000 };
    const players = POWERS.map((p) => new Player(p, this.stats, playerOptions));
    this.players = players;
    const clients = players.map((_, j) => new Client(this.urls[(this.index + j) % this.urls.length]!));
    const [host, ...guests] = players;
    const create = { match: { name: `Load ${this.index}`, visibility: "private", turns: 30, timers: this.options.timers } };
    try {
      await host!.start(clients[0]!, { create });
      await Promise.all(guests.map((p, j) => p.start(clients[j + 1]!, { matchId: host!.room.roomId })));
    } catch (error) {
      this.stats.fail(`join:${String((error as Error).message).slice(0, 40)}`);
      return false;
    }
    host!.onTurn = () => {
      if (this.stats.window === "steady") this.stats.turnsSteady++;
    };
    host!.room.onStateChange((state: { status?: string }) => {
      if (state.status === "ended" && !this.stopped) void this.restart();
    });
    return true;
  }

  private async restart(): Promise<void> {
    const old = this.players;
    this.players = [];
    for (const p of old) p.stop();
    await Promise.all(old.map((p) => p.leave()));
    if (!this.stopped) await this.start();
  }

  connected(): number {
    return this.players.filter((p) => p.room?.connection.isOpen).length;
  }

  stop(): void {
    this.stopped = true;
    for (const p of this.players) p.stop();
  }
}

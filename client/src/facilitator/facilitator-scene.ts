/**
 * The facilitator's screen: the map with everything the facilitator sees (every flight is
 * replayed when a turn resolves), the timing bar above it, and the console beside it.
 */
import * as Phaser from "phaser";
import type { App } from "../app";
import { setMatchInUrl } from "../app";
import { FrameGovernor } from "../map/frame-governor";
import { MatchMap } from "../map/match-map";
import type { PlaybackLayer } from "../map/playback-layer";
import { teachLink } from "../model/classroom-links";
import { MatchStore } from "../model/match-store";
import { Playback } from "../model/playback";
import { resolutionEvents } from "../model/report";
import { expose, mirror } from "../observe";
import { toast } from "../ui/toasts";
import { ClassroomClient } from "./classroom-client";
import { FacilitatorConsole } from "./console";
import { safeStorage, showRecoveryOnce } from "./recovery-card";
import { FacilitatorHud } from "./facilitator-hud";
import "./classroom.css";
import { ui } from "../lang/ui";

export class FacilitatorScene extends Phaser.Scene {
  private store: MatchStore | null = null;
  private playback!: PlaybackLayer;
  private governor!: FrameGovernor;
  private teardowns: (() => void)[] = [];

  constructor() {
    super("facilitator");
  }

  create(): void {
    const app = this.registry.get("app") as App;
    const conn = app.conn;
    const view = conn.view;
    if (!view || conn.viewer !== "facilitator") {
      this.scene.start("lobby");
      return;
    }
    expose("scene", "facilitator");
    expose("ready", false);
    expose("viewer", "facilitator");
    expose("matchId", conn.matchId);
    mirror("scene", "facilitator");
    mirror("ready", false);
    mirror("viewer", "facilitator");
    mirror("match", conn.matchId);
    mirror("code", conn.seat?.code ?? null);
    setMatchInUrl(conn.matchId);

    const store = new MatchStore(view, "facilitator");
    store.setTeam(conn.teams);
    this.store = store;
    if (conn.publicState) store.setPublic(conn.publicState);
    store.addChat(conn.chatLog);

    const map = new MatchMap(this, store.scenario, null);
    const { markers, cam } = map;
    this.playback = map.playback;
    markers.update(view);
    this.input.on(Phaser.Input.Events.POINTER_WHEEL, (p: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => cam.zoomAt(dy > 0 ? 1 / 1.15 : 1.15, p.x, p.y));
    this.input.on(Phaser.Input.Events.POINTER_MOVE, (p: Phaser.Input.Pointer) => {
      if (p.isDown) cam.panBy(p.x - p.prevPosition.x, p.y - p.prevPosition.y);
    });

    const classroom = new ClassroomClient(conn);
    const openDebrief = () => this.scene.start("debrief", { matchId: conn.matchId });
    const hud = new FacilitatorHud(store, conn, classroom, openDebrief, () => {
      void conn.leave();
      location.assign(teachLink(location.href));
    });
    const console_ = new FacilitatorConsole(store, conn, classroom);
    // Just created (only then does the seat message carry the key): the recovery code, once.
    const issued = conn.seat?.facilitatorKey;
    if (issued && conn.matchId) showRecoveryOnce(conn.matchId, conn.publicState?.name ?? ui().classroom.scene.yourLesson, issued, safeStorage());
    this.governor = new FrameGovernor(this.game);

    this.teardowns.push(
      // The practice turn ended: the match starts afresh on this screen too.
      conn.on("view", ({ view: v, events, restarted }) => (restarted ? this.time.delayedCall(0, () => this.scene.restart()) : store.setView(v, events))),
      conn.on("public", (pub) => store.setPublic(pub)),
      conn.on("chat", (messages) => store.addChat(messages)),
      conn.on("team", (teams) => store.setTeam(teams)),
      store.on("view", ({ view: v }) => {
        this.governor.poke();
        markers.update(v);
        expose("turn", v.turn);
        expose("phase", v.phase);
        expose("status", v.status);
      }),
      store.on("report", ({ turn }) => {
        const playback = new Playback(resolutionEvents(store.view.log, turn), store.scenario);
        if (playback.flights.length > 0) this.playback.play(playback);
      }),
      conn.on("status", (status) => {
        if (status === "idle" && !conn.matchId) this.scene.start("lobby");
      }),
      () => map.destroy(),
      () => hud.destroy(),
      () => console_.destroy(),
      () => classroom.destroy(),
    );
    let endedShown = view.status === "ended";
    this.teardowns.push(
      store.on("view", ({ view: v }) => {
        if (v.status === "ended" && !endedShown) {
          endedShown = true;
          toast(ui().classroom.scene.over, "ok", 8000);
        }
      }),
    );

    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      expose("ready", true);
      mirror("ready", true);
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      for (const t of this.teardowns) t();
      this.teardowns = [];
      this.governor?.release();
      this.playback.stop();
      this.store?.clear();
      this.store = null;
    });
  }

  override update(): void {
    if (!this.store) return;
    this.governor.update(this.playback.playing);
    this.playback.update();
    const f = this.playback.frame;
    expose("playback", { playing: this.playback.playing, t: Math.round(this.playback.elapsed), flights: f?.flights.length ?? 0, markers: f?.markers.length ?? 0 });
  }
}

/**
 * The projector (?projector=<match>): a spectator's view of the match on the big screen, the map
 * replaying each turn's public flights, under the large-type overlay of ProjectorView.
 */
import * as Phaser from "phaser";
import type { App } from "../app";
import { FrameGovernor } from "../map/frame-governor";
import { MatchMap } from "../map/match-map";
import type { PlaybackLayer } from "../map/playback-layer";
import { MatchStore } from "../model/match-store";
import { Playback } from "../model/playback";
import { resolutionEvents } from "../model/report";
import { expose, mirror } from "../observe";
import { SERVER_MESSAGES } from "../../../shared/protocol";
import { ProjectorView } from "./projector-view";

export class ProjectorScene extends Phaser.Scene {
  private playback: PlaybackLayer | null = null;
  private governor: FrameGovernor | null = null;
  private teardowns: (() => void)[] = [];

  constructor() {
    super("projector");
  }

  create(): void {
    const app = this.registry.get("app") as App;
    const conn = app.conn;
    const view = conn.view;
    if (!view) {
      this.scene.start("lobby");
      return;
    }
    expose("scene", "projector");
    expose("ready", false);
    mirror("scene", "projector");
    mirror("ready", false);
    mirror("viewer", conn.viewer);
    const store = new MatchStore(view, conn.viewer ?? "spectator");
    if (conn.publicState) store.setPublic(conn.publicState);
    const map = new MatchMap(this, store.scenario, null);
    const { markers, playback } = map;
    this.playback = playback;
    markers.update(view);
    const overlay = new ProjectorView(store, conn);
    this.governor = new FrameGovernor(this.game);
    this.teardowns.push(
      // The practice turn ended: the match starts afresh on this screen too.
      conn.on("view", ({ view: v, events, restarted }) => (restarted ? this.time.delayedCall(0, () => this.scene.restart()) : store.setView(v, events))),
      conn.on("public", (pub) => store.setPublic(pub)),
      conn.on("message", ({ type, payload }) => {
        if (type === SERVER_MESSAGES.announcement) overlay.announce(payload);
      }),
      store.on("view", ({ view: v }) => {
        this.governor?.poke();
        markers.update(v);
      }),
      store.on("report", ({ turn }) => {
        const p = new Playback(resolutionEvents(store.view.log, turn), store.scenario);
        if (p.flights.length > 0) playback.play(p);
      }),
      () => map.destroy(),
      () => overlay.destroy(),
      () => store.clear(),
    );
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      expose("ready", true);
      mirror("ready", true);
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      for (const t of this.teardowns) t();
      this.teardowns = [];
      this.governor?.release();
      playback.stop();
    });
  }

  override update(): void {
    const p = this.playback;
    if (!p) return;
    this.governor?.update(p.playing);
    p.update();
  }
}

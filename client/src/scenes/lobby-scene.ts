/** The lobby: the map, dimmed, behind the lobby's forms. */
import * as Phaser from "phaser";
import type { App } from "../app";
import { setMatchInUrl } from "../app";
import { showBackdrop } from "../map/backdrop";
import { LobbyView } from "../ui/lobby-view";
import { expose, mirror } from "../observe";

export class LobbyScene extends Phaser.Scene {
  private view: LobbyView | null = null;

  constructor() {
    super("lobby");
  }

  create(): void {
    const app = this.registry.get("app") as App;
    expose("scene", "lobby");
    expose("ready", false);
    mirror("scene", "lobby");
    mirror("ready", false);
    const hideBackdrop = showBackdrop(this, 0.45);
    this.view = new LobbyView(app.conn, {
      entered: () => {
        setMatchInUrl(app.conn.matchId);
        // A lesson rejoined as its facilitator opens the facilitator's screen.
        this.scene.start(app.conn.viewer === "facilitator" ? "facilitator" : "match");
      },
    }, null);
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      expose("ready", true);
      mirror("ready", true);
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      hideBackdrop();
      this.view?.destroy();
      this.view = null;
    });
  }
}

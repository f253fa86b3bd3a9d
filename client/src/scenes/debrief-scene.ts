/** The debrief after the match: the map behind a summary of how it went. */
import * as Phaser from "phaser";
import type { App } from "../app";
import { setMatchInUrl } from "../app";
import { getScenario } from "../../../shared/scenario";
import { drawCountries } from "../map/countries-layer";
import { CameraControl } from "../map/camera-control";
import { DebriefView } from "../ui/debrief-view";
import { hook, mirror } from "../testing";

export class DebriefScene extends Phaser.Scene {
  private view: DebriefView | null = null;

  constructor() {
    super("debrief");
  }

  create(): void {
    const app = this.registry.get("app") as App;
    const matchView = app.conn.view;
    hook().scene = "debrief";
    mirror("scene", "debrief");
    if (!matchView) {
      this.scene.start("lobby");
      return;
    }
    const scenario = getScenario(matchView.scenarioId);
    drawCountries(this, scenario);
    const cam = new CameraControl(this);
    cam.fit();
    this.cameras.main.setAlpha(0.35);
    this.view = new DebriefView(
      matchView,
      scenario,
      () => {
        const id = app.conn.matchId;
        void app.conn.leave();
        if (id) app.conn.seats.forget(id);
        setMatchInUrl(null);
        this.scene.start("lobby");
      },
      () => this.scene.start("match", { debriefed: true }),
    );
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      hook().ready = true;
      mirror("ready", true);
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.view?.destroy();
      this.view = null;
    });
  }
}

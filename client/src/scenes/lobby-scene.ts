/** The lobby: the map, dimmed, behind the lobby's forms. */
import * as Phaser from "phaser";
import type { App } from "../app";
import { setMatchInUrl } from "../app";
import { DEFAULT_SCENARIO_ID, getScenario } from "../../../shared/scenario";
import { drawCountries } from "../map/countries-layer";
import { CameraControl } from "../map/camera-control";
import { LobbyView } from "../ui/lobby-view";
import { hook, mirror } from "../testing";

export class LobbyScene extends Phaser.Scene {
  private view: LobbyView | null = null;

  constructor() {
    super("lobby");
  }

  create(): void {
    const app = this.registry.get("app") as App;
    hook().scene = "lobby";
    hook().ready = false;
    mirror("scene", "lobby");
    mirror("ready", false);
    drawCountries(this, getScenario(DEFAULT_SCENARIO_ID));
    const cam = new CameraControl(this);
    cam.fit();
    this.cameras.main.setAlpha(0.45);
    const onResize = (size: Phaser.Structs.Size) => {
      this.cameras.main.setSize(size.width, size.height);
      cam.fit();
    };
    this.scale.on("resize", onResize);
    this.view = new LobbyView(app.conn, {
      entered: () => {
        setMatchInUrl(app.conn.matchId);
        // A lesson rejoined as its facilitator opens the facilitator's screen.
        this.scene.start(app.conn.viewer === "facilitator" ? "facilitator" : "match");
      },
    }, null);
    // A still, dimmed map behind the forms: a few frames a second are enough.
    (this.game.loop as Phaser.Core.TimeStep & { setFPSLimit?(n: number): unknown }).setFPSLimit?.(6);
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      hook().ready = true;
      mirror("ready", true);
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off("resize", onResize);
      (this.game.loop as Phaser.Core.TimeStep & { setFPSLimit?(n: number): unknown }).setFPSLimit?.(0);
      this.view?.destroy();
      this.view = null;
    });
  }
}

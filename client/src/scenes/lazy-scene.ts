/**
 * A scene whose code is fetched when it is first started (the debrief with its charts, the
 * classroom's pages, the projector): a stand-in under the scene's key says "Loading…", imports
 * the chunk, then replaces itself with the real scene and starts it with the same data. If the
 * chunk cannot be fetched (network), it says so in words instead of leaving a blank map.
 */
import * as Phaser from "phaser";
import { FONT } from "../map/fonts";
import { expose, mirror } from "../observe";
import { chunkFailed } from "../ui/chunk-error";
import { ui } from "../lang/ui";

export type SceneClass = new (...args: never[]) => Phaser.Scene;

/** what: the screen's name in the screen's language, asked when the stand-in shows. */
export function lazyScene(scenes: Pick<Phaser.Scenes.ScenePlugin, "add">, key: string, what: () => string, load: () => Promise<SceneClass>): void {
  class Loading extends Phaser.Scene {
    constructor() {
      super(key);
    }

    create(data: object): void {
      expose("scene", "loading");
      expose("ready", false);
      mirror("scene", "loading");
      mirror("ready", false);
      const label = this.add.text(0, 0, ui().common.loadingScreen(what()), { fontFamily: FONT, fontSize: "18px", color: "#e8edf2", align: "center" }).setOrigin(0.5);
      const place = () => label.setPosition(this.scale.width / 2, this.scale.height / 2).setWordWrapWidth(Math.min(560, this.scale.width * 0.9));
      place();
      this.scale.on("resize", place);
      // Replaced by the real scene, this one is destroyed without a shutdown.
      const stop = () => this.scale.off("resize", place);
      this.events.once(Phaser.Scenes.Events.SHUTDOWN, stop);
      this.events.once(Phaser.Scenes.Events.DESTROY, stop);
      load().then(
        (Real) => {
          const manager = this.game.scene;
          const wanted = this.sys.isActive();
          manager.remove(key);
          manager.add(key, Real, false);
          if (wanted) manager.start(key, data);
        },
        (error: unknown) => {
          const text = chunkFailed(what(), error);
          mirror("scene-error", key);
          if (this.sys.isActive()) label.setText(text);
        },
      );
    }
  }
  scenes.add(key, Loading, false);
}

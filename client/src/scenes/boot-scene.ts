/**
 * Boot: a progress bar while the rest of the game loads (the rules, the baked map and the
 * scenes come in a second chunk), then either back into the match in the address (with the
 * seat key kept in this browser) or the lobby.
 */
import * as Phaser from "phaser";
import { expose, mirror } from "../observe";
import { FONT } from "../map/fonts";
import { chunkFailed } from "../ui/chunk-error";
import { ui } from "../lang/ui";

export class BootScene extends Phaser.Scene {
  private bar!: Phaser.GameObjects.Graphics;
  private label!: Phaser.GameObjects.Text;
  private shown = 0;
  private target = 0;

  constructor() {
    super("boot");
  }

  create(): void {
    mirror("scene", "boot");
    expose("scene", "boot");
    this.bar = this.add.graphics();
    this.label = this.add.text(0, 0, ui().common.boot.map, { fontFamily: FONT, fontSize: "18px", color: "#e8edf2" }).setOrigin(0.5);
    const onResize = () => this.draw();
    this.scale.on("resize", onResize);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.scale.off("resize", onResize));
    this.draw();
    void this.load_();
  }

  override update(): void {
    if (this.shown < this.target) {
      this.shown = Math.min(this.target, this.shown + 0.04);
      this.draw();
    }
  }

  private progress(p: number, text: string): void {
    this.target = p;
    this.label.setText(text);
    mirror("boot-progress", Math.round(p * 100));
  }

  private draw(): void {
    const { width, height } = this.scale;
    const w = Math.min(420, width * 0.6);
    const x = (width - w) / 2;
    const y = height / 2;
    this.label.setPosition(width / 2, y - 30);
    const g = this.bar;
    g.clear();
    g.fillStyle(0x1d2a38, 1);
    g.fillRect(x, y, w, 12);
    g.fillStyle(0xf0e442, 1);
    g.fillRect(x, y, w * this.shown, 12);
    g.lineStyle(1, 0x8fb3d9, 1);
    g.strokeRect(x, y, w, 12);
  }

  private async load_(): Promise<void> {
    this.progress(0.15, ui().common.boot.mapAndRules);
    try {
      const game = await import("./game-scenes");
      this.progress(0.7, ui().common.boot.drawing);
      const start = await game.startGame(this, (p, text) => this.progress(p, text));
      this.progress(1, ui().common.boot.ready);
      this.scene.start(start.scene);
    } catch (error) {
      this.label.setText(chunkFailed("the game", error));
      this.label.setWordWrapWidth(Math.min(560, this.scale.width * 0.9)).setAlign("center");
      throw error;
    }
  }
}

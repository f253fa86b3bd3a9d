/**
 * The map as a still, dimmed backdrop behind a page's forms (the lobby, the teacher's and the
 * student's pages): fitted again when the window resizes, drawn a few frames a second. Returns
 * what undoes it when the scene shuts down.
 */
import type * as Phaser from "phaser";
import { DEFAULT_SCENARIO_ID, getScenario } from "../../../shared/scenario";
import { shownMapId } from "./projection";
import { CameraControl } from "./camera-control";
import { drawCountries } from "./countries-layer";

type LimitedLoop = Phaser.Core.TimeStep & { setFPSLimit?(fps: number): unknown };

export function showBackdrop(scene: Phaser.Scene, alpha: number): () => void {
  // The map last shown (a map's id is its shipped scenario's), coloured by that scenario.
  drawCountries(scene, getScenario(shownMapId() ?? DEFAULT_SCENARIO_ID));
  const cam = new CameraControl(scene);
  cam.fit();
  scene.cameras.main.setAlpha(alpha);
  const onResize = (size: Phaser.Structs.Size) => {
    scene.cameras.main.setSize(size.width, size.height);
    cam.fit();
  };
  scene.scale.on("resize", onResize);
  const loop = scene.game.loop as LimitedLoop;
  loop.setFPSLimit?.(6);
  return () => {
    scene.scale.off("resize", onResize);
    loop.setFPSLimit?.(0);
  };
}

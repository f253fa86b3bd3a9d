/**
 * Entry point: the Phaser game on #game (resized with its box), the renderer chosen by
 * ?renderer=canvas|webgl (default: WebGL on a real GPU, Canvas where WebGL would only be a
 * software rasteriser such as SwiftShader, which draws this map several times slower), and
 * the Boot scene.
 */
import "./styles.css";
import "./ui/panels.css";
import "./ui/small-screens.css";
import * as Phaser from "phaser";
import { SEA_CSS } from "./model/palette";
import { BootScene } from "./scenes/boot-scene";
import { expose } from "./observe";
import { applyLanguage, language, loadLanguage } from "./lang/language";

/** True when WebGL is missing or rendered in software (no GPU). */
function softwareWebGL(): boolean {
  try {
    const canvas = document.createElement("canvas");
    const gl = (canvas.getContext("webgl2") ?? canvas.getContext("webgl")) as WebGLRenderingContext | null;
    if (!gl) return true;
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension("WEBGL_lose_context")?.loseContext();
    return /swiftshader|llvmpipe|softpipe|software/i.test(name);
  } catch {
    return false;
  }
}

applyLanguage();
// The words of the page's language before any screen is drawn in it.
await loadLanguage(language());
// A page opened by the browser tests gets their hook (its own chunk; a player's page never loads it).
if (window.__overflightTest === true) void import("./testing").then((m) => m.installHook());
const wanted = new URLSearchParams(location.search).get("renderer");
const type = wanted === "canvas" ? Phaser.CANVAS : wanted === "webgl" ? Phaser.WEBGL : softwareWebGL() ? Phaser.CANVAS : Phaser.AUTO;

const game = new Phaser.Game({
  type,
  parent: "game",
  backgroundColor: SEA_CSS,
  banner: false,
  scale: { mode: Phaser.Scale.RESIZE, width: "100%", height: "100%" },
  render: { antialias: true },
  disableContextMenu: true,
  scene: [BootScene],
});
expose("game", game);
expose("renderer", type === Phaser.CANVAS ? "canvas" : "webgl");
game.events.once(Phaser.Core.Events.READY, () => {
  const renderer = game.renderer.type === Phaser.CANVAS ? "canvas" : "webgl";
  expose("renderer", renderer);
  document.getElementById("app")?.setAttribute("data-renderer", renderer);
});

// The map's box changes when the HUD and the side panel come and go, not only with the window.
const parent = document.getElementById("game");
if (parent && "ResizeObserver" in window) {
  let pending = 0;
  new ResizeObserver(() => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => {
      game.scale.getParentBounds();
      game.scale.refresh();
    });
  }).observe(parent);
}

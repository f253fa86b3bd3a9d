/**
 * The Phaser the game is built with: in `npm run build`, `import * as Phaser from "phaser"` resolves
 * here (an alias in vite.config.ts; the types stay Phaser's own; the development server keeps the
 * whole Phaser), and only what the game uses is pulled from Phaser's CommonJS sources, instead of
 * the whole prebuilt Phaser (physics, tilemaps, tweens, sound, every game object). Both renderers
 * stay in: WebGL on a real GPU, Canvas where WebGL is software. A scene using a top-level part of
 * Phaser not exported here fails the build.
 *
 * Game objects, scene plugins and input plugins register themselves when their module loads, so
 * the side-effect imports below are what a scene gets (`this.add.graphics/image/text`,
 * `this.time`, `this.input` with the keyboard). A scene using anything else must add it here.
 */
import type * as P from "phaser";
import CONST from "phaser-src/const.js";
import GameJs from "phaser-src/core/Game.js";
import CoreEvents from "phaser-src/core/events/index.js";
import InputEvents from "phaser-src/input/events/index.js";
import ScaleModes from "phaser-src/scale/const/SCALE_MODE_CONST.js";
import SceneJs from "phaser-src/scene/Scene.js";
import SceneEvents from "phaser-src/scene/events/index.js";
// The core scene plugins (Scene.Systems creates the ones registered).
import "phaser-src/events/EventEmitter.js";
import "phaser-src/cameras/2d/CameraManager.js";
import "phaser-src/gameobjects/GameObjectFactory.js";
import "phaser-src/gameobjects/GameObjectCreator.js";
import "phaser-src/gameobjects/DisplayList.js";
import "phaser-src/gameobjects/UpdateList.js";
import "phaser-src/scene/ScenePlugin.js";
// The scene plugins the game uses: this.time, this.input (and its keyboard).
import "phaser-src/time/Clock.js";
import "phaser-src/input/InputPlugin.js";
import "phaser-src/input/keyboard/KeyboardPlugin.js";
// The game objects it draws with.
import "phaser-src/gameobjects/graphics/GraphicsFactory.js";
import "phaser-src/gameobjects/image/ImageFactory.js";
import "phaser-src/gameobjects/text/TextFactory.js";

const consts = CONST as { AUTO: typeof P.AUTO; CANVAS: typeof P.CANVAS; WEBGL: typeof P.WEBGL; VERSION: string };

export const AUTO = consts.AUTO;
export const CANVAS = consts.CANVAS;
export const WEBGL = consts.WEBGL;
export const VERSION = consts.VERSION;
export const Game = GameJs as typeof P.Game;
export const Scene = SceneJs as typeof P.Scene;
export const Core = { Events: CoreEvents as typeof P.Core.Events };
export const Input = { Events: InputEvents as typeof P.Input.Events };
export const Scale = ScaleModes as typeof P.Scale.ScaleModes;
export const Scenes = { Events: SceneEvents as typeof P.Scenes.Events };

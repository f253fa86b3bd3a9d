/**
 * The classroom's part of starting the game: its scenes, its pages by address (?teach, ?join=,
 * ?projector=, ?debrief=), and what any client does with the classroom's messages: a student
 * moved or assigned by the facilitator changes seat, a removed one goes back to the lobby, a
 * broadcast shows at once, and players of a facilitated match are told it is overseen.
 */
import { at } from "../../../shared/at";
import type * as Phaser from "phaser";
import { setMatchInUrl } from "../app";
import { DEFAULT_SCENARIO_ID, getScenario } from "../../../shared/scenario";
import { SERVER_MESSAGES } from "../../../shared/protocol";
import { parseClassroomRoute } from "../model/classroom-links";
import { FacilitatorKeys } from "../model/facilitator-keys";
import type { Connection } from "../net/connection";
import { toast } from "../ui/toasts";
import { lazyScene } from "../scenes/lazy-scene";
import { oversightNotice } from "./join-view";
import { ui } from "../lang/ui";

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The classroom's scenes, each fetched when first opened (a match page needs none of them). */
export function registerClassroomScenes(scenes: Pick<Phaser.Scenes.ScenePlugin, "add">): void {
  lazyScene(scenes, "teach", () => ui().common.screens.teach, () => import("./page-scenes").then((m) => m.TeachScene));
  lazyScene(scenes, "join", () => ui().common.screens.join, () => import("./page-scenes").then((m) => m.JoinScene));
  lazyScene(scenes, "facilitator", () => ui().common.screens.facilitator, () => import("./facilitator-scene").then((m) => m.FacilitatorScene));
  lazyScene(scenes, "projector", () => ui().common.screens.projector, () => import("../projector/projector-scene").then((m) => m.ProjectorScene));
}

/** The scene a classroom address starts with (joining first where it needs a connection), or null. */
export async function classroomStart(conn: Connection, progress: (p: number, text: string) => void): Promise<{ scene: string } | null> {
  const route = parseClassroomRoute(location.search);
  if (!route) return null;
  switch (route.kind) {
    case "teach":
      return { scene: "teach" };
    case "join":
      return { scene: "join" };
    case "debrief":
      return { scene: "debrief" };
    case "projector":
      progress(0.85, ui().classroom.boot.joiningProjector);
      try {
        await conn.join(route.matchId, { spectator: true }, "Projector");
        return { scene: "projector" };
      } catch {
        return { scene: "lobby" };
      }
  }
}

/** The scene that shows a match to this viewer. */
export function sceneForViewer(conn: Connection): string {
  return conn.viewer === "facilitator" ? "facilitator" : "match";
}

export function watchClassroom(game: Phaser.Game, conn: Connection): void {
  const keys = new FacilitatorKeys(storage());
  let viewer = conn.viewer;
  let told = false;
  const active = () => game.scene.getScenes(true)[0]?.scene.key ?? "";
  const goTo = (key: string) => {
    const current = game.scene.getScenes(true)[0];
    if (current) current.scene.start(key);
  };
  conn.on("seat", (seat) => {
    if (seat.facilitatorKey) keys.add({ matchId: seat.matchId, key: seat.facilitatorKey, name: conn.publicState?.name ?? ui().classroom.boot.lessonName, createdAt: Date.now() });
    const changed = viewer !== null && viewer !== seat.viewer;
    viewer = seat.viewer;
    const power = seat.viewer !== "spectator" && seat.viewer !== "facilitator" ? seat.viewer : null;
    const isPower = power !== null;
    if (isPower && conn.publicState?.facilitated && !told) {
      told = true;
      toast(oversightNotice(), "info", 9000);
    }
    // Moved to another power by the facilitator, or given a seat while watching (the match
    // screen starts again with the new seat's view when it arrives).
    if (changed && power && active() === "match") {
      toast(ui().classroom.boot.nowPlay(at(getScenario(conn.publicState?.scenarioId || DEFAULT_SCENARIO_ID).powers, power).name), "ok", 6000);
      setMatchInUrl(seat.matchId);
    }
  });
  // News (the deck's cards and the facilitator's injects) reaches players in the match page's news box (ui/news-panel.ts).
  conn.on("message", ({ type, payload }) => {
    if (type === SERVER_MESSAGES.kicked) {
      const id = conn.matchId;
      toast(payload?.message ?? ui().classroom.boot.removed, "error", 12000);
      void conn.leave();
      if (id) conn.seats.forget(id);
      setMatchInUrl(null);
      goTo("lobby");
    } else if (type === SERVER_MESSAGES.announcement) {
      if (active() === "projector" || conn.viewer === "facilitator") return;
      toast(ui().classroom.boot.announcement(payload.from, payload.to !== "all", payload.text), "info", 15000);
    }
  });
}

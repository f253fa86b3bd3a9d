/**
 * The second chunk: the connection and the scenes that need the rules and the map. Boot calls
 * startGame, which rejoins the match in the address if this browser holds a seat in it.
 */
import type * as Phaser from "phaser";
import type { App } from "../app";
import { matchInUrl, setMatchInUrl } from "../app";
import { Connection } from "../net/connection";
import { chooseServer } from "../net/origin";
import { DEFAULT_SCENARIO_ID, getScenario } from "../../../shared/scenario";
import { showMapOf } from "../map/projection";
import { ui } from "../lang/ui";
import { expose, exposedValue, mirror } from "../observe";
import { setBanner, toast } from "../ui/toasts";
import { classroomStart, registerClassroomScenes, sceneForViewer, watchClassroom } from "../facilitator/classroom-boot";
import { lazyScene } from "./lazy-scene";
import { LobbyScene } from "./lobby-scene";
import { MatchScene } from "./match-scene";

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export async function startGame(boot: Phaser.Scene, progress: (p: number, text: string) => void): Promise<{ scene: string }> {
  // The lobby's backdrop is the default scenario's map; a match shows its own (Connection).
  const [server] = await Promise.all([chooseServer(location), showMapOf(getScenario(DEFAULT_SCENARIO_ID))]);
  const conn = new Connection(server, storage());
  const app: App = { conn };
  boot.registry.set("app", app);
  conn.on("error", ({ text }) => {
    toast(text, "error");
    expose("errors", [...(exposedValue("errors") ?? []), text].slice(-20));
  });
  let previous = conn.status;
  let drops = 0;
  conn.on("status", (status) => {
    if (status === "reconnecting" && previous === "connected") drops++;
    expose("connection", status);
    expose("drops", drops);
    mirror("connection", status);
    mirror("drops", drops);
    const w = ui().common.connection;
    setBanner(status === "reconnecting" ? w.reconnecting : status === "lost" ? w.lost : null);
    if (status === "connected" && (previous === "reconnecting" || previous === "lost")) toast(w.reconnected, "ok", 2500);
    previous = status;
  });
  boot.scene.add("lobby", LobbyScene, false);
  boot.scene.add("match", MatchScene, false);
  // The debrief (from the archive: charts, agreements, claims, replay) and the classroom's scenes,
  // each fetched when first opened: a match page does not load chart.js or the teacher's console.
  lazyScene(boot.scene, "debrief", () => ui().common.screens.debrief, () => import("../debrief/debrief-scene").then((m) => m.ClassroomDebriefScene));
  registerClassroomScenes(boot.scene);
  watchClassroom(boot.game, conn);

  const classroom = await classroomStart(conn, progress);
  if (classroom) return classroom;
  const matchId = matchInUrl();
  if (matchId) {
    progress(0.85, ui().common.connection.rejoining);
    try {
      await conn.rejoin(matchId);
      return { scene: sceneForViewer(conn) };
    } catch {
      setMatchInUrl(null);
      toast(ui().common.connection.rejoinFailed, "error");
    }
  }
  return { scene: "lobby" };
}

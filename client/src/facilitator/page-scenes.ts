/**
 * The classroom's form pages over the dimmed map: the teacher's page ("teach") and a student's
 * join page ("join"). Each hands over to the facilitator's screen or the match once in.
 */
import * as Phaser from "phaser";
import type { App } from "../app";
import { showBackdrop } from "../map/backdrop";
import { parseClassroomRoute } from "../model/classroom-links";
import { FacilitatorKeys } from "../model/facilitator-keys";
import { expose, mirror } from "../observe";
import { JoinView } from "./join-view";
import { SetupView } from "./setup-view";
import "./classroom.css";

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The address of a match without the classroom's query (a refresh comes back to the seat). */
export function enterMatchUrl(matchId: string | null): void {
  history.replaceState(null, "", `${location.pathname}${matchId ? `#match=${matchId}` : ""}`);
}

abstract class PageScene extends Phaser.Scene {
  protected app!: App;
  private teardown: (() => void)[] = [];

  protected abstract mount(): () => void;

  create(): void {
    this.app = this.registry.get("app") as App;
    expose("scene", this.scene.key);
    expose("ready", false);
    mirror("scene", this.scene.key);
    mirror("ready", false);
    this.teardown = [showBackdrop(this, 0.4), this.mount()];
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      expose("ready", true);
      mirror("ready", true);
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      for (const t of this.teardown) t();
      this.teardown = [];
    });
  }
}

export class TeachScene extends PageScene {
  constructor() {
    super("teach");
  }

  protected mount(): () => void {
    const view = new SetupView(this.app.conn, new FacilitatorKeys(storage()), {
      entered: () => {
        enterMatchUrl(this.app.conn.matchId);
        this.scene.start("facilitator");
      },
    });
    return () => view.destroy();
  }
}

export class JoinScene extends PageScene {
  private code = "";

  constructor() {
    super("join");
  }

  init(data: { code?: string }): void {
    const route = parseClassroomRoute(location.search);
    this.code = data?.code ?? (route?.kind === "join" ? route.code : "");
  }

  protected mount(): () => void {
    const conn = this.app.conn;
    const view = new JoinView(conn, this.code);
    // Picked a team, or assigned by the teacher: into the match once the new seat's view is here.
    let seated: string | null = null;
    const enter = () => {
      if (!seated || conn.view?.viewer !== seated) return;
      seated = null;
      enterMatchUrl(conn.matchId);
      this.scene.start("match");
    };
    const offs = [
      conn.on("seat", (seat) => {
        if (seat.viewer === "spectator" || seat.viewer === "facilitator") return;
        seated = seat.viewer;
        enter();
      }),
      conn.on("view", () => enter()),
    ];
    return () => {
      for (const off of offs) off();
      view.destroy();
    };
  }
}

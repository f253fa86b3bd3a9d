/**
 * The debrief after a match (players and facilitator) or from the facilitator's archive
 * (?debrief=<match>): the map on the left replays any turn's flights from the archive's event
 * log; the debrief panel on the right. Everything comes from the finished match's archive.
 */
import * as Phaser from "phaser";
import type { App } from "../app";
import { setMatchInUrl } from "../app";
import { getScenario } from "../../../shared/scenario";
import type { Scenario } from "../../../shared/scenario/types";
import { CameraControl } from "../map/camera-control";
import { drawCountries } from "../map/countries-layer";
import { showMapOf } from "../map/projection";
import { MarkersLayer } from "../map/markers-layer";
import { PlaybackLayer } from "../map/playback-layer";
import { parseClassroomRoute, teachLink } from "../model/classroom-links";
import type { DebriefArchive } from "../model/debrief-model";
import { FacilitatorKeys } from "../model/facilitator-keys";
import { Playback } from "../model/playback";
import { resolutionEvents } from "../model/report";
import { expose, mirror } from "../observe";
import { exportLinks, exportToken, fetchArchiveWhenReady } from "./archive-api";
import { DebriefView } from "./debrief-view";
import { ui } from "../lang/ui";

export interface DebriefData {
  matchId?: string;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export class ClassroomDebriefScene extends Phaser.Scene {
  private view: DebriefView | null = null;
  private playback: PlaybackLayer | null = null;
  private markers: MarkersLayer | null = null;
  private cam: CameraControl | null = null;
  private archive: DebriefArchive | null = null;
  private matchId: string | null = null;

  constructor() {
    super("debrief");
  }

  init(data: DebriefData): void {
    const route = parseClassroomRoute(location.search);
    this.matchId = data?.matchId ?? (route?.kind === "debrief" ? route.matchId : null);
  }

  create(): void {
    const app = this.registry.get("app") as App;
    const matchId = this.matchId ?? app.conn.matchId;
    expose("scene", "debrief");
    expose("ready", false);
    mirror("scene", "debrief");
    mirror("ready", false);
    mirror("debrief", "loading");
    const fromUrl = new URLSearchParams(location.search).has("debrief");
    const keys = new FacilitatorKeys(storage());
    const key = matchId ? (keys.keyFor(matchId) ?? (app.conn.seat?.viewer === "facilitator" ? (app.conn.seats.get(matchId)?.facilitatorKey ?? null) : null)) : null;
    const back: { label: string; run(): void }[] = [];
    if (app.conn.view && !fromUrl) {
      const facilitator = app.conn.viewer === "facilitator";
      back.push({ label: ui().debrief.backToMap, run: () => (facilitator ? this.scene.start("facilitator") : this.scene.start("match", { debriefed: true })) });
    }
    if (key) back.push({ label: ui().debrief.myClasses, run: () => location.assign(teachLink(location.href)) });
    back.push({
      label: ui().debrief.lobby,
      run: () => {
        const id = app.conn.matchId;
        void app.conn.leave();
        if (id) app.conn.seats.forget(id);
        setMatchInUrl(null);
        if (fromUrl) location.assign(location.pathname);
        else this.scene.start("lobby");
      },
    });

    // The map is coloured by the match's scenario: the live view's, else the archive's once fetched.
    const drawMap = (scenario: Scenario) => {
      drawCountries(this, scenario);
      this.playback = new PlaybackLayer(this, scenario);
      if (this.cam) this.playback.setZoom(this.cam.zoom);
      this.playback.onEnd = () => this.view?.setReplayStatus(ui().debrief.replayFinished);
    };
    this.playback = null;
    this.cam = null;
    const live = app.conn.view?.scenarioId;
    if (live) drawMap(getScenario(live));
    this.cam = new CameraControl(this);
    this.cam.onZoom((z) => {
      this.markers?.setZoom(z);
      this.playback?.setZoom(z);
    });
    this.cam.fit();
    const onResize = (size: Phaser.Structs.Size) => {
      this.cameras.main.setSize(size.width, size.height);
      this.cam?.fit();
    };
    this.scale.on("resize", onResize);

    this.view = new DebriefView({ replay: (turn) => this.replay(turn), back });
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      expose("ready", true);
      mirror("ready", true);
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off("resize", onResize);
      this.view?.destroy();
      this.view = null;
      this.playback?.stop();
      expose("playback", null);
    });

    if (!matchId) {
      this.view.showError(ui().debrief.noMatch);
      return;
    }
    fetchArchiveWhenReady(app.conn.baseUrl, matchId, key, 10, app.conn.seats.get(matchId)?.seatKey ?? null)
      .then(async (archive) => {
        const s = getScenario(archive.setup.scenarioId);
        await showMapOf(s);
        if (!this.view) return;
        this.archive = archive;
        if (!this.playback) drawMap(s);
        this.markers = new MarkersLayer(this, s, null);
        this.markers.setZoom(this.cam?.zoom ?? 1);
        this.markers.update(archive.final);
        void exportToken(app.conn.baseUrl, archive.id, key).then((token) => this.view?.show(archive, s, exportLinks(app.conn.baseUrl, archive.id, token), key !== null));
      })
      .catch((error: Error) => this.view?.showError(error.message));
  }

  override update(): void {
    const p = this.playback;
    if (!p) return;
    p.update();
    const f = p.frame;
    expose("playback", { playing: p.playing, t: Math.round(p.elapsed), flights: f?.flights.length ?? 0, markers: f?.markers.length ?? 0 });
  }

  private replay(turn: number | null): void {
    const archive = this.archive;
    if (!archive || !this.playback) return;
    if (turn === null) {
      this.playback.stop();
      this.view?.setReplayStatus(ui().debrief.stopped);
      return;
    }
    const playback = new Playback(resolutionEvents(archive.final.log, turn), getScenario(archive.setup.scenarioId));
    if (playback.flights.length === 0) {
      this.playback.stop();
      this.view?.setReplayStatus(ui().debrief.noFlights(turn));
      return;
    }
    this.playback.play(playback);
    this.view?.setReplayStatus(ui().debrief.flights(turn, playback.flights.length));
    mirror("replay-turn", turn);
  }
}

/**
 * The match: the map with its zones, platforms, influence and no-fly zones; route planning by
 * clicking the map; the turn's playback; and the DOM panels around it. The scene draws state
 * and turns clicks into store changes; commands go out through the connection only.
 */
import { at } from "../../../shared/at";
import { powerIds, factionIds } from "../../../shared/scenario/ids-of";
import * as Phaser from "phaser";
import type { App } from "../app";
import { setMatchInUrl } from "../app";
import { project, unproject } from "../map/projection";
import type { GameEvent } from "../../../shared/events";
import type { MatchView } from "../../../shared/view";
import type { CameraControl } from "../map/camera-control";
import { FrameGovernor } from "../map/frame-governor";
import type { MarkersLayer } from "../map/markers-layer";
import { MatchMap } from "../map/match-map";
import type { PlaybackLayer } from "../map/playback-layer";
import { RouteLayer } from "../map/route-layer";
import { formatKm } from "../model/format";
import { DraftSync } from "../net/draft-sync";
import { MatchStore } from "../model/match-store";
import { Playback } from "../model/playback";
import { resolutionEvents } from "../model/report";
import { expose, exposedValue, mirror } from "../observe";
import type { PlacedPoint } from "../observe";
import { Hud } from "../ui/hud";
import { MatchUi } from "../ui/match-ui";
import { hideTooltip, showTooltip } from "../ui/tooltip";
import { h } from "../ui/dom";
import { toast } from "../ui/toasts";
import { LIMITS } from "../../../shared/limits";
import { ui } from "../lang/ui";

/** Pick radius around markers, in screen pixels. */
const PICK_ZONE = 18;
const PICK_ASSET = 14;
const PICK_WAYPOINT = 12;
const PICK_INFLUENCE = 26;
const DRAG_THRESHOLD = 5;

/** Marker size on screen: 1 up to a 720-pixel-high map, growing to 1.5 on big screens. */
type Gesture = { kind: "pan"; x: number; y: number; moved: boolean } | { kind: "waypoint"; index: number } | null;

export class MatchScene extends Phaser.Scene {
  private app!: App;
  private store!: MatchStore;
  private map: MatchMap | null = null;
  private cam!: CameraControl;
  private markers!: MarkersLayer;
  private routeLayer!: RouteLayer;
  private playback!: PlaybackLayer;
  private hud: Hud | null = null;
  private ui: MatchUi | null = null;
  private gesture: Gesture = null;
  private routeDirty = true;
  private unsubscribe: (() => void)[] = [];
  private debriefShown = false;
  private governor!: FrameGovernor;

  constructor() {
    super("match");
  }

  init(data: { debriefed?: boolean }): void {
    this.debriefShown = data?.debriefed === true;
  }

  create(): void {
    this.app = this.registry.get("app") as App;
    const conn = this.app.conn;
    const view = conn.view;
    const viewer = view?.viewer;
    if (!view || !viewer) {
      this.scene.start("lobby");
      return;
    }
    expose("scene", "match");
    expose("ready", false);
    mirror("scene", "match");
    mirror("ready", false);
    mirror("viewer", viewer);
    mirror("match", conn.matchId);
    expose("viewer", viewer);
    expose("matchId", conn.matchId);

    const store = new MatchStore(view, viewer);
    this.store = store;
    if (conn.publicState) store.setPublic(conn.publicState);
    store.addChat(conn.chatLog);

    this.routeLayer = new RouteLayer(this, store.scenario);
    this.map = new MatchMap(this, store.scenario, store.power, [this.routeLayer]);
    ({ markers: this.markers, playback: this.playback, cam: this.cam } = this.map);

    this.markers.update(view);
    const sync = new DraftSync(store, conn);
    this.unsubscribe.push(() => sync.destroy());
    this.hud = new Hud(store, conn, () => this.leave());
    this.ui = new MatchUi(store, conn, { zoomIn: () => this.cam.zoomBy(1.25), zoomOut: () => this.cam.zoomBy(0.8), fit: () => this.cam.fit() }, () => this.skipPlayback());
    this.cam.coveredBottom = () => this.ui?.coveredBottom() ?? 0;
    this.cam.fit();

    this.unsubscribe.push(
      conn.on("view", ({ view: v, events, restarted }) => {
        // A spectator who took a seat: the whole screen changes viewer; the practice turn ended: the match starts afresh.
        if (v.viewer !== store.viewer || restarted) this.time.delayedCall(0, () => this.scene.restart());
        else store.setView(v, events);
      }),
      conn.on("public", (pub) => store.setPublic(pub)),
      conn.on("chat", (messages) => store.addChat(messages)),
      conn.on("seat", (seat) => mirror("viewer", seat.viewer)),
      store.on("view", ({ view: v, phaseChanged }) => {
        this.governor.poke();
        // Last turn's flights (trails, labels) leave the map when the next turn's phases begin.
        if (phaseChanged && v.phase !== "report" && v.phase !== "resolution" && v.status === "running" && this.playback.frame) this.skipPlayback();
        this.onView(v);
      }),
      store.on("route", () => (this.routeDirty = true)),
      store.on("draft", () => (this.routeDirty = true)),
      store.on("selection", (s) => {
        this.governor.poke();
        this.markers.setSelection(s);
      }),
      store.on("report", ({ turn }) => this.play(turn)),
    );
    this.playback.onEnd = () => {
      this.ui?.report.setPlaying(false);
      mirror("playing", false);
      this.maybeDebrief();
    };

    this.governor = new FrameGovernor(this.game);
    this.setupInput();
    this.exposeMap();
    this.onView(view);
    // A report waiting since before a refresh plays now.
    if (view.phase === "report" && store.reportedTurn === null) store.setView(view, []);

    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      expose("ready", true);
      expose("readyAt", exposedValue("readyAt") ?? performance.now());
      mirror("ready", true);
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.teardown());
  }

  override update(): void {
    this.governor.update(this.routeDirty || this.playback.playing || this.gesture !== null);
    if (this.routeDirty) {
      this.routeDirty = false;
      this.refreshRoute();
    }
    this.playback.update();
    const f = this.playback.frame;
    expose("playback", { playing: this.playback.playing, t: Math.round(this.playback.elapsed), flights: f?.flights.length ?? 0, markers: f?.markers.length ?? 0 });
  }

  // --- state

  private onView(view: MatchView): void {
    this.markers.update(view);
    expose("turn", view.turn);
    expose("phase", view.phase);
    expose("status", view.status);
    this.routeDirty = true;
    if (view.status === "ended" && !this.playback.playing) this.maybeDebrief();
  }

  private maybeDebrief(): void {
    if (this.debriefShown || this.store.view.status !== "ended") return;
    this.debriefShown = true;
    this.time.delayedCall(800, () => this.scene.start("debrief"));
  }

  private refreshRoute(): void {
    const store = this.store;
    const preview = store.planner.preview(store.view.treaties);
    this.routeLayer.setPreview(preview);
    this.routeLayer.setDraftStrikes(store.canPlan ? (store.draft?.strikes ?? []) : [], store.strikeForm.editing);
    this.markers.setTargeting(store.planner.active && !store.planner.zone);
    const p = store.planner;
    expose(
      "route",
      preview
        ? {
          asset: p.asset,
          waypoints: p.waypoints.map((w) => [w[0], w[1]]),
          zone: p.zone,
          lengthKm: Math.round(preview.plan.lengthKm),
          rangeKm: preview.weapon.rangeKm,
          inRange: preview.plan.inRange,
          airspaces: preview.passages.map((a) => ({ country: a.country, name: a.name, rights: a.rights, km: Math.round(a.km) })),
          violations: preview.violations,
        }
      : null,
    );
    mirror("route-km", preview ? Math.round(preview.plan.lengthKm) : null);
    mirror("route-zone", p.zone);
    mirror("waypoints", p.waypoints.length);
  }

  private play(turn: number): void {
    const events: GameEvent[] = resolutionEvents(this.store.view.log, turn);
    const playback = new Playback(events, this.store.scenario);
    if (playback.flights.length === 0) {
      this.playback.stop();
      this.maybeDebrief();
      return;
    }
    this.playback.play(playback);
    this.ui?.report.setPlaying(true);
    mirror("playing", true);
  }

  private skipPlayback(): void {
    this.playback.stop();
    this.ui?.report.setPlaying(false);
    mirror("playing", false);
    this.maybeDebrief();
  }

  // --- input

  private setupInput(): void {
    this.input.mouse?.disableContextMenu();
    // Any input brings the full frame rate back (the map idles at a few frames a second).
    for (const type of ["pointerdown", "pointermove", "wheel", "keydown"]) this.game.canvas.addEventListener(type, this.wake, { passive: true });
    window.addEventListener("keydown", this.wake);
    this.input.on(Phaser.Input.Events.POINTER_DOWN, (p: Phaser.Input.Pointer) => this.onDown(p));
    this.input.on(Phaser.Input.Events.POINTER_MOVE, (p: Phaser.Input.Pointer) => this.onMove(p));
    this.input.on(Phaser.Input.Events.POINTER_UP, (p: Phaser.Input.Pointer) => this.onUp(p));
    this.input.on(Phaser.Input.Events.GAME_OUT, () => hideTooltip());
    this.input.on(Phaser.Input.Events.POINTER_WHEEL, (p: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
      this.cam.zoomAt(dy > 0 ? 1 / 1.15 : 1.15, p.x, p.y);
    });
    this.input.keyboard?.on("keydown", (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      if (e.key === "Escape" && this.store.planner.active) this.store.cancelRoute();
      else if (e.key === "Backspace" && this.store.planner.active && this.store.planner.waypoints.length > 0) {
        this.store.planner.removeWaypoint(this.store.planner.waypoints.length - 1);
        this.store.routeChanged();
      } else if (e.key === "+" || e.key === "=") this.cam.zoomBy(1.25);
      else if (e.key === "-") this.cam.zoomBy(0.8);
    });
  }

  private onDown(p: Phaser.Input.Pointer): void {
    const planner = this.store.planner;
    const wp = planner.active ? this.pickWaypoint(p.x, p.y) : null;
    if (p.rightButtonDown()) {
      if (wp !== null) {
        planner.removeWaypoint(wp);
        this.store.routeChanged();
      }
      this.gesture = null;
      return;
    }
    if (wp !== null) {
      this.gesture = { kind: "waypoint", index: wp };
      this.routeLayer.dragging = wp;
      return;
    }
    this.gesture = { kind: "pan", x: p.x, y: p.y, moved: false };
  }

  private onMove(p: Phaser.Input.Pointer): void {
    const g = this.gesture;
    if (g?.kind === "waypoint" && p.isDown) {
      const [wx, wy] = this.cam.toWorld(p.x, p.y);
      this.store.planner.moveWaypoint(g.index, unproject([wx, wy]));
      this.store.routeChanged();
      return;
    }
    if (g?.kind === "pan" && p.isDown) {
      if (!g.moved && Math.hypot(p.x - g.x, p.y - g.y) > DRAG_THRESHOLD) g.moved = true;
      if (g.moved) {
        this.cam.panBy(p.x - p.prevPosition.x, p.y - p.prevPosition.y);
        hideTooltip();
      }
      return;
    }
    this.hover(p.x, p.y);
    const planner = this.store.planner;
    if (planner.active && !planner.zone) {
      const [wx, wy] = this.cam.toWorld(p.x, p.y);
      planner.cursor = unproject([wx, wy]);
      this.routeDirty = true;
    }
  }

  private onUp(p: Phaser.Input.Pointer): void {
    const g = this.gesture;
    this.gesture = null;
    if (g?.kind === "waypoint") {
      this.routeLayer.dragging = null;
      this.store.routeChanged();
      return;
    }
    if (g?.kind === "pan" && !g.moved && p.button === 0) this.click(p.x, p.y);
  }

  private click(sx: number, sy: number): void {
    const store = this.store;
    const planner = store.planner;
    const zone = this.pickZone(sx, sy);
    const asset = this.pickAsset(sx, sy);
    const [wx, wy] = this.cam.toWorld(sx, sy);
    if (planner.active) {
      if (zone) {
        planner.setTarget(zone);
        store.select({ kind: "zone", id: zone });
      } else if (asset && planner.waypoints.length === 0 && !planner.zone && store.scenario.assets.find((a) => a.id === asset)?.owner === store.power) {
        store.planFrom(asset);
      } else if (!planner.addWaypoint(unproject([wx, wy]))) {
        toast(ui().mapTips.tooManyWaypoints(LIMITS.waypoints), "error");
      }
      store.routeChanged();
      return;
    }
    if (asset) {
      const setup = store.scenario.assets.find((a) => a.id === asset);
      if (setup?.owner === store.power && store.canPlan) store.planFrom(asset);
      else store.select({ kind: "asset", id: asset });
      return;
    }
    store.select(zone ? { kind: "zone", id: zone } : null);
  }

  private pickZone(sx: number, sy: number): string | null {
    return this.nearest([...this.markers.zones.values()].map((z) => z.setup), sx, sy, PICK_ZONE);
  }

  private pickAsset(sx: number, sy: number): string | null {
    return this.nearest([...this.markers.assets.values()].map((a) => a.setup), sx, sy, PICK_ASSET);
  }

  private pickWaypoint(sx: number, sy: number): number | null {
    const wps = this.store.planner.waypoints;
    let best: number | null = null;
    let bestD = PICK_WAYPOINT;
    wps.forEach((w, i) => {
      const [x, y] = this.cam.toScreen(...project(w));
      const d = Math.hypot(x - sx, y - sy);
      if (d <= bestD) {
        bestD = d;
        best = i;
      }
    });
    return best;
  }

  private nearest(points: readonly { id: string; x: number; y: number }[], sx: number, sy: number, radius: number): string | null {
    let best: string | null = null;
    let bestD = radius;
    for (const p of points) {
      const [x, y] = this.cam.toScreen(p.x, p.y);
      const d = Math.hypot(x - sx, y - sy);
      if (d <= bestD) {
        bestD = d;
        best = p.id;
      }
    }
    return best;
  }

  private hover(sx: number, sy: number): void {
    const canvas = this.game.canvas;
    const { width, height } = this.scale;
    const { scenario, view } = this.store;
    const zone = this.pickZone(sx, sy);
    if (zone) {
      const setup = scenario.zones.find((z) => z.id === zone)!;
      const state = view.zones[zone];
      const strengths = factionIds(scenario).map((f) => [f, Math.round(state?.strength[f] ?? 0)] as const)
        .filter(([, n]) => n > 0)
        .sort((a, b) => b[1] - a[1]);
      const nfz = view.treaties.some((t) => t.term.kind === "nfz" && view.nfzInForce.includes(t.id) && t.term.zones.includes(zone));
      showTooltip(canvas, sx, sy, width, height, setup.name, [
        ui().mapTips.heldBy(state?.control ? at(scenario.factions, state.control).name : null),
        ui().mapTips.civilians(state?.civilians ?? 0),
        ...strengths.map(([f, n]) => {
          const bar = h("span", { class: "tip-bar" });
          bar.style.width = `${Math.min(100, n)}px`;
          bar.style.background = at(scenario.factions, f).color;
          return h("span", { class: "tip-row" }, bar, ` ${at(scenario.factions, f).name} ${n}`);
        }),
        nfz ? ui().mapTips.underNfz : null,
        this.store.planner.active ? ui().mapTips.clickTarget : null,
      ]);
      return;
    }
    const asset = this.pickAsset(sx, sy);
    if (asset) {
      const a = scenario.assets.find((x) => x.id === asset)!;
      const w = scenario.weapons[a.weapon]!;
      const stock = view.assets[asset]?.stock;
      showTooltip(canvas, sx, sy, width, height, a.name, [
        `${at(scenario.powers, a.owner).name} · ${w.name}`,
        ui().mapTips.range(formatKm(w.rangeKm), a.capacity),
        stock !== null && stock !== undefined ? ui().mapTips.stock(stock) : null,
        a.owner === this.store.power && this.store.canPlan ? ui().mapTips.clickPlan : null,
      ]);
      return;
    }
    for (const [country, i] of this.markers.influence) {
      const [x, y0] = this.cam.toScreen(i.x, i.y);
      const y = y0 + 24;
      if (Math.abs(x - sx) < PICK_INFLUENCE && Math.abs(y - sy) < PICK_INFLUENCE * 0.6) {
        const name = scenario.countries.find((c) => c.id === country)?.name ?? country;
        showTooltip(canvas, sx, sy, width, height, ui().mapTips.influenceIn(name), powerIds(scenario).map((p) => `${at(scenario.powers, p).name}: ${Math.round(at(view.powers, p).influence[country] ?? 0)}`));
        return;
      }
    }
    hideTooltip();
  }

  // --- misc

  private leave(): void {
    void this.app.conn.leave();
    setMatchInUrl(null);
    this.scene.start("lobby");
  }

  /** What the map shows, for whoever watches (observe.ts). */
  private exposeMap(): void {
    const place = (x: number, y: number): PlacedPoint => {
      const [sx, sy] = this.cam.toScreen(x, y);
      const { width, height } = this.scale;
      return { x: sx, y: sy, worldX: x, worldY: y, visible: sx >= 0 && sy >= 0 && sx <= width && sy <= height };
    };
    expose("zones", () => Object.fromEntries([...this.markers.zones.values()].map((z) => [z.setup.id, place(z.setup.x, z.setup.y)])));
    expose("assets", () => Object.fromEntries([...this.markers.assets.values()].map((a) => [a.setup.id, place(a.setup.x, a.setup.y)])));
    expose("mapBoxes", () =>
      [...this.markers.boxes(), ...this.playback.boxes()].map((b) => {
        const [left, top] = this.cam.toScreen(b.rect.left, b.rect.top);
        const [right, bottom] = this.cam.toScreen(b.rect.right, b.rect.bottom);
        return { kind: b.kind, id: b.id, left, top, right, bottom };
      }),
    );
    expose("toScreen", (x, y) => this.cam.toScreen(x, y));
    expose("lonLatToScreen", (lon, lat) => this.cam.toScreen(...project([lon, lat])));
    expose("selection", () => this.store.selection);
    expose("camera", () => ({ zoom: this.cameras.main.zoom, scrollX: this.cameras.main.scrollX, scrollY: this.cameras.main.scrollY, width: this.scale.width, height: this.scale.height }));
  }

  private readonly wake = (): void => this.governor?.poke();

  private teardown(): void {
    for (const type of ["pointerdown", "pointermove", "wheel", "keydown"]) this.game.canvas.removeEventListener(type, this.wake);
    window.removeEventListener("keydown", this.wake);
    this.governor?.release();
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
    this.map?.destroy();
    this.map = null;
    this.hud?.destroy();
    this.ui?.destroy();
    this.hud = null;
    this.ui = null;
    this.store?.clear();
    hideTooltip();
    expose("selection", null);
    expose("camera", null);
    expose("route", null);
  }
}

/**
 * Plays a turn's flights: trails and heads (a dot per missile salvo, a triangle per aircraft
 * package), rings where a flight was detected, bursts where units were brought down, a flash
 * and a label at each impact. Driven by the pure Playback model, frame by frame.
 */
import * as Phaser from "phaser";
import type { Scenario } from "../../../shared/scenario/types";
import { placeLabels } from "../model/label-placement";
import type { Rect } from "../model/label-placement";
import type { Playback, PlaybackFrame } from "../model/playback";
import { hexToNumber } from "../model/palette";
import { FONT } from "./fonts";
import { polyline } from "./draw";

export class PlaybackLayer {
  private readonly g: Phaser.GameObjects.Graphics;
  /** Lines from a marker to its label when the label had to move away from it. */
  private readonly leaders: Phaser.GameObjects.Graphics;
  private readonly labels: Phaser.GameObjects.Text[] = [];
  /** Where each label's marker is, map units. */
  private readonly anchors: [number, number][] = [];
  /** What the labels keep clear of (zone labels, names, platforms): the markers layer's boxes. */
  obstacles: () => Rect[] = () => [];
  /** One label per flight: the units still flying. */
  private readonly heads: Phaser.GameObjects.Text[] = [];
  private playback: Playback | null = null;
  private startedAt = 0;
  private zoom = 1;
  private last: PlaybackFrame | null = null;
  onEnd: (() => void) | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly scenario: Scenario,
  ) {
    this.g = scene.add.graphics().setDepth(9);
    this.leaders = scene.add.graphics().setDepth(10);
  }

  get playing(): boolean {
    return this.playback !== null;
  }

  get elapsed(): number {
    return this.playback ? this.scene.time.now - this.startedAt : 0;
  }

  get frame(): PlaybackFrame | null {
    return this.last;
  }

  setZoom(zoom: number): void {
    this.zoom = zoom;
    for (const l of this.labels) l.setScale(1 / zoom);
    for (const l of this.heads) l.setScale(1 / zoom);
    this.placeMarkerLabels();
  }

  play(playback: Playback): void {
    this.stop();
    if (playback.flights.length === 0) return;
    this.playback = playback;
    this.startedAt = this.scene.time.now;
  }

  stop(): void {
    this.playback = null;
    this.g.clear();
    this.leaders.clear();
    for (const l of this.labels) l.destroy();
    this.labels.length = 0;
    this.anchors.length = 0;
    for (const l of this.heads) l.destroy();
    this.heads.length = 0;
    this.last = null;
  }

  private head(i: number): Phaser.GameObjects.Text {
    let t = this.heads[i];
    if (!t) {
      t = this.scene.add
        .text(0, 0, "", { fontFamily: FONT, fontSize: "12px", fontStyle: "bold", color: "#ffffff", stroke: "#0b1622", strokeThickness: 3, resolution: 2 })
        .setOrigin(0, 1)
        .setDepth(10)
        .setScale(1 / this.zoom);
      this.heads[i] = t;
    }
    return t;
  }

  update(): void {
    const p = this.playback;
    if (!p) return;
    const frame = p.frame(this.scene.time.now - this.startedAt);
    this.last = frame;
    this.draw(frame);
    if (frame.done) {
      this.playback = null;
      // Leave the final picture (routes and impacts) until the next play or stop.
      this.onEnd?.();
    }
  }

  private draw(frame: PlaybackFrame): void {
    const g = this.g;
    const z = this.zoom;
    g.clear();
    frame.flights.forEach((f, i) => {
      const head = this.head(i);
      head.setVisible(f.state === "flying" && f.units > 0);
      if (f.state === "waiting") return;
      const color = hexToNumber(this.scenario.powers[f.power]!.color);
      g.lineStyle(2 / z, color, 0.55);
      polyline(g, f.flown);
      g.lineStyle(6 / z, 0x0b1622, 0.6);
      polyline(g, f.trail);
      g.lineStyle(3 / z, color, 1);
      polyline(g, f.trail);
      if (f.state === "arrived" || f.units <= 0) return;
      const [x, y] = f.xy;
      head.setText(`${f.units}`).setPosition(x + 9 / z, y - 9 / z);
      g.fillStyle(0xffffff, 1);
      g.lineStyle(2 / z, color, 1);
      if (f.weapon === "missile") {
        g.fillCircle(x, y, 5 / z);
        g.strokeCircle(x, y, 5 / z);
      } else {
        const s = 9 / z;
        const a = f.heading;
        const p = (d: number, r: number) => [x + Math.cos(a + d) * r, y + Math.sin(a + d) * r] as const;
        const [x0, y0] = p(0, s);
        const [x1, y1] = p(2.5, s * 0.8);
        const [x2, y2] = p(-2.5, s * 0.8);
        g.fillTriangle(x0, y0, x1, y1, x2, y2);
        g.strokeTriangle(x0, y0, x1, y1, x2, y2);
      }
    });
    for (const m of frame.markers) {
      const [x, y] = m.xy;
      const age = Math.min(1, m.age / 900);
      switch (m.kind) {
        case "detected":
          g.lineStyle(2 / z, 0xf0e442, 1 - age * 0.6);
          g.strokeCircle(x, y, (8 + 22 * age) / z);
          break;
        case "intercepted":
        case "shootDown": {
          const r = (7 + 8 * age) / z;
          g.lineStyle(3 / z, 0xff5a5a, 1);
          g.lineBetween(x - r, y - r, x + r, y + r);
          g.lineBetween(x - r, y + r, x + r, y - r);
          break;
        }
        case "impact":
          g.fillStyle(0xffffff, 0.5 * (1 - age));
          g.fillCircle(x, y, (10 + 26 * age) / z);
          g.lineStyle(2.5 / z, 0xffffff, 1);
          g.strokeCircle(x, y, 12 / z);
          break;
      }
    }
    // Labels appear once per marker, placed clear of each other and of the map's own labels.
    const before = this.labels.length;
    while (this.labels.length < frame.markers.length) {
      const m = frame.markers[this.labels.length]!;
      const color = m.kind === "detected" ? "#f0e442" : m.kind === "impact" ? "#ffffff" : "#ff8a8a";
      const label = this.scene.add
        .text(m.xy[0], m.xy[1], m.label, { fontFamily: FONT, fontSize: "13px", fontStyle: "bold", color, stroke: "#0b1622", strokeThickness: 4, resolution: 2 })
        .setOrigin(0.5, 1)
        .setDepth(10)
        .setScale(1 / z);
      this.labels.push(label);
      this.anchors.push([m.xy[0], m.xy[1]]);
    }
    if (this.labels.length !== before) this.placeMarkerLabels();
  }

  /** The labels on the map now, map units. */
  boxes(): { kind: "playbackLabel"; id: string; rect: Rect }[] {
    return this.labels.map((l, i) => {
      const b = l.getBounds();
      return { kind: "playbackLabel" as const, id: `${i}:${l.text}`, rect: { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height } };
    });
  }

  private placeMarkerLabels(): void {
    if (this.labels.length === 0) return;
    const items = this.labels.map((l, i) => ({ id: String(i), x: this.anchors[i]![0], y: this.anchors[i]![1], width: l.width, height: l.height }));
    const placed = placeLabels(items, 1 / this.zoom, 14, 10, this.obstacles());
    const z = this.zoom;
    this.leaders.clear();
    this.leaders.lineStyle(1.5 / z, 0xffffff, 0.8);
    this.labels.forEach((l, i) => {
      const p = placed.get(String(i))!;
      l.setOrigin(p.originX, p.originY).setPosition(p.x, p.y);
      if (p.reach <= 1) return;
      const [ax, ay] = this.anchors[i]!;
      const dx = p.x - ax;
      const dy = p.y - ay;
      const d = Math.hypot(dx, dy) || 1;
      this.leaders.lineBetween(ax + (dx / d) * (12 / z), ay + (dy / d) * (12 / z), p.x - (dx / d) * (3 / z), p.y - (dy / d) * (3 / z));
    });
  }
}

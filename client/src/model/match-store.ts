/**
 * What the match screen shows and edits, in one place: the seat's view, the public header, the
 * selection, the route being planned, the orders draft, chat and the report to play. No Phaser
 * and no DOM: the scene and the panels listen to it; the connection feeds it.
 */
import { factionIds } from "../../../shared/scenario/ids-of";
import type { GameEvent } from "../../../shared/events";
import type { FactionId, PowerId, Viewer } from "../../../shared/ids";
import { emptyOrders } from "../../../shared/orders";
import { checkOrders } from "../../../shared/rules/check-orders";
import { unitsAvailable } from "../../../shared/rules/strikes";
import { getScenario } from "../../../shared/scenario";
import type { Scenario } from "../../../shared/scenario/types";
import type { MatchView } from "../../../shared/view";
import type { PublicState } from "../net/public-state";
import { ChatModel } from "./chat";
import type { ChatMessage } from "./chat";
import { Emitter } from "./emitter";
import { errorText } from "./format";
import { OrdersDraft } from "./orders-draft";
import { lastResolvedTurn } from "./report";
import { RoutePlanner } from "./route-planner";
import type { DraftEdit, TeamView } from "../../../shared/team-draft";
import { ui } from "../lang/ui";

export type Selection = { kind: "asset"; id: string } | { kind: "zone"; id: string } | null;

export type Tab = "goals" | "orders" | "diplomacy" | "chat" | "report";

export interface StrikeForm {
  faction: FactionId;
  claim: FactionId;
  units: number;
  /** The strike being edited, or null for a new one. */
  editing: string | null;
}

export interface StoreEvents extends Record<string, unknown> {
  view: { view: MatchView; events: GameEvent[]; phaseChanged: boolean };
  public: PublicState;
  selection: Selection;
  route: null;
  draft: null;
  /** The team's draft or readiness changed on the server. */
  team: TeamView | null;
  chat: null;
  tab: Tab;
  /** A turn's resolution is there to play (new, or asked again). */
  report: { turn: number; replay: boolean };
}

export class MatchStore extends Emitter<StoreEvents> {
  readonly scenario: Scenario;
  readonly planner: RoutePlanner;
  readonly chat: ChatModel;
  view: MatchView;
  pub: PublicState | null = null;
  selection: Selection = null;
  draft: OrdersDraft | null;
  /** The seat's team as the server holds it: the shared draft, who is ready, the rule. */
  team: TeamView | null = null;
  /** Every team this viewer sees (the facilitator: all of them). */
  teams: readonly TeamView[] = [];
  /** Changes sent to the server and not yet in the team's draft it sent back (version: the draft's once it answered). */
  inFlight: { edits: DraftEdit[]; version: number | null }[] = [];
  /** Sends the team's draft as its orders (set by ../net/draft-sync.ts); true once sent. */
  sendOrders: () => Promise<boolean> = async () => false;
  strikeForm: StrikeForm;
  tab: Tab = "orders";
  /** The last turn whose report was played. */
  reportedTurn: number | null;

  constructor(
    view: MatchView,
    readonly viewer: Viewer,
  ) {
    super();
    this.scenario = getScenario(view.scenarioId);
    // A new strike aims at, and claims, the scenario's first faction (Caspian Salvo: the Islamic State).
    const first = factionIds(this.scenario)[0] ?? "";
    this.strikeForm = { faction: first, claim: first, units: 1, editing: null };
    this.view = view;
    this.planner = new RoutePlanner(this.scenario);
    this.chat = new ChatModel(this.scenario, viewer);
    this.draft = this.power ? OrdersDraft.fromView(this.scenario, view, this.power) : null;
    // A report already shown before a refresh is not replayed by itself.
    this.reportedTurn = view.phase === "report" ? null : lastResolvedTurn(view.log);
    // A seat's first sight of a match is its objectives; later briefings open on diplomacy.
    if (this.power && view.turn === 1 && view.phase === "briefing") this.tab = "goals";
    else if (view.phase === "diplomacy" || view.phase === "briefing") this.tab = "diplomacy";
  }

  get power(): PowerId | null {
    return this.viewer !== "spectator" && this.viewer !== "facilitator" ? this.viewer : null;
  }

  setView(view: MatchView, events: GameEvent[]): void {
    const before = this.view;
    const phaseChanged = before.turn !== view.turn || before.phase !== view.phase;
    this.view = view;
    if (this.power && (before.turn !== view.turn || !this.draft)) {
      this.inFlight = [];
      this.draft = null;
      this.rebuildDraft();
      this.planner.clear();
      this.emit("route", null);
    }
    if (this.power && phaseChanged && view.phase === "orders" && this.draft && !this.draft.dirty) this.rebuildDraft();
    if (phaseChanged && !this.canPlan && this.planner.active) {
      this.planner.clear();
      this.emit("route", null);
    }
    this.emit("view", { view, events, phaseChanged });
    // A new phase brings its panel forward, unless the player is chatting.
    if (phaseChanged && this.tab !== "chat") {
      if (view.phase === "diplomacy") this.setTab("diplomacy");
      else if (view.phase === "orders") this.setTab("orders");
    }
    const resolved = lastResolvedTurn(view.log);
    if (resolved !== null && resolved !== this.reportedTurn && (view.phase === "report" || view.status === "ended" || resolved < view.turn)) {
      this.reportedTurn = resolved;
      this.setTab("report");
      this.emit("report", { turn: resolved, replay: false });
    }
  }

  /** The team's draft changed on the server: the draft here is rebuilt from it, keeping changes not confirmed yet. */
  setTeam(teams: readonly TeamView[]): void {
    this.teams = teams;
    const team = teams.find((t) => t.power === this.power) ?? null;
    this.team = team;
    if (team && team.draft.turn === this.view.turn) {
      this.rebuildDraft();
      this.emit("draft", null);
    }
    this.emit("team", team);
  }

  /** The draft from the team's on the server (with the changes it lacks), or from the orders sent. */
  private rebuildDraft(): void {
    if (!this.power) return;
    const team = this.team;
    if (team && team.draft.turn === this.view.turn) {
      this.inFlight = this.inFlight.filter((f) => f.version === null || f.version > team.draft.version);
      this.draft = OrdersDraft.fromTeam(this.scenario, this.power, team.draft, this.inFlight.flatMap((f) => f.edits), this.draft?.pending ?? []);
    } else this.draft = OrdersDraft.fromView(this.scenario, this.view, this.power);
  }

  setPublic(pub: PublicState): void {
    this.pub = pub;
    this.emit("public", pub);
  }

  addChat(messages: readonly ChatMessage[]): void {
    if (this.chat.add(messages) > 0) this.emit("chat", null);
  }

  select(selection: Selection): void {
    this.selection = selection;
    this.emit("selection", selection);
  }

  setTab(tab: Tab): void {
    if (this.tab === tab) return;
    this.tab = tab;
    this.chat.setVisible(tab === "chat");
    this.emit("tab", tab);
    this.emit("chat", null);
  }

  replay(): void {
    const turn = lastResolvedTurn(this.view.log);
    if (turn !== null) this.emit("report", { turn, replay: true });
  }

  /** Plays a past turn's flights again (and shows its report). */
  replayTurn(turn: number): void {
    this.emit("report", { turn, replay: true });
  }

  /** Strikes can be planned ahead from the briefing on, and sent in the orders phase. */
  get canPlan(): boolean {
    const { phase, status } = this.view;
    return this.power !== null && status === "running" && (phase === "briefing" || phase === "diplomacy" || phase === "orders");
  }

  /** Starts planning a strike from one of the seat's platforms. */
  planFrom(asset: string): boolean {
    const setup = this.scenario.assets.find((a) => a.id === asset);
    if (!setup || setup.owner !== this.power || !this.canPlan) return false;
    this.planner.start(asset);
    const left = this.draft ? this.unitsLeft(asset) : 1;
    this.strikeForm = { ...this.strikeForm, units: Math.max(1, left), editing: null };
    this.select({ kind: "asset", id: asset });
    this.setTab("orders");
    this.emit("route", null);
    return true;
  }

  editStrike(id: string): void {
    const strike = this.draft?.strikes.find((s) => s.id === id);
    if (!strike) return;
    this.planner.load(strike.asset, strike.waypoints, strike.zone);
    this.strikeForm = { faction: strike.faction, claim: strike.claim, units: strike.units, editing: id };
    this.setTab("orders");
    this.emit("route", null);
  }

  routeChanged(): void {
    this.emit("route", null);
  }

  draftChanged(): void {
    this.emit("draft", null);
  }

  cancelRoute(): void {
    this.planner.clear();
    this.strikeForm = { ...this.strikeForm, editing: null };
    this.emit("route", null);
  }

  /** What the rules' checkOrders refuses in the draft, in words (the server checks again), or null. */
  ordersProblem(): string | null {
    if (!this.draft || !this.power) return null;
    const checked = checkOrders(this.view, this.power, this.draft.toOrders());
    return checked.ok ? null : errorText(checked.error, this.scenario);
  }

  /** Units a platform can still launch this turn besides the draft's strikes (but `except`), by the rules' count. */
  unitsLeft(asset: string, except?: string): number {
    const setup = this.scenario.assets.find((a) => a.id === asset);
    if (!setup || !this.draft) return 0;
    return Math.max(0, unitsAvailable(this.view, setup) - this.draft.unitsFrom(asset, except));
  }

  /**
   * Puts the planned route into the draft as a strike; returns a problem in words, or null. The
   * rules' checkOrders judges the platform's strikes with it, as the server will.
   */
  commitRoute(): string | null {
    const p = this.planner;
    const draft = this.draft;
    if (!draft || !p.asset || !this.power) return ui().input.pickPlatform;
    if (!p.zone) return ui().input.pickZone;
    const { faction, claim, units, editing } = this.strikeForm;
    // The command's validator (not bundled here) wants a unit at least.
    if (units < 1) return "A strike needs at least one unit.";
    const strike = { asset: p.asset, zone: p.zone, faction, claim, units, waypoints: p.waypoints.map((w) => [w[0], w[1]] as const) };
    const others = draft.strikes.filter((s) => s.asset === p.asset && s.id !== editing);
    let id = editing ?? "planned";
    while (others.some((s) => s.id === id)) id += "'";
    const strikes = [...others, { ...strike, id }];
    const checked = checkOrders(this.view, this.power, { ...emptyOrders(draft.posture), strikes });
    if (!checked.ok) return errorText(checked.error, this.scenario);
    if (editing) draft.replaceStrike(editing, strike);
    else draft.addStrike(strike);
    this.cancelRoute();
    this.draftChanged();
    return null;
  }
}

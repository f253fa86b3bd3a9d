/**
 * The lobby: the scenario to play, quick play, a practice match against bots, create a match (public or private, turns,
 * timer profile, bot seats), join by code or from the list of open matches, or spectate.
 */
import type { PowerId } from "../../../shared/ids";
import { powerIn } from "../model/scenario-choice";
import type { ScenarioSummary } from "../model/scenario-choice";
import { ScenarioPicker } from "./scenario-picker";
import type { Connection, CreateMatchOptions, JoinAs } from "../net/connection";
import type { ListedMatch } from "../net/api";
import { phaseName } from "../model/format";
import { button, byId, fill, h, keepFocus, numberInput, select, swatch } from "./dom";
import { EntryRunner } from "./entry-runner";
import { restartGuide } from "./guide-panel";
import { toast } from "./toasts";
import { LIMITS } from "../../../shared/limits";
import { onLanguage } from "../lang/language";
import { languageSwitch } from "./language-switch";
import { ui } from "../lang/ui";

export interface LobbyActions {
  /** A match was joined: go to it. */
  entered(): void;
}

function timerProfiles(): [string, string][] {
  const w = ui().lobby;
  return [["lesson", w.timerLesson], ["online", w.timerOnline], ["quick", w.timerQuick]];
}

const QUICK_TIMERS = { briefing: 15, diplomacy: 120, orders: 60, report: 30 } as const;

/** What the player set on the lobby's forms, kept when the lobby is drawn again (another scenario, another language). */
interface LobbyForm {
  name: string;
  visibility: "public" | "private";
  turns: number;
  timers: string;
  power: PowerId | "any";
  bots: Set<PowerId>;
  quickPower: PowerId | "any";
  code: string;
  codePower: PowerId | "any";
}

function formFor(s: ScenarioSummary): LobbyForm {
  return { name: "", visibility: "public", turns: s.defaultTurns, timers: "online", power: s.powers[0]?.id ?? "any", bots: new Set(), quickPower: "any", code: "", codePower: "any" };
}

/** The form for scenario `s`: its turns, and only the seats it has (the power chosen stays if it has it, else its first). */
function refit(form: LobbyForm, s: ScenarioSummary): void {
  const has = (p: PowerId | "any") => p === "any" || s.powers.some((x) => x.id === p);
  form.turns = s.defaultTurns;
  if (!has(form.power)) form.power = s.powers[0]?.id ?? "any";
  for (const p of form.bots) if (!has(p) || p === form.power) form.bots.delete(p);
  if (!has(form.quickPower)) form.quickPower = "any";
  if (!has(form.codePower)) form.codePower = "any";
}

export class LobbyView {
  private readonly root = h("div", { class: "lobby", "data-testid": "lobby" });
  private readonly entry = new EntryRunner(this.root, () => this.actions.entered());
  private readonly list = h("div", { class: "match-list", "data-testid": "match-list" });
  private readonly mine = h("div", { class: "my-matches", "data-testid": "my-matches" });
  private readonly picker = new ScenarioPicker((chosen) => {
    refit(this.form, chosen);
    keepFocus(this.root, () => this.render());
  });
  private readonly form: LobbyForm = formFor(this.picker.chosen);
  private readonly offLanguage: () => void;

  constructor(
    private readonly conn: Connection,
    private readonly actions: LobbyActions,
    private readonly prefillMatch: string | null,
  ) {
    this.render();
    byId("overlay").append(this.root);
    void this.refresh();
    void this.picker.load(() => this.conn.api.listScenarios());
    // The language switch redraws the lobby in the new language, focus back on the switch.
    this.offLanguage = onLanguage(() => {
      this.render();
      void this.refresh();
      this.root.querySelector<HTMLElement>("[data-testid=language]")?.focus();
    });
  }

  destroy(): void {
    this.offLanguage();
    this.root.remove();
  }

  private get name(): string {
    return this.conn.seats.playerName.trim() || ui().lobby.defaultName;
  }

  private get scenario(): ScenarioSummary {
    return this.picker.chosen;
  }

  private render(): void {
    const s = this.scenario;
    const w = ui().lobby;
    this.picker.render();
    const nameInput = h("input", { type: "text", maxlength: LIMITS.nameLength, value: this.conn.seats.playerName, placeholder: w.yourName, "aria-label": w.yourName, "data-testid": "player-name" });
    nameInput.addEventListener("change", () => (this.conn.seats.playerName = nameInput.value.trim()));

    // Create
    const form = this.form;
    const powerChoices = s.powers.map((p) => [p.id, p.name] as const);
    const botBoxes = h("div", { class: "inline" });
    const renderBots = () =>
      fill(
        botBoxes,
        ...s.powers.filter((p) => p.id !== form.power).map((p) => {
          const box = h("input", { type: "checkbox", checked: form.bots.has(p.id), "data-testid": `bot-${p.id}` });
          box.addEventListener("change", () => (box.checked ? form.bots.add(p.id) : form.bots.delete(p.id)));
          return h("label", { class: "check" }, box, swatch(p.color), p.short);
        }),
      );
    renderBots();
    const matchName = h("input", { type: "text", maxlength: LIMITS.matchNameLength, value: form.name, placeholder: w.matchNamePlaceholder, "aria-label": w.matchName, "data-testid": "match-name" });
    matchName.addEventListener("input", () => (form.name = matchName.value));
    const create = h(
      "section",
      { class: "card", "aria-label": w.create },
      h("h2", {}, w.create),
      matchName,
      h(
        "div",
        { class: "inline" },
        h("label", { class: "field" }, w.visibility, select({ "data-testid": "visibility" }, [["public", w.public], ["private", w.private]], form.visibility, (v) => (form.visibility = v as "public" | "private"))),
        h("label", { class: "field" }, w.turns, numberInput({ class: "num", "data-testid": "turns" }, form.turns, 1, LIMITS.turns, (v) => (form.turns = v))),
        h("label", { class: "field" }, w.timers, select({ "data-testid": "timers" }, timerProfiles(), form.timers, (v) => (form.timers = v))),
      ),
      h("label", { class: "field" }, w.youPlay, select({ "data-testid": "create-power" }, [["any", w.anyFreePower], ...powerChoices], form.power, (v) => {
        form.power = v as PowerId | "any";
        if (form.power !== "any") form.bots.delete(form.power);
        renderBots();
      })),
      h("fieldset", {}, h("legend", {}, w.botSeats), botBoxes),
      button(w.createMatch, () => {
        const timers: CreateMatchOptions["timers"] = form.timers === "quick" ? { ...QUICK_TIMERS } : (form.timers as "lesson" | "online");
        const options: CreateMatchOptions = { scenario: s.id, visibility: form.visibility, turns: form.turns, timers, bots: [...form.bots], ...(form.name.trim() ? { name: form.name.trim() } : {}) };
        void this.entry.run(() => this.conn.create(options, form.power === "any" ? null : form.power, this.name));
      }, { class: "primary", "data-testid": "create" }),
    );

    // Quick play: any free power, or the one chosen
    const quickPower = select({ "aria-label": w.quickPower, "data-testid": "quick-power" }, [["any", w.anyPower], ...powerChoices], form.quickPower, (v) => (form.quickPower = v as PowerId | "any"));

    // Join by code
    // The match's scenario is not known before joining: the powers offered are the chosen scenario's (the server refuses a power its match lacks).
    const code = h("input", { type: "text", maxlength: 8, value: form.code, placeholder: "ABC234", "aria-label": w.joinCode, class: "code-input", "data-testid": "join-code" });
    code.addEventListener("input", () => (form.code = code.value));
    const join = h(
      "section",
      { class: "card", "aria-label": w.joinByCode },
      h("h2", {}, w.joinByCode),
      h("div", { class: "inline" }, code, select({ "aria-label": w.power, "data-testid": "join-power" }, [["any", w.anyFreePower], ...powerChoices], form.codePower, (v) => (form.codePower = v as PowerId | "any"))),
      h(
        "div",
        { class: "inline" },
        button(w.join, () => void this.joinCode(code.value, form.codePower === "any" ? { quick: true } : { power: form.codePower }), { class: "primary", "data-testid": "join" }),
        button(w.spectate, () => void this.joinCode(code.value, { spectator: true }), { "data-testid": "spectate-code" }),
      ),
    );

    fill(
      this.root,
      h(
        "header",
        { class: "lobby-head" },
        h("div", { class: "row" }, h("h1", { class: "grow" }, "OVERFLIGHT"), languageSwitch()),
        this.picker.element,
        h(
          "div",
          { class: "inline" },
          nameInput,
          quickPower,
          button(w.quickPlay, () => void this.entry.run(() => this.conn.quickPlay(this.name, form.quickPower === "any" ? undefined : form.quickPower, s.id)), { class: "primary big", "data-testid": "quick-play", title: w.quickPlayTitle }),
          button(w.practice, () => void this.practice(form.quickPower), {
            class: "big",
            "data-testid": "practice",
            title: w.practiceTitle,
          }),
          h("a", { class: "button", href: "?teach", "data-testid": "teach-link", title: w.teachTitle }, w.teach)),
      ),
      h(
        "div",
        { class: "lobby-grid" },
        create,
        h("div", {}, this.mine, join),
        h("section", { class: "card", "aria-label": w.openMatches }, h("div", { class: "row" }, h("h2", { class: "grow" }, w.openMatches), button(w.refresh, () => void this.refresh())), this.list),
      ),
    );
    this.renderMine();
  }

  /** A private match on quick timers with every other seat a bot, and the guide shown again from the start. */
  private practice(choice: PowerId | "any"): void {
    const s = this.scenario;
    // Asked for any power: the scenario's first seat.
    const power = choice === "any" ? s.powers[0]?.id : choice;
    if (!power) return;
    restartGuide();
    const options: CreateMatchOptions = { scenario: s.id, visibility: "private", timers: { ...QUICK_TIMERS }, bots: s.powers.map((p) => p.id).filter((p) => p !== power), name: ui().lobby.practiceMatchName };
    void this.entry.run(() => this.conn.create(options, power, this.name));
  }

  /** Seats this browser holds: back into a match with its seat key. */
  private renderMine(): void {
    const seats = this.conn.seats.list().filter((s) => s.seatKey || s.facilitatorKey).slice(0, 5);
    if (seats.length === 0) {
      fill(this.mine);
      return;
    }
    const s = this.scenario;
    const w = ui();
    const viewerName = (v: string) => (v === "spectator" ? w.common.spectator : v === "facilitator" ? w.common.facilitator : v);
    fill(
      this.mine,
      h(
        "section",
        { class: "card", "aria-label": w.lobby.yourMatches },
        h("h2", {}, w.lobby.yourMatches),
        h(
          "ul",
          { class: "list" },
          ...seats.map((seat) => {
            const power = seat.viewer !== "spectator" && seat.viewer !== "facilitator" ? powerIn(this.picker.scenarios, s, seat.viewer) : undefined;
            return h(
              "li",
              { class: "row", "data-rejoin": seat.matchId },
              power ? swatch(power.color) : null,
              h("span", { class: "grow small" }, w.lobby.seatLine(power?.name ?? viewerName(seat.viewer), seat.code)),
              button(w.lobby.rejoin, () => void this.entry.run(() => this.conn.rejoin(seat.matchId))),
              button("✕", () => {
                this.conn.seats.forget(seat.matchId);
                this.renderMine();
              }, { class: "icon", "aria-label": w.lobby.forget }),
            );
          }),
        ),
      ),
    );
  }

  private async refresh(): Promise<void> {
    let matches: ListedMatch[];
    try {
      matches = await this.conn.api.listMatches();
    } catch (e) {
      fill(this.list, h("p", { class: "warn" }, (e as Error).message));
      return;
    }
    const s = this.scenario;
    const w = ui().lobby;
    fill(
      this.list,
      matches.length === 0
        ? h("p", { class: "hint" }, w.noMatches)
        : h(
            "ul",
            { class: "list" },
            ...matches.map((m) =>
              h(
                "li",
                { class: `card match ${m.id === this.prefillMatch ? "highlight" : ""}`, "data-match": m.id },
                h("div", { class: "row" }, h("b", { class: "grow" }, m.name), h("span", { class: "small" }, w.matchLine(m.turn, m.turns, phaseName(m.phase), m.players))),
                h(
                  "div",
                  { class: "inline" },
                  ...m.seatsFree.map((power) => {
                    // The match's own scenario names its seats.
                    const of = this.picker.scenarios.find((x) => x.id === m.scenario.id) ?? s;
                    const seat = of.powers.find((x) => x.id === power);
                    return button([swatch(seat?.color ?? "#888"), w.joinAs(seat?.name ?? power)], () => void this.entry.run(() => this.conn.join(m.id, { power }, this.name)), { "data-testid": `join-${m.id}-${power}` });
                  }),
                  button(w.spectate, () => void this.entry.run(() => this.conn.join(m.id, { spectator: true }, this.name)), { "data-testid": `spectate-${m.id}` }),
                ),
              ),
            ),
          ),
    );
  }

  private async joinCode(code: string, as: JoinAs): Promise<void> {
    if (!code.trim()) return toast(ui().lobby.typeCode, "error");
    await this.entry.run(async () => {
      const { matchId } = await this.conn.api.lookupCode(code);
      await this.conn.join(matchId, as, this.name);
    });
  }
}

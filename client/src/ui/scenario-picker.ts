/**
 * The "Scenario" select of the lobby and the teacher's page: the shipped scenarios as the server
 * lists them (the first is the default), and under it the chosen one's date, summary and powers.
 * Until the list comes, and if it never does, the scenario this client bundles as the default is
 * the one offered, and a failure is said in the page. A listed scenario this client does not
 * bundle is left out: its matches could not be shown here.
 */
import { DEFAULT_SCENARIO_ID, getScenario, hasScenario } from "../../../shared/scenario";
import { pickScenario, summaryOf } from "../model/scenario-choice";
import type { ScenarioSummary } from "../model/scenario-choice";
import { ui } from "../lang/ui";
import { fill, h, keepFocus, select, swatch } from "./dom";
import { scenarioDate, scenarioSummary } from "../lang/scenario-words";

let pickers = 0;

export class ScenarioPicker {
  readonly element = h("div", { class: "scenario-picker", "data-testid": "scenario-picker" });
  private list: ScenarioSummary[] = [summaryOf(getScenario(DEFAULT_SCENARIO_ID))];
  private chosenId = DEFAULT_SCENARIO_ID;
  private state: "loading" | "loaded" | { failed: string } = "loading";
  /** What a teacher's file makes the match play instead of the choice. */
  private override: ScenarioSummary | null = null;
  private readonly selectId = `scenario-select-${++pickers}`;

  /** `changed`: the select's choice changed (by the player, or to the first listed once the list came). */
  constructor(private readonly changed: (chosen: ScenarioSummary) => void) {
    this.render();
  }

  get chosen(): ScenarioSummary {
    return pickScenario(this.list, this.chosenId) ?? summaryOf(getScenario(DEFAULT_SCENARIO_ID));
  }

  /** Every scenario offered, in order. */
  get scenarios(): readonly ScenarioSummary[] {
    return this.list;
  }

  /** Fetches the list; the first listed becomes the choice. */
  async load(fetchList: () => Promise<ScenarioSummary[]>): Promise<void> {
    const before = this.chosen;
    try {
      const list = (await fetchList()).filter((x) => hasScenario(x.id));
      if (list.length === 0) throw new Error(ui().scenarioPicker.noneListed);
      this.list = list;
      this.chosenId = list[0]!.id;
      this.state = "loaded";
    } catch (e) {
      this.state = { failed: (e as Error).message };
    }
    keepFocus(this.element, () => this.render());
    if (JSON.stringify(this.chosen) !== JSON.stringify(before)) this.changed(this.chosen);
  }

  /** A teacher's file decides the scenario instead of the select (shown under it as what will be played), or no longer (null). */
  setOverride(file: ScenarioSummary | null): void {
    this.override = file;
    keepFocus(this.element, () => this.render());
  }

  /** Redraws in the current language. */
  render(): void {
    const w = ui().scenarioPicker;
    const chosen = this.chosen;
    const s = this.override ?? chosen;
    // A scenario this browser has (a shipped one) is described in the screen's language.
    const known = hasScenario(s.id) ? getScenario(s.id) : null;
    const choice = select(
      { id: this.selectId, "data-testid": "scenario-select", title: w.title, disabled: this.override !== null },
      this.list.map((x) => [x.id, x.name] as const),
      chosen.id,
      (v) => {
        this.chosenId = v;
        keepFocus(this.element, () => this.render());
        this.changed(this.chosen);
      },
    );
    const state = this.state;
    fill(
      this.element,
      h(
        "div",
        { class: "inline" },
        // The label beside the select, not around it: the select's name is then "Scenario" alone.
        h("div", { class: "field" }, h("label", { for: this.selectId }, w.label), choice),
        this.override ? h("span", { class: "small warn", "data-testid": "scenario-overridden" }, w.overridden) : null,
      ),
      h("p", { class: "small", "data-testid": "scenario-about" }, w.about(s.name, known ? scenarioDate(known) : s.date, known ? scenarioSummary(known) : s.summary)),
      h(
        "ul",
        { class: "inline scenario-powers", "aria-label": w.powers, "data-testid": "scenario-powers" },
        ...s.powers.map((p) => h("li", { "data-power": p.id }, swatch(p.color), p.name)),
      ),
      state === "loading"
        ? h("p", { class: "small dim", role: "status" }, w.loading)
        : state === "loaded"
          ? null
          : h("p", { class: "warn small", role: "alert", "data-testid": "scenario-list-error" }, w.failed(state.failed, chosen.name)),
    );
  }
}

/**
 * The teacher's page (?teach): create a lesson in one click (the "lesson" profile: 6 turns of at
 * most 7½ minutes, teams, bots for empty seats, starting paused), come back to a running lesson,
 * and open the debrief and exports of past ones. Past lessons are those created in this browser
 * (it keeps their facilitator keys).
 */
import type { PowerId } from "../../../shared/ids";
import { at } from "../../../shared/at";
import { getScenario } from "../../../shared/scenario";
import { summaryOf } from "../model/scenario-choice";
import { ScenarioPicker } from "../ui/scenario-picker";
import type { ArchivedMatch } from "../debrief/archive-api";
import { exportLinks, fetchMyMatches } from "../debrief/archive-api";
import { recoveryFromHash } from "./recovery-card";
import { debriefLink, reportLink, spacedCode } from "../model/classroom-links";
import type { FacilitatorKeys } from "../model/facilitator-keys";
import { phaseName } from "../model/format";
import type { Connection, CreateMatchOptions } from "../net/connection";
import { button, byId, fill, h, keepFocus, numberInput, select, swatch } from "../ui/dom";
import { EntryRunner } from "../ui/entry-runner";
import type { LessonPreset, Scenario } from "../../../shared/scenario/types";
import { lessonMinutes, lessonTimeline, minutes, turnSeconds } from "../model/lesson-timeline";
import { ui } from "../lang/ui";
import { LIMITS } from "../../../shared/limits";
import { locale } from "../lang/language";
import { checkScenarioFile } from "../net/custom-scenario";
import type { ScenarioCheck } from "../net/custom-scenario";
import { exampleScenarioFile } from "../../../shared/scenario/example";
import { restoreScenario } from "../../../shared/scenario/file";
import type { ScenarioFile } from "../../../shared/scenario/file";
import { presetLabel } from "../lang/scenario-words";

type Timers = { briefing: number; diplomacy: number; orders: number; report: number };
interface Profile {
  label: string;
  timers: Timers | "online";
  /** A class-period preset (the scenario's): its turns, and the minutes to join and to debrief. */
  preset: LessonPreset | null;
}

/** The scenario's class-period presets (the first is the default), then the long online timing. */
function profiles(s: Scenario): Record<string, Profile> {
  const out: Record<string, Profile> = {};
  const w = ui().classroom.setup;
  for (const p of s.lessonPresets) out[p.id] = { label: w.profile(presetLabel(s, p), minutes(p.timers.diplomacy), minutes(p.timers.orders)), timers: p.timers, preset: p };
  out.online = { label: w.profileLong, timers: "online", preset: null };
  return out;
}


export interface SetupActions {
  /** The match was created or rejoined as its facilitator. */
  entered(): void;
}

export class SetupView {
  private readonly root = h("div", { class: "lobby teach", "data-testid": "teach" });
  private readonly entry = new EntryRunner(this.root, () => this.actions.entered());
  private readonly mine = h("div", { "data-testid": "my-classes" }, h("p", { class: "hint" }, ui().classroom.setup.loading));
  private readonly picker = new ScenarioPicker(() => this.scenarioChanged());
  /** What the lesson will be like: its scenario's timing, turns and bot seats, drawn again when the scenario changes. */
  private readonly options = h("div", { class: "lesson-options" });
  private readonly form = { turns: 0, profile: "online", level: "normal" as "easy" | "normal" | "hard", bots: new Set<PowerId>(), practice: false };
  private setTurns: (turns: number) => void = () => undefined;

  constructor(
    private readonly conn: Connection,
    private readonly keys: FacilitatorKeys,
    private readonly actions: SetupActions,
  ) {
    this.presetsOf(this.scenario);
    this.render();
    byId("overlay").append(this.root);
    void this.picker.load(() => this.conn.api.listScenarios());
    const code = recoveryFromHash(location.hash);
    if (code) {
      // The code stays out of the address bar (and its history) once read.
      history.replaceState(null, "", `${location.pathname}${location.search}`);
      void this.recover(code);
    } else void this.refresh();
  }

  /** A teacher on another device types the recovery code (or opens the teacher link): the lesson is theirs here too. */
  private async recover(code: string): Promise<void> {
    const key = code.trim();
    const w = ui().classroom.setup;
    this.recoveryNote.textContent = w.lookingFor;
    let matches: ArchivedMatch[] = [];
    try {
      matches = /^f_[A-Za-z0-9_-]{10,100}$/.test(key) ? await fetchMyMatches(this.conn.baseUrl, [key]) : [];
    } catch (e) {
      this.recoveryNote.textContent = (e as Error).message;
      return;
    }
    if (matches.length === 0) {
      this.recoveryNote.textContent = w.noLesson;
      return;
    }
    for (const m of matches) this.keys.add({ matchId: m.id, key, name: m.name, createdAt: m.createdAt });
    this.recoveryNote.textContent = w.found(matches[0]!.name);
    await this.refresh();
    const running = matches.find((m) => m.status === "running");
    if (running) void this.entry.run(() => this.rejoin(running.id, key));
  }

  private readonly recoveryNote = h("p", { class: "small", role: "status", "data-testid": "recovery-note" });

  destroy(): void {
    this.root.remove();
  }

  /** The scenario the lesson will play: the teacher's file once loaded, else the one chosen. */
  private get scenario(): Scenario {
    return this.fileScenario ?? getScenario(this.picker.chosen.id);
  }

  /** Timing and turns from scenario `s`'s first class-period preset (or its lesson turns). */
  private presetsOf(s: Scenario): void {
    const first = s.lessonPresets[0];
    this.form.profile = first?.id ?? "online";
    this.form.turns = first?.turns ?? s.lessonTurns;
  }

  private scenarioChanged(): void {
    this.presetsOf(this.scenario);
    this.keepSeatsOf(this.scenario);
    keepFocus(this.options, () => this.renderOptions());
  }

  /** Only seats the scenario has stay kept for bots. */
  private keepSeatsOf(s: Scenario): void {
    for (const p of this.form.bots) if (!Object.hasOwn(s.powers, p)) this.form.bots.delete(p);
  }

  private renderOptions(): void {
    const s = this.scenario;
    const PROFILES = profiles(s);
    const form = this.form;
    const w = ui().classroom.setup;
    if (!PROFILES[form.profile]) form.profile = s.lessonPresets[0]?.id ?? "online";
    const estimate = h("span", { class: "small dim", "data-testid": "lesson-minutes" });
    const total = h("p", { class: "small", "data-testid": "lesson-total" });
    const updateEstimate = () => {
      const profile = at(PROFILES, form.profile);
      const timers = profile.timers === "online" ? s.timers.online : profile.timers;
      const play = lessonMinutes(form.turns, timers);
      estimate.textContent = w.atMost(play);
      const p = profile.preset;
      if (!p) {
        fill(total, form.practice ? w.practiceAdds(minutes(turnSeconds(timers))) : "");
        total.classList.remove("warn");
        return;
      }
      const line = lessonTimeline(p, form.turns, timers, form.practice);
      const fix =
        !line.fits && line.turnsThatFit > 0 && line.turnsThatFit < form.turns
          ? button(w.playTurns(line.turnsThatFit), () => setTurns(line.turnsThatFit), { class: "small", "data-testid": "fit-turns" })
          : null;
      fill(
        total,
        w.total(line.text, line.fits, p.periodMinutes, form.practice),
        fix ? " " : "",
        fix,
      );
      total.classList.toggle("warn", !line.fits);
    };
    const setTurns = (v: number) => {
      form.turns = v;
      turnsInput.value = String(v);
      updateEstimate();
    };
    this.setTurns = setTurns;
    const turnsInput = numberInput({ class: "num", "data-testid": "lesson-turns" }, form.turns, 1, LIMITS.turns, (v) => {
      form.turns = v;
      updateEstimate();
    });
    const practiceBox = h("input", { type: "checkbox", checked: form.practice, "data-testid": "practice-turn" });
    practiceBox.addEventListener("change", () => {
      form.practice = practiceBox.checked;
      updateEstimate();
    });
    updateEstimate();
    const botBoxes = Object.entries(s.powers).map(([p, power]) => {
      const box = h("input", { type: "checkbox", checked: form.bots.has(p), "data-testid": `reserve-${p}` });
      box.addEventListener("change", () => (box.checked ? form.bots.add(p) : form.bots.delete(p)));
      return h("label", { class: "check" }, box, swatch(power.color), power.short);
    });
    fill(
      this.options,
      h(
        "div",
        { class: "inline" },
        h("label", { class: "field" }, w.timing, select({ "data-testid": "lesson-profile" }, Object.entries(PROFILES).map(([k, v]) => [k, v.label] as const), form.profile, (v) => {
          form.profile = v;
          const preset = PROFILES[v]?.preset;
          if (preset) {
            form.turns = preset.turns;
            turnsInput.value = String(preset.turns);
          }
          updateEstimate();
        })),
        h("label", { class: "field" }, w.turns, turnsInput),
        h("label", { class: "field" }, w.bots, select({ "data-testid": "bot-level" }, [["easy", w.levels.easy], ["normal", w.levels.normal], ["hard", w.levels.hard]], form.level, (v) => (form.level = v as typeof form.level))),
      ),
      h(
        "label",
        { class: "check", title: w.practiceTitle },
        practiceBox,
        w.practice,
      ),
      estimate,
      total,
      h("fieldset", {}, h("legend", {}, w.botSeats), h("div", { class: "inline" }, ...botBoxes)),
    );
  }

  private render(): void {
    const form = this.form;
    this.renderOptions();
    const own = this.ownScenario();
    const w = ui().classroom.setup;
    const name = h("input", { type: "text", maxlength: LIMITS.matchNameLength, placeholder: w.classNamePlaceholder, "aria-label": w.className, "data-testid": "class-name" });
    let className = "";
    name.addEventListener("input", () => (className = name.value));
    const teacher = h("input", { type: "text", maxlength: LIMITS.nameLength, value: this.conn.seats.playerName || "", placeholder: w.yourName, "aria-label": w.yourName, "data-testid": "teacher-name" });
    const create = h(
      "section",
      { class: "card" },
      h("h2", {}, w.newLesson),
      this.picker.element,
      own.element,
      name,
      teacher,
      this.options,
      h("p", { class: "hint small" }, w.howStudentsJoin),
      button(w.create, () => {
        const p = at(profiles(this.scenario), form.profile);
        const match: CreateMatchOptions = {
          ...(this.file ? { scenarioFile: this.file } : { scenario: this.picker.chosen.id }),
          visibility: "private",
          turns: form.turns,
          timers: p.timers,
          teams: true,
          botLevel: form.level,
          bots: [...form.bots],
          ...(form.practice ? { practice: true } : {}),
          ...(className.trim() ? { name: className.trim() } : {}),
        };
        const who = teacher.value.trim() || w.defaultTeacher;
        this.conn.seats.playerName = teacher.value.trim();
        void this.entry.run(async () => {
          await this.conn.createFacilitated(match, who);
          const key = this.conn.seat?.facilitatorKey;
          if (key && this.conn.matchId) this.keys.add({ matchId: this.conn.matchId, key, name: this.conn.publicState?.name ?? match.name ?? ui().classroom.boot.lessonName, createdAt: Date.now() });
        });
      }, { class: "primary big", "data-testid": "create-lesson" }),
    );
    this.createButton = create.querySelector<HTMLButtonElement>("[data-testid=create-lesson]");
    fill(
      this.root,
      h("header", { class: "lobby-head" }, h("h1", {}, "OVERFLIGHT"), h("p", { class: "tagline" }, w.tagline)),
      h("div", { class: "teach-grid" }, create, h("section", { class: "card" }, h("div", { class: "row" }, h("h2", { class: "grow" }, w.yourLessons), button(w.refresh, () => void this.refresh())), this.mine, this.recoveryForm())),
      h("p", { class: "small" }, h("a", { href: location.pathname }, w.backToLobby)),
    );
  }

  /** The teacher's file once the server found it valid (null: the shipped scenario chosen), and its scenario. */
  private file: unknown = null;
  private fileScenario: Scenario | null = null;
  private createButton: HTMLButtonElement | null = null;

  /** "Use your own scenario file": read, checked by the server, every error listed; Create waits for a valid file. */
  private ownScenario(): { element: HTMLElement } {
    const w = ui().classroom.setup;
    const input = h("input", { type: "file", accept: ".json,application/json", id: "scenario-file", "data-testid": "scenario-file" });
    const status = h("div", { "aria-live": "polite", "data-testid": "scenario-status" });
    const example = h("a", { href: "#", download: "short-salvo.json", "data-testid": "scenario-example" }, w.downloadExample);
    example.addEventListener("click", () => {
      example.setAttribute("href", URL.createObjectURL(new Blob([`${JSON.stringify(exampleScenarioFile, null, 2)}\n`], { type: "application/json" })));
    });
    const block = (why: boolean) => {
      if (this.createButton) this.createButton.disabled = why;
    };
    input.addEventListener("change", () => {
      const chosen = input.files?.[0];
      this.useFile(null, null);
      if (!chosen) {
        block(false);
        fill(status);
        return;
      }
      block(true);
      fill(status, h("p", { class: "small" }, w.checkingFile));
      void (async () => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(await chosen.text());
        } catch (e) {
          return showErrors([w.notJson((e as Error).message)]);
        }
        const checked = await checkScenarioFile(this.conn.baseUrl, parsed).catch((e: Error) => ({ ok: false, errors: [e.message] }) as ScenarioCheck);
        if (!checked.ok) return showErrors(checked.errors);
        const scenario = restoreScenario(parsed as ScenarioFile);
        this.useFile(parsed, scenario);
        this.setTurns(scenario.lessonTurns);
        fill(status, h("p", { class: "small ok", "data-testid": "scenario-loaded" }, w.loaded(scenario.name, scenario.lessonTurns, scenario.defaultTurns)));
        block(false);
      })();
    });
    // Errors are an alert (read out at once, with the list); progress and success are polite.
    const showErrors = (errors: readonly string[]) => {
      fill(
        status,
        h(
          "div",
          { role: "alert" },
          h("p", { class: "warn small" }, w.fileErrors(errors.length)),
          h("ul", { class: "small scenario-errors", "data-testid": "scenario-errors" }, ...errors.map((e) => h("li", {}, e))),
        ),
      );
      block(true);
    };
    return {
      element: h(
        "details",
        { class: "own-scenario" },
        h("summary", {}, w.ownScenario),
        h("p", { class: "small hint" }, w.ownScenarioHint, example, "."),
        h("label", { for: "scenario-file", class: "field" }, w.scenarioFile),
        input,
        status,
      ),
    };
  }

  /** The lesson plays the teacher's file (its base's seats) instead of the scenario chosen, or no longer (null). */
  private useFile(file: unknown, scenario: Scenario | null): void {
    const was = this.fileScenario;
    this.file = file;
    this.fileScenario = scenario;
    this.picker.setOverride(scenario ? summaryOf(scenario) : null);
    if (was === scenario) return;
    this.keepSeatsOf(this.scenario);
    keepFocus(this.options, () => this.renderOptions());
  }

  private async refresh(): Promise<void> {
    let matches: ArchivedMatch[];
    const w = ui().classroom.setup;
    try {
      matches = await fetchMyMatches(this.conn.baseUrl, this.keys.keys());
    } catch (e) {
      fill(this.mine, h("p", { class: "warn" }, (e as Error).message));
      return;
    }
    if (matches.length === 0) {
      fill(this.mine, h("p", { class: "hint" }, w.noLessons));
      return;
    }
    fill(
      this.mine,
      h(
        "ul",
        { class: "list" },
        ...matches.map((m) => {
          const key = this.keys.keyFor(m.id);
          const when = new Date(m.createdAt).toLocaleString(locale(), { dateStyle: "medium", timeStyle: "short" });
          // Public exports here; the debrief gets the facilitator's (a token for each would cost a request per lesson).
          const links = exportLinks(this.conn.baseUrl, m.id, null);
          return h(
            "li",
            { class: "card", "data-match": m.id },
            h("div", { class: "row" }, h("b", { class: "grow" }, m.name), h("span", { class: "small dim" }, when)),
            m.status === "damaged"
              ? h("p", { class: "warn", "data-testid": `damaged-${m.id}` }, w.damaged(m.reason ?? null))
              : m.status === "running"
              ? h(
                  "div",
                  { class: "inline" },
                  h("span", { class: "small" }, w.running(Boolean(m.practice), m.turn ?? null, m.turns, phaseName(m.phase ?? ""), spacedCode(m.code ?? ""))),
                  button(w.resume, () => void this.entry.run(() => this.rejoin(m.id, key)), { class: "primary", "data-testid": `resume-${m.id}` }),
                )
              : h(
                  "div",
                  { class: "inline" },
                  h("span", { class: "small" }, w.finished(m.turns)),
                  h("a", { class: "button", href: debriefLink(location.href, m.id), "data-testid": `debrief-${m.id}` }, w.debrief),
                  h("a", { class: "button", href: reportLink(location.href, m.id), target: "_blank", rel: "noopener" }, w.report),
                  h("a", { class: "button", href: links.csv, download: "" }, "CSV"),
                  h("a", { class: "button", href: links.json, download: "" }, "JSON"),
                ),
          );
        }),
      ),
    );
  }

  private recoveryForm(): HTMLElement {
    const w = ui().classroom.setup;
    const input = h("input", { type: "text", maxlength: 120, placeholder: "f_…", "aria-label": w.recoveryCode, "data-testid": "recovery-input", autocomplete: "off", spellcheck: "false" });
    return h(
      "details",
      { class: "recovery-form" },
      h("summary", {}, w.recoverySummary),
      h("p", { class: "small hint" }, w.recoveryHint),
      h("div", { class: "inline" }, input, button(w.openLesson, () => void this.recover(input.value), { "data-testid": "recovery-go" })),
      this.recoveryNote,
    );
  }

  private async rejoin(matchId: string, key: string | null): Promise<void> {
    if (!key) throw Object.assign(new Error(ui().classroom.setup.noKey), { code: "seat/bad_key" });
    await this.conn.join(matchId, { facilitatorKey: key }, this.conn.seats.playerName || ui().classroom.setup.defaultTeacher);
  }
}

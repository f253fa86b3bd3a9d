/** Chat: channels (public, one per power, groups) with unread counts; messages shown as text only. */
import { at } from "../../../shared/at";
import { powerIds } from "../../../shared/scenario/ids-of";
import type { PowerId } from "../../../shared/ids";
import type { Connection } from "../net/connection";
import type { MatchStore } from "../model/match-store";
import { button, fill, h, swatch } from "./dom";
import { LIMITS } from "../../../shared/limits";
import { ui } from "../lang/ui";

export class ChatPanel {
  readonly root = h("section", { class: "panel chat", "aria-label": ui().chat.title });
  private readonly channels = h("div", { class: "channels", role: "tablist", "aria-label": ui().chat.channels });
  private readonly messages = h("ol", { class: "messages", "aria-live": "polite", "data-testid": "chat-messages" });
  private readonly form: HTMLFormElement;
  private readonly input: HTMLInputElement;
  private readonly group = h("details", { class: "group" });

  constructor(
    private readonly store: MatchStore,
    private readonly conn: Connection,
  ) {
    const w = ui().chat;
    this.input = h("input", { type: "text", maxlength: LIMITS.chatLength, placeholder: w.message, "aria-label": w.message, "data-testid": "chat-input" });
    this.form = h("form", { class: "inline send" }, this.input, h("button", { type: "submit", class: "primary" }, w.send));
    this.form.addEventListener("submit", (e) => {
      e.preventDefault();
      void this.send();
    });
    // Classroom: players are told that the facilitator reads every channel.
    const overseen = store.pub?.facilitated && store.viewer !== "facilitator" ? h("p", { class: "hint small", "data-testid": "oversight-notice" }, w.overseen) : null;
    this.root.append(h("div", { class: "panel-head" }, h("h2", {}, w.title), overseen), this.channels, this.group, this.messages, this.form);
    store.on("chat", () => this.render());
    this.renderGroup();
    this.render();
  }

  render(): void {
    const chat = this.store.chat;
    const w = ui();
    fill(
      this.channels,
      ...chat.list().map((c) =>
        button([c.label, c.unread > 0 ? h("span", { class: "unread", "aria-label": w.match.unread(c.unread) }, String(c.unread)) : null], () => {
          chat.setActive(c.key);
          this.store.emit("chat", null);
        }, { role: "tab", "aria-selected": String(c.key === chat.active), class: c.key === chat.active ? "on" : "", "data-channel": c.key }),
      ),
    );
    const active = chat.get(chat.active);
    const { scenario } = this.store;
    fill(
      this.messages,
      ...(active?.messages ?? []).map((m) => {
        const color = m.from !== "spectator" && m.from !== "facilitator" ? at(scenario.powers, m.from).color : "#bbbbbb";
        const who = m.from === "spectator" || m.from === "facilitator" ? m.name : `${at(scenario.powers, m.from).short} ${m.name}`;
        return h("li", { class: m.from === this.store.viewer ? "mine" : "" }, swatch(color), h("b", {}, who), m.practice ? h("span", { class: "tag practice", title: w.chat.practiceTitle }, w.chat.practice) : null, h("span", { class: "text" }, m.text));
      }),
    );
    if (active?.messages.length === 0) this.messages.append(h("li", { class: "hint" }, w.chat.noMessages));
    this.messages.scrollTop = this.messages.scrollHeight;
    const canWrite = this.store.viewer !== "spectator" && this.store.view.status === "running";
    this.input.disabled = !canWrite;
  }

  private renderGroup(): void {
    const me = this.store.power;
    if (!me) {
      this.group.hidden = true;
      return;
    }
    const chosen = new Set<PowerId>();
    fill(
      this.group,
      h("summary", {}, ui().chat.newGroup),
      h(
        "div",
        { class: "inline" },
        ...powerIds(this.store.scenario).filter((p) => p !== me).map((p) => {
          const box = h("input", { type: "checkbox" });
          box.addEventListener("change", () => (box.checked ? chosen.add(p) : chosen.delete(p)));
          return h("label", { class: "check small" }, box, swatch(at(this.store.scenario.powers, p).color), at(this.store.scenario.powers, p).short);
        }),
        button(ui().chat.open, () => {
          if (chosen.size === 0) return;
          this.store.chat.openGroup([...chosen]);
          this.group.open = false;
          this.render();
        }),
      ),
    );
  }

  private async send(): Promise<void> {
    const text = this.input.value.trim();
    if (!text) return;
    const channel = this.store.chat.get(this.store.chat.active);
    if (!channel) return;
    const result = await this.conn.chat(channel.to, text);
    if (result.ok) this.input.value = "";
  }
}

/**
 * Chat channels as a seat sees them: public, one per other power (bilateral), and groups; each
 * with its messages and unread count. Messages are plain text, always rendered as text.
 */
import { at } from "../../../shared/at";
import { powerIds } from "../../../shared/scenario/ids-of";
import type { PowerId, Viewer } from "../../../shared/ids";
import type { Scenario } from "../../../shared/scenario/types";

import type { ChatMessage } from "../../../shared/chat";
import { ui } from "../lang/ui";

export type { ChatMessage };

export interface Channel {
  key: string;
  label: string;
  /** What to send to the server: "public" or the other powers. */
  to: "public" | PowerId[];
  messages: ChatMessage[];
  unread: number;
}

/** One key per set of powers, in seat order (`powers`: the scenario's), whatever the order they were named in. */
export function channelKey(to: readonly PowerId[] | null, powers: readonly PowerId[]): string {
  if (to === null) return "public";
  return powers.filter((p) => to.includes(p)).join("+");
}

export class ChatModel {
  private readonly channels = new Map<string, Channel>();
  private readonly seen = new Set<number>();
  active = "public";
  /** Whether the chat is on screen: messages in the active channel are read only then. */
  visible = false;

  constructor(
    private readonly scenario: Scenario,
    private readonly me: Viewer,
  ) {
    this.ensure(null);
    if (me !== "spectator" && me !== "facilitator") for (const p of powerIds(scenario)) if (p !== me) this.ensure([me, p]);
  }

  private ensure(to: readonly PowerId[] | null): Channel {
    const key = channelKey(to, powerIds(this.scenario));
    let channel = this.channels.get(key);
    if (!channel) {
      const others = to === null ? [] : powerIds(this.scenario).filter((p) => to.includes(p) && p !== this.me);
      const label = to === null ? ui().chat.public : others.map((p) => at(this.scenario.powers, p).short).join(" + ") || ui().chat.private;
      channel = { key, label, to: to === null ? "public" : others, messages: [], unread: 0 };
      this.channels.set(key, channel);
    }
    return channel;
  }

  /** Opens (or creates) the channel with exactly these other powers. */
  openGroup(others: readonly PowerId[]): Channel {
    const me = this.me !== "spectator" && this.me !== "facilitator" ? [this.me] : [];
    const channel = this.ensure([...me, ...others]);
    this.setActive(channel.key);
    return channel;
  }

  /** Adds messages not seen yet; returns how many were new. */
  add(messages: readonly ChatMessage[]): number {
    let added = 0;
    for (const m of messages) {
      if (this.seen.has(m.seq)) continue;
      this.seen.add(m.seq);
      const channel = this.ensure(m.to);
      channel.messages.push(m);
      if ((channel.key !== this.active || !this.visible) && m.from !== this.me) channel.unread++;
      added++;
    }
    return added;
  }

  setActive(key: string): void {
    this.active = key;
    const channel = this.channels.get(key);
    if (channel && this.visible) channel.unread = 0;
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    if (visible) this.setActive(this.active);
  }

  list(): Channel[] {
    return [...this.channels.values()];
  }

  get(key: string): Channel | undefined {
    return this.channels.get(key);
  }

  totalUnread(): number {
    let n = 0;
    for (const c of this.channels.values()) n += c.unread;
    return n;
  }
}

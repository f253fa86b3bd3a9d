/**
 * Each power's team desk: the orders draft its members edit together, and who of them said they
 * are ready in this phase. The session asks it whether a team is ready (by the rule the
 * facilitator set) and stores every change (saveTeam), so a restarted server keeps both.
 */
import { at } from "../../shared/at";
import { canonicalJson, ordersSchema } from "../../shared";
import type { MatchState, Phase, PowerId, Result } from "../../shared";
import { fail, ok } from "../../shared";
import { applyDraftEdit, emptyOrders, newDraft, teamReady } from "../../shared/team-draft";
import type { Author, DraftEdit, ReadyRule, TeamDraft, TeamView } from "../../shared/team-draft";
import type { Orders } from "../../shared";
import { memberId } from "./roster";
import type { SeatTable } from "./seats";
import type { MatchSettings } from "./types";

/** A team's desk as stored. */
export interface TeamRecord {
  draft: TeamDraft;
  /** Member ids ready in `phase` of `turn`. */
  ready: string[];
  turn: number;
  phase: Phase;
}

export interface DeskHost {
  settings: MatchSettings;
  seats: SeatTable;
  state(): MatchState;
  now(): number;
  /** Stores a team's desk; refused if the write fails at once. */
  save(power: PowerId, record: TeamRecord): Result<true>;
}

export class TeamDesk {
  private readonly records = new Map<PowerId, TeamRecord>();

  constructor(private readonly host: DeskHost) {}

  load(records: Partial<Record<PowerId, TeamRecord>>): void {
    for (const [p, r] of Object.entries(records)) {
      if (r) this.records.set(p, r);
    }
  }

  /** The team's record for the current turn and phase (a new turn starts from a fresh draft). */
  private current(power: PowerId): TeamRecord {
    const state = this.host.state();
    const stored = this.records.get(power);
    const draft = stored && stored.draft.turn === state.turn ? stored.draft : newDraft(state.turn, this.startingOrders(power));
    const ready = stored && stored.turn === state.turn && stored.phase === state.phase ? stored.ready : [];
    return { draft, ready, turn: state.turn, phase: state.phase };
  }

  private startingOrders(power: PowerId): Orders {
    const state = this.host.state();
    return state.orders[power] ?? emptyOrders(at(state.powers, power).posture);
  }

  draft(power: PowerId): TeamDraft {
    return this.current(power).draft;
  }

  /** A member's changes, applied one by one; a change that no longer applies is skipped. */
  edit(power: PowerId, by: Author, edits: readonly DraftEdit[]): Result<TeamDraft> {
    const record = this.current(power);
    let draft = record.draft;
    let skipped = 0;
    const at = this.host.now();
    for (const edit of edits) {
      const next = applyDraftEdit(draft, edit, by, at);
      if (next) draft = next;
      else skipped++;
    }
    if (!ordersSchema.safeParse(draft.orders).success) return fail("draft/too_large");
    if (skipped === edits.length) return fail("draft/stale", { why: "teammate" });
    const saved = this.save(power, { ...record, draft });
    return saved.ok ? ok(draft) : saved;
  }

  /** Orders were sent for this team (by a member, a command, or its bot): they become the draft, marked sent. */
  sent(power: PowerId, orders: Orders, by: Author): Result<TeamDraft> {
    const record = this.current(power);
    let draft = record.draft;
    if (canonicalJson(draft.orders) !== canonicalJson(orders)) draft = applyDraftEdit(draft, { op: "all", orders } as unknown as DraftEdit, by, this.host.now()) ?? draft;
    draft = { ...draft, sent: { version: draft.version, by: by.name, at: this.host.now() } };
    const saved = this.save(power, { ...record, draft });
    return saved.ok ? ok(draft) : saved;
  }

  /**
   * The team's desk with a member's word that they are (not) ready in this phase, not kept yet:
   * the session keeps it alone (`keep`) or writes it with the seat's ready command (`adopt`).
   */
  withReady(power: PowerId, member: string, ready: boolean): TeamRecord {
    const record = this.current(power);
    const set = new Set(record.ready);
    if (ready) set.add(member);
    else set.delete(member);
    return { ...record, ready: [...set] };
  }

  /** Stores a desk made by `withReady`. */
  keep(power: PowerId, record: TeamRecord): Result<true> {
    return this.save(power, record);
  }

  /** A desk the store has already written (with the command it made): kept here only. */
  adopt(power: PowerId, record: TeamRecord): void {
    this.records.set(power, record);
  }

  /** Forgets every desk (the practice turn is over; the store dropped them too). */
  clear(): void {
    this.records.clear();
  }

  /** Whether the team is ready by its rule now (or would be with `record`), with the members connected now. */
  isReady(power: PowerId, record = this.current(power)): boolean {
    const connected = this.host.seats.connectedMembers(power).map((m) => memberId(m.keyHash));
    return teamReady(this.rule, new Set(record.ready), connected, this.captainOf(power));
  }

  get rule(): ReadyRule {
    return this.host.settings.readyRule ?? "any";
  }

  private captainOf(power: PowerId): string | null {
    const id = this.host.settings.captains?.[power];
    if (!id) return null;
    return this.host.seats.membersOf(power).some((m) => memberId(m.keyHash) === id) ? id : null;
  }

  view(power: PowerId): TeamView {
    const record = this.current(power);
    const members = this.host.seats.membersOf(power);
    const nameOf = (id: string) => members.find((m) => memberId(m.keyHash) === id)?.name ?? null;
    const captain = this.rule === "captain" ? this.captainOf(power) : null;
    return {
      power,
      draft: record.draft,
      rule: this.rule,
      captain: captain ? nameOf(captain) : null,
      ready: record.ready.map(nameOf).filter((n): n is string => n !== null),
      connected: this.host.seats.connectedMembers(power).length,
    };
  }

  /** Kept first, so that whoever the host tells of the change reads it; put back if the write is refused. */
  private save(power: PowerId, record: TeamRecord): Result<true> {
    const previous = this.records.get(power);
    this.records.set(power, record);
    const saved = this.host.save(power, record);
    if (!saved.ok) {
      if (previous) this.records.set(power, previous);
      else this.records.delete(power);
    }
    return saved;
  }
}

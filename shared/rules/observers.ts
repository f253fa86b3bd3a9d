/** Who saw something: a set of powers, turned into an event's visibility in seat order. */
import type { Visibility } from "../events";
import type { PowerId } from "../ids";

export class Observers {
  private readonly seen = new Set<PowerId>();

  /** seats: the match's powers in seat order (powersOf(state)), the order of list(). */
  constructor(private readonly seats: readonly PowerId[], ...powers: readonly (PowerId | null | undefined)[]) {
    this.add(...powers);
  }

  add(...powers: readonly (PowerId | null | undefined)[]): this {
    for (const power of powers) if (power) this.seen.add(power);
    return this;
  }

  has(power: PowerId): boolean {
    return this.seen.has(power);
  }

  /** Powers other than `power` that saw it. */
  othersThan(power: PowerId): PowerId[] {
    return this.list().filter((p) => p !== power);
  }

  list(): PowerId[] {
    return this.seats.filter((p) => this.seen.has(p));
  }

  visibility(): Visibility {
    return this.list();
  }
}

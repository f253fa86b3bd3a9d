/**
 * The deals each power's bot puts on the table in Gulf 2019, from the record: the US wants Prince
 * Sultan back and Iraq to keep Iran's flights out; Saudi Arabia wants an American commitment and
 * its partners behind the government in Yemen; the Emirates back their southern allies and, in
 * July, open a channel to Tehran; Iran wants Iraqi skies and a crack in the Gulf's front; Iraq
 * courts both camps and offers to carry messages between Riyadh and Tehran. Each is offered only
 * while it would still change something.
 */
import type { Term } from "../../../terms";
import type { Deal, DealTable } from "../../bot-knowledge";
import { grant, pledge } from "../../bot-knowledge";

const intel = (members: string[], turns: number): Term => ({ kind: "intel", members, turns });

export function deals(t: DealTable): Deal[] {
  const n = t.turnsLeft;
  const hard = t.level === "hard";
  const out: Deal[] = [];
  const add = (deal: Deal | false) => {
    if (deal) out.push(deal);
  };
  switch (t.me) {
    case "usa":
      add((t.wants("usa-saudi-basing") || hard) && !t.heldToEnd("saudi", "usa", "both") && {
        parties: ["usa", "saudi"],
        terms: [{ kind: "basing", host: "saudi", guest: "usa", turns: n }, pledge("usa", "yemeni-govt", ["marib"], n)],
        note: "American squadrons back at Prince Sultan, to defend the kingdom; we stand with the government in Marib.",
      });
      add(!t.intelHeld(["usa", "iraq"]) && {
        parties: ["usa", "iraq"],
        terms: [intel(["usa", "iraq"], n)],
        note: `Coalition intelligence against the Islamic State, on condition that Iraq gives Iran's aircraft no passage ${t.denyTag("iraq", "iran")}`,
      });
      add(!t.intelHeld(["usa", "uae"]) && {
        parties: ["usa", "uae"],
        terms: [intel(["usa", "uae"], n)],
        note: "Share what your coast guards see in the Strait; we escort the tankers.",
      });
      break;
    case "iran":
      add(!t.heldToEnd("iraq", "iran", "both") && {
        parties: ["iran", "iraq"],
        terms: [grant("iraq", "iran", "both", n), pledge("iran", "pmf", ["qaim", "diyala"], n)],
        note: "Our advisers fight the Islamic State beside your Popular Mobilisation; let our aircraft through.",
      });
      add((t.wants("irn-gulf-talks") || hard) && !t.intelHeld(["iran", "uae"]) && {
        parties: ["iran", "uae"],
        terms: [intel(["iran", "uae"], n)],
        note: "Our coast guards should talk, not our navies: a channel for maritime security in the Strait.",
      });
      break;
    case "saudi":
      add(!t.heldToEnd("saudi", "usa", "both") && {
        parties: ["saudi", "usa"],
        terms: [{ kind: "basing", host: "saudi", guest: "usa", turns: n }],
        note: "Prince Sultan Air Base is open to American forces: defend the kingdom's skies with us.",
      });
      add({
        parties: ["saudi", "uae"],
        terms: [pledge("uae", "yemeni-govt", ["aden", "taiz"], n)],
        note: "The coalition stands behind the legitimate government: hold Aden and Taiz for it.",
      });
      add((t.wants("sau-pmf-weak") || hard) && !t.intelHeld(["saudi", "iraq"]) && {
        parties: ["saudi", "iraq"],
        terms: [intel(["saudi", "iraq"], n)],
        note: "Our consulate in Baghdad is open again: share what you know of the drones' launch sites.",
      });
      break;
    case "uae":
      add(!t.intelHeld(["uae", "usa"]) && {
        parties: ["uae", "usa"],
        terms: [intel(["uae", "usa"], n)],
        note: "Share the Fujairah inquiry and the Strait's watch with the maritime mission.",
      });
      add((t.wants("uae-iran-talks") || hard) && !t.intelHeld(["uae", "iran"]) && {
        parties: ["uae", "iran"],
        terms: [intel(["uae", "iran"], n)],
        note: "Emirati and Iranian coast guards should keep talking, as in Tehran this July.",
      });
      add({
        parties: ["uae", "saudi"],
        terms: [pledge("saudi", "stc", ["aden"], n)],
        note: "The south's forces hold Aden against al-Qaeda: back them.",
      });
      break;
    case "iraq":
      add(!t.intelHeld(["iraq", "usa"]) && {
        parties: ["iraq", "usa"],
        terms: [intel(["iraq", "usa"], n)],
        note: "Share the coalition's targeting intelligence against the Islamic State's cells.",
      });
      add(!t.intelHeld(["iraq", "iran"]) && {
        parties: ["iraq", "iran"],
        terms: [intel(["iraq", "iran"], n)],
        note: "Baghdad keeps its neighbour informed; keep your militias under the state.",
      });
      add((t.wants("irq-mediator") || hard) && !t.intelHeld(["iraq", "saudi"]) && {
        parties: ["iraq", "saudi"],
        terms: [intel(["iraq", "saudi"], n)],
        note: "Baghdad will carry messages between Riyadh and Tehran.",
      });
      break;
  }
  return out;
}

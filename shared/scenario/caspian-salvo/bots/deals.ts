/**
 * The deals each power's bot puts on the table in Caspian Salvo, from the design brief: Russia
 * seeks the crescent (overflight from Iran and Iraq) and Syrian skies; Iran grants Russia missile
 * overflight for influence and wants Iraqi skies; Iraq sells rights to both camps; Turkey proposes
 * a no-fly zone over northern Syria to the US; Syria wants Russian and Iranian support; the US wants
 * Iraq to deny Russia. Each is offered only while it would still change something.
 */
import type { Term } from "../../../terms";
import type { Deal, DealTable } from "../../bot-knowledge";
import { grant, pledge } from "../../bot-knowledge";

export function deals(t: DealTable): Deal[] {
  const n = t.turnsLeft;
  const hard = t.level === "hard";
  const out: Deal[] = [];
  const add = (deal: Deal | false) => {
    if (deal) out.push(deal);
  };
  switch (t.me) {
    case "russia":
      // Bent on breaking the rebels, Moscow asks for more than passage: a base at Hamadan for its
      // bombers, as it had in August 2016 (basing counts as overflight rights).
      add(!t.heldToEnd("iran", "russia", "missiles") && (t.wants("rus-rebels-broken")
        ? {
          parties: ["russia", "iran"],
          terms: [{ kind: "basing", host: "iran", guest: "russia", turns: n }, pledge("russia", "regime", ["damascus", "homs"], n)],
          note: "Let our bombers use Hamadan on their way to the terrorists; Russia stands with Damascus beside you.",
        }
        : {
          parties: ["russia", "iran"],
          terms: [grant("iran", "russia", "both", n), pledge("russia", "regime", ["damascus", "homs"], n)],
          note: "Let our missiles and bombers cross Iran on their way to the terrorists; Russia stands with Damascus beside you.",
        }));
      add(!t.heldToEnd("iraq", "russia", "missiles") && {
        parties: ["russia", "iraq"],
        terms: [grant("iraq", "russia", "missiles", n), ...(hard || t.wants("rus-intel-cell") ? [{ kind: "intel", members: ["russia", "iraq"], turns: n } as Term] : [])],
        note: "Open your skies to our cruise missiles and share what the Baghdad cell learns; we hit the same enemy.",
      });
      add(!t.heldToEnd("syria", "russia", "both") && {
        parties: ["russia", "syria"],
        terms: [grant("syria", "russia", "both", n), pledge("russia", "regime", ["latakia", "hama", "homs"], n)],
        note: "Our aircraft fly for your government; give them your skies.",
      });
      break;
    case "usa":
      // The US wants Iraq to deny Russia: coalition intelligence, or once Baghdad has it, a halt to
      // arming the Kurds in the disputed north, in exchange.
      add({
        parties: ["usa", "iraq"],
        terms: t.intelHeld(["usa", "iraq"])
          ? [{ kind: "support", pledger: "usa", faction: "kurds", zones: ["mosul", "kirkuk"], stance: "stop", turns: n }]
          : [{ kind: "intel", members: ["usa", "iraq"], turns: n }],
        note: `Coalition help for Baghdad, on condition that Iraq denies Russia overflight rights ${t.denyTag("iraq", "russia")}`,
      });
      add((t.wants("usa-nfz") || hard) && !t.nfzHeld() && {
        parties: ["usa", "turkey"],
        terms: [{ kind: "nfz", zones: t.nfzZonesOf("turkey"), pledges: { usa: 2, turkey: 2 }, exempt: ["usa", "turkey", "russia"], turns: n }],
        note: "A no-fly zone over northern Syria, Russia exempt so that nobody shoots at a Russian jet.",
      });
      break;
    case "iran": {
      add(!t.heldToEnd("iran", "russia", "missiles") && {
        parties: ["iran", "russia"],
        terms: [grant("iran", "russia", "missiles", n), pledge("russia", "regime", ["damascus"], n)],
        note: "Iran opens its skies to Russia's missiles; in return Russia keeps Damascus standing.",
      });
      const denyUs = t.wants("irn-us-out-of-iraq") && t.level !== "easy";
      add(!t.heldToEnd("iraq", "iran", "aircraft") && {
        parties: ["iran", "iraq"],
        terms: [grant("iraq", "iran", "both", n), pledge("iran", "hezbollah", ["anbar", "mosul"], n)],
        note: denyUs
          ? `Our militias fight for Anbar with you; let our aircraft through, and let the Americans go home ${t.denyTag("iraq", "usa")}`
          : "Our militias fight for Anbar with you; let our aircraft through.",
      });
      add(!t.heldToEnd("syria", "iran", "both") && {
        parties: ["iran", "syria"],
        terms: [grant("syria", "iran", "both", n), pledge("iran", "regime", ["damascus", "homs"], n)],
        note: "The Revolutionary Guards stand with Damascus.",
      });
      break;
    }
    case "iraq":
      add(!t.heldToEnd("iraq", "russia", "missiles") && {
        parties: ["iraq", "russia"],
        terms: [grant("iraq", "russia", "missiles", n), pledge("russia", "hezbollah", ["anbar"], n)],
        note: "Baghdad will let your missiles pass if you help the Popular Mobilisation retake Anbar.",
      });
      add(!t.heldToEnd("iraq", "iran", "aircraft") && {
        parties: ["iraq", "iran"],
        terms: [grant("iraq", "iran", "aircraft", n), pledge("iran", "hezbollah", ["anbar", "mosul"], n)],
        note: "Iranian aircraft may cross Iraq to strike the Islamic State; keep the militias supplied.",
      });
      add(!t.intelHeld(["iraq", "usa"]) && {
        parties: ["iraq", "usa"],
        terms: [{ kind: "intel", members: ["iraq", "usa"], turns: n }],
        note: "Share the coalition's targeting intelligence with Baghdad.",
      });
      add((t.wants("irq-intel-cell") || hard) && !t.intelHeld(["iraq", "russia"]) && {
        parties: ["iraq", "russia"],
        terms: [{ kind: "intel", members: ["iraq", "russia"], turns: n }],
        note: "Make the Baghdad intelligence cell real.",
      });
      break;
    case "turkey":
      add(!t.heldToEnd("iraq", "turkey", "aircraft") && {
        parties: ["turkey", "iraq"],
        terms: [grant("iraq", "turkey", "aircraft", n)],
        note: "Let Turkish aircraft cross northern Iraq against the PKK and the Islamic State, with your consent rather than without it.",
      });
      add(!t.nfzHeld() && {
        parties: ["turkey", "usa"],
        terms: [
          { kind: "nfz", zones: t.nfzZonesOf("turkey"), pledges: { turkey: 3, usa: 1 }, exempt: ["turkey", "usa"], turns: n },
          ...(hard ? [{ kind: "support", pledger: "usa", faction: "kurds", zones: ["aleppo", "raqqa"], stance: "stop", turns: n } as Term] : []),
        ],
        note: "A no-fly zone and safe zones over northern Syria, as Ankara has long asked: ground Assad's barrel bombers.",
      });
      break;
    case "syria":
      add({
        parties: ["syria", "russia"],
        terms: [pledge("russia", "regime", ["aleppo", "hama", "idlib"], n), ...(t.heldToEnd("syria", "russia", "both") ? [] : [grant("syria", "russia", "both", n)])],
        note: "The Syrian Arab Army needs Russian air power over Aleppo, Hama and Idlib; our skies are yours.",
      });
      add({
        parties: ["syria", "iran"],
        terms: [pledge("iran", "hezbollah", ["damascus", "homs"], n), ...(t.heldToEnd("syria", "iran", "both") ? [] : [grant("syria", "iran", "both", n)])],
        note: "Send Hezbollah and the volunteers to Damascus and Homs; our skies are open to you.",
      });
      break;
  }
  return out;
}

/** What the bots know of Caspian Salvo: personas, deals and corridors. */
import type { ScenarioBots } from "../../bot-knowledge";
import { corridors } from "./corridors";
import { deals } from "./deals";
import { personas, secrets } from "./personas";

export const bots: ScenarioBots = {
  personas,
  secrets,
  deals,
  corridors,
  // Turkey asks for the no-fly zone over northern Syria; the US would fly it.
  nfzSponsors: ["usa", "turkey"],
};

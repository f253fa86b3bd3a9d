/** What the bots know of Gulf 2019: personas, deals and corridors. */
import type { ScenarioBots } from "../../bot-knowledge";
import { corridors } from "./corridors";
import { deals } from "./deals";
import { personas, secrets } from "./personas";

export const bots: ScenarioBots = {
  personas,
  secrets,
  deals,
  corridors,
  // No no-fly zone was proposed in 2019.
  nfzSponsors: [],
};

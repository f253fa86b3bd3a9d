/**
 * The objectives table of docs/rules.md, generated from the scenario data so the two never
 * disagree. `npx tsx scripts/objectives-table.ts` prints it; tests/docs.test.ts checks the doc.
 */
import { fileURLToPath } from "node:url";
import { getScenario } from "../shared";
import { caspianSalvo } from "../shared/scenario/caspian-salvo";
import { factionIds, powerIds } from "../shared/scenario/ids-of";

/** These runs play "Caspian Salvo" (the default scenario). */
const POWERS = powerIds(caspianSalvo);

export function objectivesTable(scenarioId = "caspian-salvo"): string {
  const scenario = getScenario(scenarioId);
  const rows = ["| power | objective | points |", "|---|---|---|"];
  for (const power of POWERS) {
    const mine = scenario.objectives.filter((o) => o.power === power);
    const objectives = [...mine.filter((o) => !o.secret), ...mine.filter((o) => o.secret)];
    objectives.forEach((o, i) => {
      const first = objectives.findIndex((x) => x.secret) === i;
      const label = o.secret ? (first ? "*secret, one of:* " : "*secret:* ") : "";
      rows.push(`| ${i === 0 ? `**${scenario.powers[power]!.name}**` : ""} | ${label}${o.text.replace(/\.$/, "")} | ${o.points} |`);
    });
  }
  return rows.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(objectivesTable());

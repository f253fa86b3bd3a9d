/** Writes docs/scenario.schema.json and docs/examples/short-salvo.json from shared/scenario (npx tsx scripts/scenario-schema.ts). */
import { writeFileSync } from "node:fs";
import { exampleScenarioFile } from "../shared/scenario/example";
import { scenarioJsonSchema } from "../shared/scenario/schema";

export const SCHEMA_PATH = "docs/scenario.schema.json";
export const EXAMPLE_PATH = "docs/examples/short-salvo.json";
export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

if (process.argv[1]?.endsWith("scenario-schema.ts")) {
  writeFileSync(SCHEMA_PATH, json(scenarioJsonSchema()));
  writeFileSync(EXAMPLE_PATH, json(exampleScenarioFile));
}

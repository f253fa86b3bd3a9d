/**
 * npm run replay -- <file.json> [--json]
 * Plays a recorded match ({scenario, seed, turns?, seats, commands}) through the rules and
 * prints each power's reports and the final match hash. The same file always gives the same hash.
 */
import { readFileSync } from "node:fs";
import { replayMatch, parseReplayFile } from "./replay-core";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--"));
if (!file) {
  console.error("usage: npm run replay -- <file.json> [--json]");
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(file, "utf8");
} catch (error) {
  console.error(`Cannot read ${file}: ${(error as Error).message}`);
  process.exit(2);
}
const parsed = parseReplayFile(text);
if (!parsed.ok) {
  console.error(`${file}: ${parsed.error}`);
  process.exit(2);
}
const result = replayMatch(parsed.value);
if (args.includes("--json")) {
  console.log(JSON.stringify(result, null, 2));
} else {
  for (const line of result.lines) console.log(line);
}

import type { ObjectiveTest } from "./types";

/** The plain tests an objective's test is made of: itself, or the parts of an "all". */
export function testParts(test: ObjectiveTest): ObjectiveTest[] {
  return test.kind === "all" ? test.tests.flatMap(testParts) : [test];
}

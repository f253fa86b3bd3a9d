import { describe, expect, it } from "vitest";
import { parseWaypoint } from "../../client/src/model/waypoint-input";

describe("a typed waypoint", () => {
  it("reads decimal degrees, with or without a hemisphere", () => {
    expect(parseWaypoint("38.5", "52")).toEqual({ ok: true, point: [52, 38.5] });
    expect(parseWaypoint(" 34,4 N ", "44.6°E")).toEqual({ ok: true, point: [44.6, 34.4] });
    expect(parseWaypoint("12.5 S", "3 W")).toEqual({ ok: true, point: [-3, -12.5] });
    expect(parseWaypoint("-12.5", "-3")).toEqual({ ok: true, point: [-3, -12.5] });
  });

  it("says what is wrong with anything else", () => {
    expect(parseWaypoint("", "52")).toMatchObject({ ok: false, message: expect.stringMatching(/latitude in degrees/) });
    expect(parseWaypoint("91", "52")).toMatchObject({ ok: false, message: expect.stringMatching(/between -90 and 90/) });
    expect(parseWaypoint("38", "181")).toMatchObject({ ok: false, message: expect.stringMatching(/between -180 and 180/) });
    expect(parseWaypoint("38 E", "52")).toMatchObject({ ok: false, message: expect.stringMatching(/N or S/) });
    expect(parseWaypoint("38", "abc")).toMatchObject({ ok: false, message: expect.stringMatching(/longitude in degrees/) });
  });
});

/**
 * How the baked outlines store a ring (assets/map/<id>.json): its points in tenths of a world
 * pixel (the precision they are baked at), the first as it is, each next one as its difference
 * from the one before. Small integers compress three times better than the coordinates
 * themselves; decoding gives back exactly the numbers the bake rounded to (n / 10).
 */
export function encodeRing(flat: readonly number[]): number[] {
  const tenths = flat.map((v) => Math.round(v * 10));
  return tenths.map((v, i) => (i < 2 ? v : v - tenths[i - 2]!));
}

export function decodeRing(encoded: readonly number[]): number[] {
  const tenths: number[] = [];
  for (let i = 0; i < encoded.length; i++) tenths.push(i < 2 ? encoded[i]! : encoded[i]! + tenths[i - 2]!);
  return tenths.map((v) => v / 10);
}

/**
 * The final scores of ended matches, for the facilitator's list of lessons. An archive never
 * changes once written, so each is parsed once per process and its scores kept (a bounded map,
 * oldest out first): listing the same lessons again reads only their headers.
 */
import { readArchive } from "../match/archive";
import type { MatchStore } from "../store/store";

type Scores = Record<string, number>;

export class EndedScores {
  private readonly known = new Map<string, Scores | null>();

  constructor(
    private readonly store: Pick<MatchStore, "archive">,
    private readonly max = 10_000,
  ) {}

  async of(matchId: string): Promise<Scores | null> {
    if (this.known.has(matchId)) return this.known.get(matchId) ?? null;
    const archive = await readArchive(this.store, matchId);
    const scores = (archive?.ending?.scores as Scores | undefined) ?? null;
    if (this.known.size >= this.max) this.known.delete(this.known.keys().next().value!);
    this.known.set(matchId, scores);
    return scores;
  }
}

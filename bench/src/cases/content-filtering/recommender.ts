/** Milliseconds of one step's recommender phases (for sharded runs: the slowest shard). */
export interface RecommendPhases {
  scoringMs: number;
  selectionMs: number;
  /** Scoring and checking the kept candidate lists. */
  candidateMs: number;
  /** Users whose every item was scored (summed over shards). */
  rescoredUsers: number;
}

/**
 * A T-RECS content filter as the benchmark loop drives it. Every call covers all users;
 * implementations differ in how (main thread or worker shards, optimised or straightforward).
 */
export interface TrecsRecommender {
  readonly label: string;
  /** Startup feedback: records each user's interaction without refitting. */
  record(chosen: Int32Array): Promise<void>;
  /** Records each user's interaction and refits every profile; returns training ms. */
  train(chosen: Int32Array): Promise<number>;
  /** Writes the k best items per user into `slates` (users × k). */
  recommend(slates: Int32Array): Promise<RecommendPhases>;
  close(): Promise<void>;
}

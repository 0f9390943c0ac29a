import type { NnlsContentFilterOptions } from '@goodhart/core';

/** What a shard worker is started with. The two buffers are shared with the main thread. */
export interface ShardSetup {
  itemAttributes: Float32Array;
  numItems: number;
  numAttributes: number;
  /** This shard's users are [firstUser, firstUser + numUsers) of the whole population. */
  firstUser: number;
  numUsers: number;
  k: number;
  /** Int32, all users × k: the shard writes its rows. */
  slates: SharedArrayBuffer;
  /** Int32, one per user: the main thread writes each step's choices. */
  chosen: SharedArrayBuffer;
  options: NnlsContentFilterOptions;
}

export type ShardCommand = 'record' | 'train' | 'recommend' | 'close';

export interface ShardReply {
  scoringMs: number;
  selectionMs: number;
  candidateMs: number;
  rescoredUsers: number;
  trainingMs: number;
}

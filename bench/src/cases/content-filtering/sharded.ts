import { Worker } from 'node:worker_threads';
import type { NnlsContentFilterOptions } from '@goodhart/core';
import type { RecommendPhases, TrecsRecommender } from './recommender';
import type { ShardCommand, ShardReply, ShardSetup } from './shard-protocol';

/**
 * The population split into contiguous shards, one NnlsContentFilter per worker thread.
 * Users are independent given the shared item attributes, so the split is clean: scoring,
 * selection and refitting of different users never touch the same memory.
 */
export class ShardedRecommender implements TrecsRecommender {
  readonly label: string;
  private readonly workers: Worker[];
  private readonly chosen: Int32Array;
  private readonly slates: Int32Array;

  private constructor(workers: Worker[], chosen: Int32Array, slates: Int32Array) {
    this.workers = workers;
    this.chosen = chosen;
    this.slates = slates;
    this.label = `NnlsContentFilter, ${workers.length} worker threads`;
  }

  static async start(
    itemAttributes: Float32Array,
    numItems: number,
    numAttributes: number,
    numUsers: number,
    k: number,
    shards: number,
    options: NnlsContentFilterOptions = {},
  ): Promise<ShardedRecommender> {
    const chosen = new Int32Array(new SharedArrayBuffer(numUsers * 4));
    const slates = new Int32Array(new SharedArrayBuffer(numUsers * k * 4));
    const workers: Worker[] = [];
    for (let s = 0; s < shards; s++) {
      const firstUser = Math.floor((s * numUsers) / shards);
      const end = Math.floor(((s + 1) * numUsers) / shards);
      const setup: ShardSetup = {
        itemAttributes,
        numItems,
        numAttributes,
        firstUser,
        numUsers: end - firstUser,
        k,
        slates: slates.buffer as SharedArrayBuffer,
        chosen: chosen.buffer as SharedArrayBuffer,
        options,
      };
      workers.push(
        new Worker(new URL('./shard-worker.ts', import.meta.url), { workerData: setup }),
      );
    }
    // Each worker says it is ready once its model is built (importing core takes a while).
    await Promise.all(workers.map((worker) => reply(worker)));
    return new ShardedRecommender(workers, chosen, slates);
  }

  async record(chosen: Int32Array): Promise<void> {
    this.chosen.set(chosen);
    await this.broadcast('record');
  }

  async train(chosen: Int32Array): Promise<number> {
    this.chosen.set(chosen);
    const replies = await this.broadcast('train');
    return Math.max(...replies.map((r) => r.trainingMs));
  }

  async recommend(slates: Int32Array): Promise<RecommendPhases> {
    const replies = await this.broadcast('recommend');
    slates.set(this.slates);
    return {
      scoringMs: Math.max(...replies.map((r) => r.scoringMs)),
      selectionMs: Math.max(...replies.map((r) => r.selectionMs)),
      candidateMs: Math.max(...replies.map((r) => r.candidateMs)),
      rescoredUsers: replies.reduce((sum, r) => sum + r.rescoredUsers, 0),
    };
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private broadcast(command: ShardCommand): Promise<ShardReply[]> {
    return Promise.all(
      this.workers.map((worker) => {
        const answer = reply(worker);
        worker.postMessage(command);
        return answer;
      }),
    );
  }
}

/** The worker's next message, or its error. */
function reply(worker: Worker): Promise<ShardReply> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ShardReply) => {
      worker.off('error', onError);
      resolve(message);
    };
    const onError = (error: Error) => {
      worker.off('message', onMessage);
      reject(error);
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
  });
}

import { parentPort, workerData } from 'node:worker_threads';
import { NnlsContentFilter } from '@goodhart/core';
import type { ShardCommand, ShardReply, ShardSetup } from './shard-protocol';

// One shard of the population: its own NnlsContentFilter over its users, reading choices and
// writing slates straight in the shared buffers, so a step moves no data between threads.
const setup = workerData as ShardSetup;
const model = new NnlsContentFilter(
  setup.itemAttributes,
  setup.numItems,
  setup.numAttributes,
  setup.numUsers,
  setup.options,
);
const chosen = new Int32Array(setup.chosen, setup.firstUser * 4, setup.numUsers);
const slates = new Int32Array(
  setup.slates,
  setup.firstUser * setup.k * 4,
  setup.numUsers * setup.k,
);

const idle: ShardReply = {
  scoringMs: 0,
  selectionMs: 0,
  candidateMs: 0,
  rescoredUsers: 0,
  trainingMs: 0,
};

parentPort?.on('message', (command: ShardCommand) => {
  const reply: ShardReply = { ...idle };
  if (command === 'record') {
    model.addInteractions(chosen);
  } else if (command === 'train') {
    const start = performance.now();
    model.addInteractions(chosen);
    model.refit();
    reply.trainingMs = performance.now() - start;
  } else if (command === 'recommend') {
    model.recommend(setup.k, slates, reply);
  } else {
    parentPort?.close();
    return;
  }
  parentPort?.postMessage(reply);
});
// Ready: the model is built.
parentPort?.postMessage(idle);

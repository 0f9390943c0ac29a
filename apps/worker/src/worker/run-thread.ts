import { parentPort } from 'node:worker_threads';
import { type RunSpec, runRun } from '@goodhart/experiment';
import type { FromRunThread, ToRunThread } from './thread-messages';

// The thread side of ThreadExecutor: runs one run at a time with the real runner. After each
// round it waits until the main thread has stored the round, so what is stored never lags
// what was computed, and a cancellation seen then stops the run before the next round.

const port = parentPort;
if (port === null) throw new Error('run-thread must be started as a worker thread');

let controller: AbortController | undefined;
let roundStored: ((stop: boolean) => void) | undefined;

const send = (message: FromRunThread) => port.postMessage(message);

port.on('message', (message: ToRunThread) => {
  switch (message.type) {
    case 'run':
      void execute(message.runSpec as RunSpec);
      break;
    case 'round-stored':
      roundStored?.(message.stop);
      roundStored = undefined;
      break;
    case 'abort':
      controller?.abort();
      break;
  }
});

async function execute(runSpec: RunSpec): Promise<void> {
  const current = new AbortController();
  controller = current;
  try {
    const result = await runRun(runSpec, {
      signal: current.signal,
      onRound: async (record) => {
        const stored = new Promise<boolean>((resolve) => {
          roundStored = resolve;
        });
        send({ type: 'round', record });
        if (await stored) current.abort();
      },
    });
    send({ type: 'result', result });
  } catch (error) {
    const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
    send({ type: 'error', name, message, stack });
  } finally {
    controller = undefined;
  }
}

import * as tf from '@tensorflow/tfjs-core';
import { ensureTensorSetup } from './internal/setup';

/** Where tensors run: the native TensorFlow binding, WebAssembly, or plain JavaScript. */
export type BackendName = 'tensorflow' | 'wasm' | 'cpu';

/** Fastest first: the order `initBackend` tries when nothing is asked for. */
export const backendNames: readonly BackendName[] = ['tensorflow', 'wasm', 'cpu'];

/** Environment variable that forces a backend, overriding the argument of `initBackend`. */
export const backendEnvVar = 'GOODHART_BACKEND';

// A variable, not a literal, so bundlers and tsc do not try to resolve an optional peer.
const nativeBindingModule = '@tensorflow/tfjs-node';

let chosen: BackendName | undefined;

function isBackendName(value: string): value is BackendName {
  return (backendNames as readonly string[]).includes(value);
}

function forcedByEnvironment(): BackendName | undefined {
  const raw = typeof process === 'undefined' ? undefined : process.env[backendEnvVar];
  if (raw === undefined || raw === '') return undefined;
  if (!isBackendName(raw)) {
    throw new Error(
      `${backendEnvVar}="${raw}" is not a backend; expected one of ${backendNames.join(', ')}`,
    );
  }
  return raw;
}

async function activate(name: BackendName): Promise<string | undefined> {
  if (name === 'tensorflow') {
    try {
      await import(/* @vite-ignore */ nativeBindingModule);
    } catch (error) {
      return `${nativeBindingModule} is not installed or failed to load (${(error as Error).message})`;
    }
  }
  try {
    if (await tf.setBackend(name)) {
      await tf.ready();
      return undefined;
    }
    return `tf.setBackend("${name}") returned false`;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * Chooses the backend every tensor runs on: the one forced by GOODHART_BACKEND, else
 * `preferred`, else the fastest that loads (tfjs-node, then wasm, then cpu). A backend asked
 * for by name must load, or this throws; nothing falls back silently. Calling it again with
 * no preference (or the same one) keeps the earlier choice.
 */
export async function initBackend(preferred?: BackendName): Promise<BackendName> {
  ensureTensorSetup();
  if (preferred !== undefined && !isBackendName(preferred)) {
    throw new Error(
      `initBackend: unknown backend "${String(preferred)}"; known: ${backendNames.join(', ')}`,
    );
  }
  const wanted = forcedByEnvironment() ?? preferred;
  if (chosen !== undefined && (wanted === undefined || wanted === chosen)) {
    if (tf.getBackend() === chosen) return chosen;
  }
  const candidates = wanted === undefined ? backendNames : [wanted];
  const failures: string[] = [];
  for (const name of candidates) {
    const failure = await activate(name);
    if (failure === undefined) {
      chosen = name;
      return name;
    }
    failures.push(`${name}: ${failure}`);
  }
  throw new Error(`initBackend: no backend could start (${failures.join('; ')})`);
}

/** The backend tensors run on now, to be named in every result. */
export function currentBackend(): BackendName {
  const active = tf.engine().backendName;
  if (active == null) throw new Error('currentBackend: no backend yet; call initBackend() first');
  if (!isBackendName(active))
    throw new Error(`currentBackend: backend "${active}" is not one Goodhart knows`);
  return active;
}

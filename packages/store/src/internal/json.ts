import type { Metrics } from '../records';

/** JSON.stringify writes NaN and Infinity as null; that is the stored form of "not a number". */
export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

export function fromJson<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T);
}

export function metricsFromJson(text: string | null): Metrics | null {
  return fromJson<Metrics>(text);
}

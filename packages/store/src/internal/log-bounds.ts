/**
 * How much of a run's log the store keeps, so that a chatty run (a line a round over thousands
 * of rounds, a huge error message) cannot fill the disk: the newest `linesPerRun` lines, each
 * message cut at `messageChars` characters and each detail (an error's stack) at `detailChars`.
 * A run's log is therefore at most 500 x (1,000 + 8,000) = 4.5 million characters, whatever the
 * run does. When a line is added past the bound, the oldest lines go: the end of a run (its
 * outcome, its error) is what a person diagnosing it reads first.
 */
export const runLogBounds = {
  linesPerRun: 500,
  messageChars: 1_000,
  detailChars: 8_000,
} as const;

const cutMark = ' … (cut)';

/** `text` cut to at most `limit` characters, saying so when it was cut. */
export function cutText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  return `${text.slice(0, limit - cutMark.length)}${cutMark}`;
}

/** A log line's message and detail as stored: within the bounds; an empty detail is none. */
export function boundedLogLine(
  message: string,
  detail: string | undefined,
): { message: string; detail: string | null } {
  return {
    message: cutText(message, runLogBounds.messageChars),
    detail:
      detail === undefined || detail === '' ? null : cutText(detail, runLogBounds.detailChars),
  };
}

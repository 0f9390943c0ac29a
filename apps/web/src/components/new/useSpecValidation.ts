'use client';

import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { FieldIssue } from '../../lib/issues';
import { useTRPC } from '../../trpc/client';
import { errorIssues, errorMessage } from '../../trpc/errors';

export type Validation =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'ok'; runCount: number }
  | { state: 'invalid'; issues: FieldIssue[] };

/**
 * Validates the draft spec on the server (the same zod schema and size limits `submit` uses)
 * shortly after typing stops. A reply about an older version of the draft is ignored.
 */
export function useSpecValidation(doc: unknown, delayMs = 350): Validation {
  const trpc = useTRPC();
  const validateAsync = useMutation(trpc.experiments.validate.mutationOptions()).mutateAsync;
  const [validation, setValidation] = useState<Validation>({ state: 'idle' });
  const latest = useRef(0);
  useEffect(() => {
    if (doc === null) return;
    const ticket = ++latest.current;
    setValidation({ state: 'checking' });
    const timer = setTimeout(() => {
      validateAsync({ spec: doc })
        .then((result) => {
          if (ticket !== latest.current) return;
          setValidation(
            result.ok
              ? { state: 'ok', runCount: result.runCount }
              : { state: 'invalid', issues: result.issues },
          );
        })
        .catch((error) => {
          if (ticket !== latest.current) return;
          const issues = errorIssues(error);
          setValidation({
            state: 'invalid',
            issues: issues.length > 0 ? issues : [{ path: '', message: errorMessage(error) }],
          });
        });
    }, delayMs);
    return () => clearTimeout(timer);
  }, [doc, validateAsync, delayMs]);
  return validation;
}

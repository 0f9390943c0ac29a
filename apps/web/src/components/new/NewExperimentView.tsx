'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type ArmLike, armNamesAt, armsOf, chooseArms, mergeArmPool } from '../../lib/arms';
import { unclaimedIssues } from '../../lib/issues';
import { getAt, setAt } from '../../lib/spec-path';
import { useTRPC } from '../../trpc/client';
import { errorIssues, errorMessage } from '../../trpc/errors';
import { ErrorState, Loading } from '../states/States';
import { ArmsPicker } from './ArmsPicker';
import {
  type FieldDef,
  formPaths,
  generalFields,
  taskFields,
  trainingFields,
  worldFields,
} from './fields';
import { JsonEditor } from './JsonEditor';
import { PresetPicker } from './PresetPicker';
import { SpecField } from './SpecField';
import { SweepEditor } from './SweepEditor';
import { useSpecValidation } from './useSpecValidation';

const stringify = (doc: unknown) => JSON.stringify(doc, null, 2);

export function NewExperimentView() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const searchParams = useSearchParams();

  const presets = useQuery(trpc.presets.list.queryOptions());
  const [presetName, setPresetName] = useState<string | null>(searchParams.get('preset'));
  const fromId = searchParams.get('from');

  const [doc, setDoc] = useState<unknown>(null);
  const [jsonText, setJsonText] = useState('');
  const [jsonError, setJsonError] = useState<string | null>(null);
  // Bumped when the spec changes other than through the sweep editor, which then remounts.
  const [revision, setRevision] = useState(0);
  const [armPool, setArmPool] = useState<ArmLike[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);

  const load = useCallback((spec: unknown) => {
    setDoc(spec);
    setJsonText(stringify(spec));
    setJsonError(null);
    setArmPool(armsOf(spec));
    setRevision((r) => r + 1);
  }, []);

  const choosePreset = async (name: string) => {
    setPresetName(name);
    setLoadError(null);
    try {
      const preset = await queryClient.fetchQuery(trpc.presets.get.queryOptions({ name }));
      load(preset.spec);
    } catch (error) {
      setLoadError(errorMessage(error));
    }
  };

  // Start from ?preset=… or ?from=<experiment id> (a copy of an experiment's spec).
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    if (fromId) {
      started.current = true;
      queryClient
        .fetchQuery(trpc.experiments.get.queryOptions({ id: fromId }))
        .then((detail) =>
          load({ ...(detail.spec as object), name: `${detail.experiment.name} (copy)` }),
        )
        .catch((error) => setLoadError(errorMessage(error)));
    } else if (presetName) {
      started.current = true;
      void choosePreset(presetName);
    }
  });

  const updateFromForm = (next: unknown) => {
    setDoc(next);
    setJsonText(stringify(next));
    setJsonError(null);
  };
  const setField = (path: string, value: unknown) => updateFromForm(setAt(doc, path, value));
  const onJsonChange = (text: string) => {
    setJsonText(text);
    try {
      const parsed: unknown = JSON.parse(text);
      setDoc(parsed);
      setJsonError(null);
      setArmPool((pool) => mergeArmPool(pool, parsed));
      setRevision((r) => r + 1);
    } catch (error) {
      setJsonError(error instanceof Error ? error.message : 'not valid JSON');
    }
  };

  const validation = useSpecValidation(doc);

  const submit = useMutation(
    trpc.experiments.submit.mutationOptions({
      onSuccess: (result) => {
        void queryClient.invalidateQueries({ queryKey: trpc.experiments.pathKey() });
        router.push(
          result.created
            ? `/experiments?queued=${result.experiment.id}`
            : `/experiments/${result.experiment.id}?existing=1`,
        );
      },
    }),
  );

  const issues =
    validation.state === 'invalid'
      ? validation.issues
      : submit.isError
        ? errorIssues(submit.error)
        : [];
  const chosenArms = new Set(armsOf(doc).map((a) => a.name));
  const toggleArm = (name: string) => {
    const next = new Set(chosenArms);
    if (next.has(name)) next.delete(name);
    else next.add(name);
    updateFromForm(setAt(doc, 'arms', chooseArms(armPool, next)));
  };
  const offline = getAt(doc, 'kind') === 'offline-classification';
  const canSubmit =
    doc !== null && jsonError === null && validation.state === 'ok' && !submit.isPending;

  const renderFields = (fields: FieldDef[]) =>
    fields.map((f) => (
      <SpecField
        key={f.path}
        doc={doc}
        path={f.path}
        label={f.label}
        kind={f.kind}
        help={f.help}
        issues={issues}
        onChange={setField}
      />
    ));

  return (
    <>
      <div className="page-head">
        <div>
          <div className="breadcrumb">Experiments / New</div>
          <h1>New experiment</h1>
          <p className="subtitle">
            Start from a preset scenario, adjust it, and queue it for the worker.
          </p>
        </div>
      </div>

      <section className="panel" aria-labelledby="preset-heading">
        <div className="panel-head">
          <h2 id="preset-heading">1. Start from a preset</h2>
          <span className="hint">each tests one claim from the design notes</span>
        </div>
        {presets.isPending ? (
          <Loading label="Loading presets…" />
        ) : presets.isError ? (
          <ErrorState title="Could not load presets" message={errorMessage(presets.error)} />
        ) : (
          <PresetPicker presets={presets.data} selected={presetName} onSelect={choosePreset} />
        )}
        {loadError ? (
          <p className="notice error" role="alert" style={{ marginTop: 12 }}>
            {loadError}
          </p>
        ) : null}
      </section>

      {doc === null ? null : (
        <form
          aria-label="Experiment spec"
          onSubmit={(event) => {
            event.preventDefault();
            if (canSubmit) submit.mutate({ spec: doc });
          }}
        >
          <section className="panel" aria-labelledby="common-heading">
            <div className="panel-head">
              <h2 id="common-heading">2. Common settings</h2>
              <span className="hint">an emptied field takes its default</span>
            </div>
            <div className="form-grid">{renderFields(generalFields)}</div>
            <h3 style={{ marginTop: 14 }}>{offline ? 'Task' : 'World'}</h3>
            <div className="form-grid">{renderFields(offline ? taskFields : worldFields)}</div>
            <h3 style={{ marginTop: 14 }}>Training</h3>
            <div className="form-grid">{renderFields(trainingFields)}</div>
          </section>

          <div className="two-col">
            <section className="panel" aria-label="Arms">
              <ArmsPicker
                pool={armPool}
                chosen={chosenArms}
                onToggle={toggleArm}
                issues={issues}
                specArms={armNamesAt(doc)}
              />
            </section>
            <section className="panel" aria-label="Sweep">
              <SweepEditor
                key={revision}
                doc={doc}
                issues={issues}
                onChange={(sweep) => updateFromForm(setAt(doc, 'sweep', sweep))}
              />
            </section>
          </div>

          <section className="panel" aria-labelledby="json-heading">
            <div className="panel-head">
              <h2 id="json-heading">3. Everything else</h2>
            </div>
            <JsonEditor
              text={jsonText}
              syntaxError={jsonError}
              otherIssues={unclaimedIssues(issues, [...formPaths, 'arms', 'sweep'])}
              onChange={onJsonChange}
            />
          </section>

          <section className="panel toolbar" aria-label="Submit">
            <span role="status" aria-live="polite" data-validation={validation.state}>
              {validation.state === 'checking'
                ? 'Checking…'
                : validation.state === 'ok'
                  ? `✓ Valid: ${validation.runCount} runs will be queued`
                  : validation.state === 'invalid'
                    ? `${issues.length} problem${issues.length === 1 ? '' : 's'} to fix`
                    : ''}
            </span>
            {submit.isError && errorIssues(submit.error).length === 0 ? (
              <span className="field-error" role="alert">
                {errorMessage(submit.error)}
              </span>
            ) : null}
            <span className="spacer" />
            <button type="submit" className="button primary" disabled={!canSubmit}>
              {submit.isPending ? 'Queueing…' : 'Queue experiment'}
            </button>
          </section>
        </form>
      )}
    </>
  );
}

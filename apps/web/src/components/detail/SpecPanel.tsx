'use client';

import { CopyButton } from '../ui/CopyButton';
import { ScrollBox } from '../ui/ScrollBox';

export function SpecPanel({ spec }: { spec: unknown }) {
  const text = JSON.stringify(spec, null, 2);
  return (
    <section className="panel" aria-labelledby="spec-heading">
      <div className="panel-head">
        <h2 id="spec-heading">Spec</h2>
        <span className="hint">the exact document that produced these results</span>
        <span className="spacer" />
        <CopyButton text={text} label="Copy spec" />
      </div>
      <ScrollBox label="Spec as JSON" style={{ maxHeight: 420, overflowY: 'auto' }}>
        <pre className="spec">{text}</pre>
      </ScrollBox>
    </section>
  );
}

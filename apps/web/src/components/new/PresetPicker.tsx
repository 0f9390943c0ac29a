'use client';

import type { PresetListItem } from '../../trpc/types';

export function PresetPicker({
  presets,
  selected,
  onSelect,
}: {
  presets: readonly PresetListItem[];
  selected: string | null;
  onSelect: (name: string) => void;
}) {
  return (
    <fieldset className="preset-list" style={{ border: 'none', padding: 0, margin: 0 }}>
      <legend className="visually-hidden">Presets</legend>
      {presets.map((preset) => (
        <button
          key={preset.name}
          type="button"
          className="preset-card"
          aria-pressed={selected === preset.name}
          title={preset.description}
          onClick={() => onSelect(preset.name)}
        >
          <span className="name">{preset.name}</span>
          <span className="claim clamp">{preset.claim ?? preset.description}</span>
          <span className="claim" style={{ color: 'var(--faint)' }}>
            {preset.runCount} runs · {preset.rounds} rounds
          </span>
        </button>
      ))}
    </fieldset>
  );
}

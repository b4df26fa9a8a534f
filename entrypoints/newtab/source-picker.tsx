import { useId, useState } from 'react';

const SHOWN = 8;

interface SourcePickerProps {
  value: string | undefined;
  counts: ReadonlyMap<string, number> | undefined;
  onChange(source: string | undefined): void;
}

/**
 * Sources (the venue or site an article comes from) as a searchable list: type a few letters,
 * pick one. The busiest sources come first; each says how many cards choosing it would show.
 */
export function SourcePicker({ value, counts, onChange }: SourcePickerProps) {
  const [text, setText] = useState('');
  const inputId = useId();
  const needle = text.trim().toLowerCase();
  const sources = [...(counts?.entries() ?? [])]
    .filter(([name, count]) => count > 0 && (!needle || name.toLowerCase().includes(needle)))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return (
    <div className="sources" role="group" aria-labelledby={`${inputId}-label`}>
      <label id={`${inputId}-label`} htmlFor={inputId}>
        Source
      </label>{' '}
      <input
        id={inputId}
        type="search"
        className="sources__search"
        placeholder="Search sources"
        autoComplete="off"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <ul className="chips sources__list">
        {value && (
          <li>
            <button type="button" className="chip" aria-pressed="true" onClick={() => onChange(undefined)}>
              {value}
              <span className="chip__count">{counts?.get(value) ?? 0}</span>
            </button>
          </li>
        )}
        {sources
          .filter(([name]) => name !== value)
          .slice(0, SHOWN)
          .map(([name, count]) => (
            <li key={name}>
              <button type="button" className="chip" aria-pressed="false" onClick={() => onChange(name)}>
                {name}
                <span className="chip__count">{count}</span>
              </button>
            </li>
          ))}
        {sources.length === 0 && needle && <li className="sources__none">No source matches “{text.trim()}”.</li>}
      </ul>
    </div>
  );
}

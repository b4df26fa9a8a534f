import { forwardRef } from 'react';

interface SearchBoxProps {
  value: string;
  onChange(value: string): void;
  /** The reader is about to search (the field is focused or pointed at): time to get ready. */
  onIntent(): void;
}

/** The library search field; "/" focuses it from anywhere on the page. */
export const SearchBox = forwardRef<HTMLInputElement, SearchBoxProps>(function SearchBox(
  { value, onChange, onIntent },
  ref,
) {
  return (
    <form
      className="search"
      role="search"
      onSubmit={(event) => event.preventDefault()}
      onFocus={onIntent}
      onPointerEnter={onIntent}
    >
      <label className="visually-hidden" htmlFor="quorum-search">
        Search your library
      </label>
      <input
        ref={ref}
        id="quorum-search"
        type="search"
        placeholder="Search your library  ( / )"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            onChange('');
            event.currentTarget.blur();
          }
        }}
      />
    </form>
  );
});

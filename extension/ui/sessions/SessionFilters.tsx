// Sport, date range and a search of titles and notes, each labelled for the keyboard and screen readers.
import type { Sport } from '../../../shared/model';
import { SPORT_CHOICES } from '../common/sport-label';
import { NO_FILTER, isFiltered, type FilterInput } from './session-filter';

export function SessionFilters({ value, onChange }: { value: FilterInput; onChange: (next: FilterInput) => void }) {
  const set = (patch: Partial<FilterInput>) => onChange({ ...value, ...patch });
  const text = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  return (
    <form class="session-filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label class="filter-search">
        <span>Search</span>
        <input
          type="search"
          placeholder="Title or notes"
          value={value.search}
          onInput={(e) => set({ search: text(e) })}
        />
      </label>
      <label>
        <span>Sport</span>
        <select value={value.sport} onChange={(e) => set({ sport: text(e) as Sport | '' })}>
          <option value="">All sports</option>
          {SPORT_CHOICES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>From</span>
        <input type="date" value={value.from} max={value.to || undefined} onInput={(e) => set({ from: text(e) })} />
      </label>
      <label>
        <span>To</span>
        <input type="date" value={value.to} min={value.from || undefined} onInput={(e) => set({ to: text(e) })} />
      </label>
      {isFiltered(value) && (
        <button type="button" onClick={() => onChange(NO_FILTER)}>
          Clear filters
        </button>
      )}
    </form>
  );
}

// Editing a structured workout's steps: add steps and repeats, change each,
// reorder with the buttons or Alt+Up / Alt+Down (focus follows the moved step),
// remove. Every change goes straight to `onChange`, so the preview follows.
import { useEffect, useRef, useState } from 'preact/hooks';
import { isRepeat, type PlanItem, type Sport } from '../../../shared/model';
import { StepFields } from './StepFields';
import { addRepeat, addStep, moveAt, removeAt, setTimes, type StepPath, updateStep } from './step-edits';

export interface StepEditorProps {
  readonly items: readonly PlanItem[];
  readonly sport: Sport;
  /** Gets a change to apply to the steps as they are when applied (edits may come faster than renders). */
  readonly onChange: (change: (items: readonly PlanItem[]) => PlanItem[]) => void;
}

const pathKey = (p: StepPath) => (p.inner === undefined ? `${p.item}` : `${p.item}.${p.inner}`);

export function StepEditor({ items, sport, onChange }: StepEditorProps) {
  const root = useRef<HTMLDivElement>(null);
  const [focusOn, setFocusOn] = useState<string | null>(null);
  useEffect(() => {
    if (focusOn === null) return;
    root.current?.querySelector<HTMLElement>(`[data-step="${focusOn}"] select`)?.focus();
    setFocusOn(null);
  }, [focusOn]);

  const move = (path: StepPath, by: -1 | 1) => {
    onChange((now) => moveAt(now, path, by));
    const list = path.inner === undefined ? items : (items[path.item] as { steps: unknown[] }).steps;
    const at = (path.inner ?? path.item) + by;
    if (at < 0 || at >= list.length) return;
    setFocusOn(pathKey(path.inner === undefined ? { item: at } : { item: path.item, inner: at }));
  };
  const fields = (path: StepPath, name: string) => {
    const item = items[path.item]!;
    const step = path.inner === undefined ? item : isRepeat(item) ? item.steps[path.inner]! : item;
    if (isRepeat(step)) return null;
    return (
      <StepFields
        key={pathKey(path)}
        step={step}
        sport={sport}
        name={name}
        path={pathKey(path)}
        onChange={(change) => onChange((now) => updateStep(now, path, change))}
        onMove={(by) => move(path, by)}
        onRemove={() => onChange((now) => removeAt(now, path))}
      />
    );
  };

  return (
    <div class="workout-editor" ref={root}>
      {items.length === 0 && <p class="workout-empty">No steps yet: add a step or a repeat.</p>}
      <ol class="workout-items">
        {items.map((item, i) => (
          <li key={i}>
            {isRepeat(item) ? (
              <fieldset class="workout-repeat" data-step={`${i}`}>
                <legend>Repeat {i + 1}</legend>
                <label>
                  <span>Times</span>
                  <input
                    type="number"
                    min="1"
                    step="1"
                    aria-label={`Repeat ${i + 1} times`}
                    value={item.times}
                    onInput={(e) => {
                      const n = Number(e.currentTarget.value);
                      if (Number.isInteger(n) && n > 0) onChange((now) => setTimes(now, i, n));
                    }}
                  />
                </label>
                {item.steps.map((_, j) => fields({ item: i, inner: j }, `Repeat ${i + 1}, step ${j + 1}`))}
                <div class="workout-step-actions">
                  <button type="button" onClick={() => onChange((now) => addStep(now, i))}>
                    Add a step to repeat {i + 1}
                  </button>
                  <button type="button" aria-label={`Move repeat ${i + 1} up`} onClick={() => move({ item: i }, -1)}>
                    ↑
                  </button>
                  <button type="button" aria-label={`Move repeat ${i + 1} down`} onClick={() => move({ item: i }, 1)}>
                    ↓
                  </button>
                  <button type="button" onClick={() => onChange((now) => removeAt(now, { item: i }))}>
                    Remove repeat {i + 1}
                  </button>
                </div>
              </fieldset>
            ) : (
              fields({ item: i }, `Step ${i + 1}`)
            )}
          </li>
        ))}
      </ol>
      <div class="workout-add">
        <button type="button" onClick={() => onChange((now) => addStep(now))}>
          Add a step
        </button>
        <button type="button" onClick={() => onChange((now) => addRepeat(now))}>
          Add a repeat
        </button>
      </div>
    </div>
  );
}

// The two ways to choose files without dragging: files (workouts or zips) and
// a whole folder. The inputs are hidden behind real buttons, so the keyboard
// and screen readers meet ordinary buttons.
import { useRef } from 'preact/hooks';
import { filesFromList, type CollectedFiles } from './collect-files';

export function ImportPickers({ onFiles }: { onFiles: (collected: CollectedFiles) => void }) {
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const picked = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    if (input.files && input.files.length > 0) onFiles(filesFromList(input.files));
    // Cleared so choosing the same files again still imports (and reports them as duplicates).
    input.value = '';
  };
  return (
    <div class="import-pickers">
      <button type="button" onClick={() => filesInput.current?.click()}>
        Choose files
      </button>
      <button type="button" onClick={() => folderInput.current?.click()}>
        Choose a folder
      </button>
      <input
        ref={filesInput}
        type="file"
        multiple
        hidden
        accept=".fit,.gpx,.tcx,.gz,.zip"
        onChange={picked}
        data-testid="file-input"
      />
      {/* webkitdirectory: Chrome, Firefox and Safari all read it (HTML has no standard folder picker). */}
      <input
        ref={folderInput}
        type="file"
        multiple
        hidden
        {...{ webkitdirectory: '' }}
        onChange={picked}
        data-testid="folder-input"
      />
    </div>
  );
}

// The whole panel accepts a drop: files, folders or archives land anywhere.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { filesFromDrop, type CollectedFiles } from './collect-files';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

export function DropTarget({
  onFiles,
  children,
}: {
  onFiles: (collected: CollectedFiles) => void;
  children: ComponentChildren;
}) {
  // Counted, not a flag: dragenter/dragleave fire for every child crossed.
  const [depth, setDepth] = useState(0);
  return (
    <div
      class={depth > 0 ? 'drop-target dragging' : 'drop-target'}
      onDragEnter={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        setDepth((d) => d + 1);
      }}
      onDragLeave={(e) => carriesFiles(e) && setDepth((d) => Math.max(0, d - 1))}
      onDragOver={(e) => {
        if (!carriesFiles(e)) return;
        // Cancelling dragover is what makes the element a drop target (HTML drag-and-drop processing model).
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      }}
      onDrop={(e) => {
        if (!e.dataTransfer) return;
        e.preventDefault();
        setDepth(0);
        void filesFromDrop(e.dataTransfer).then(onFiles);
      }}
    >
      {children}
      {depth > 0 && (
        <div class="drop-overlay" aria-hidden="true">
          Drop to import
        </div>
      )}
    </div>
  );
}

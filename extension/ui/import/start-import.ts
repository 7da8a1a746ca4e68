// How a piece of the panel far from the App starts an import (the invitation
// on an empty Sessions view): the App provides its import controls' start, so
// the progress shows above the view as for a drop anywhere on the panel.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CollectedFiles } from './collect-files';

export const StartImportContext = createContext<((collected: CollectedFiles) => void) | null>(null);

export function useStartImport(): (collected: CollectedFiles) => void {
  const start = useContext(StartImportContext);
  if (start === null) throw new Error('useStartImport needs a StartImportContext provider above it');
  return start;
}

// The athlete's units and language, for every component that shows a number.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { makeFormat, type Format } from '../units/format';

export const FormatContext = createContext<Format>(makeFormat('metric', 'en'));

export function useFormat(): Format {
  return useContext(FormatContext);
}

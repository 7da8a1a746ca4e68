// What the views need from outside themselves: the database and a way to start
// an import. The entrypoint supplies the real ones; tests supply fake-indexeddb
// and an in-process import.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { SessionsDb } from '../../db';
import type { ConnectImport } from '../import/import-connection';

export interface Services {
  readonly db: SessionsDb;
  readonly connectImport: ConnectImport;
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (services === null) throw new Error('useServices needs a ServicesContext provider above it');
  return services;
}

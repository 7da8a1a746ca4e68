// The signed-in account's standing on the server, kept current; null without a service (no accounts).
import { useEffect, useState } from 'preact/hooks';
import type { AccountService, AccountStanding } from './account-service';

export function useAccountStanding(service: AccountService | null): AccountStanding | null {
  const [standing, setStanding] = useState<AccountStanding | null>(null);
  useEffect(() => (service ? service.watch(setStanding) : setStanding(null)), [service]);
  return standing;
}

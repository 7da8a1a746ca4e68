// A signed-in account the server has no age confirmation for: the answer
// given before signing in is sent at once; without one (an account made
// before the gate, or the panel reopened meanwhile) the athlete is asked here.
import { useEffect, useState } from 'preact/hooks';
import type { AgeAnswer } from '../../shared/account/age';
import type { AccountService } from './account-service';
import { AgeGate } from './AgeGate';

export function ConfirmAge({ service, given }: { service: AccountService; given: AgeAnswer | null }) {
  const [problem, setProblem] = useState<string | null>(null);
  const send = async (answer: AgeAnswer) => {
    const outcome = await service.confirmAge(answer);
    setProblem(outcome.ok ? null : outcome.message);
  };
  useEffect(() => {
    if (given !== null) void send(given);
  }, [given, service]);

  return (
    <>
      <AgeGate
        intro="Sync and the hosted assistant need you to confirm that you are 16 or older."
        submitLabel="Confirm age"
        onPassed={(answer) => void send(answer)}
      />
      {problem !== null && <p role="alert">{problem}</p>}
    </>
  );
}

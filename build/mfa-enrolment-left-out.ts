// What MFA enrolment's QR code and printable backup codes resolve to (build/left-out.ts): the
// names Clerk's enrolment screens import, each failing loudly if one is ever shown.
function leftOut(name: string): () => never {
  return () => {
    throw new Error(`${name} (Clerk's MFA enrolment) is left out of SessionsAI's build; see build/left-out.ts`);
  };
}

export const QRCode = leftOut('QRCode');
export const PrintableComponent = leftOut('PrintableComponent');
export const usePrintable = leftOut('usePrintable');

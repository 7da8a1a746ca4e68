// What the Solana wallet buttons resolve to: SessionsAI offers no wallet sign-in (build/left-out.ts).
export {};

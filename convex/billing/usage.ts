import { v } from 'convex/values';
import { internalMutation } from '../lib/functions';
import { addUsage } from './access';

// How a charged hosted request ends for the budget: a finished call adds the
// tokens the API reported; a failed call gives its request back, since the
// athlete got nothing for it. A call the athlete stopped keeps its request.

export const chargeValidator = v.object({ userId: v.id('users'), day: v.string(), month: v.string() });

export const settle = internalMutation({
  args: {
    charge: chargeValidator,
    result: v.union(
      v.object({ kind: v.literal('answered'), inputTokens: v.number(), outputTokens: v.number() }),
      v.object({ kind: v.literal('failed') }),
      v.object({ kind: v.literal('stopped') }),
    ),
  },
  returns: v.null(),
  handler: async (ctx, { charge, result }) => {
    const delta =
      result.kind === 'answered'
        ? { requests: 0, tokens: result.inputTokens + result.outputTokens }
        : result.kind === 'failed'
          ? { requests: -1, tokens: 0 }
          : null;
    if (delta === null) return null;
    for (const period of [charge.day, charge.month]) await addUsage(ctx, charge.userId, period, delta);
    return null;
  },
});

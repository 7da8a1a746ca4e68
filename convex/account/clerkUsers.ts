import { createClerkClient } from '@clerk/backend';
import { isClerkAPIResponseError } from '@clerk/backend/errors';

// Clerk's Backend API, for deleting the athlete's Clerk user with their
// account (https://clerk.com/docs/reference/backend/user/delete-user).
// CLERK_API_URL points it elsewhere (a local fake in tests).

const CLERK_API_URL = 'https://api.clerk.com';

/** Deletes the Clerk user; one Clerk no longer knows is already gone, which is what was asked. Throws otherwise. */
export async function deleteClerkUser(clerkUserId: string): Promise<'deleted' | 'already-gone'> {
  const secretKey = process.env.CLERK_SECRET_KEY;
  if (!secretKey) throw new Error('CLERK_SECRET_KEY is not set, so the Clerk user cannot be deleted');
  const clerk = createClerkClient({ secretKey, apiUrl: process.env.CLERK_API_URL || CLERK_API_URL });
  try {
    await clerk.users.deleteUser(clerkUserId);
    return 'deleted';
  } catch (error) {
    if (isClerkAPIResponseError(error) && error.status === 404) return 'already-gone';
    if (isClerkAPIResponseError(error)) {
      const said = error.errors.map((e) => e.longMessage ?? e.message).join('; ');
      throw new Error(`Clerk refused to delete user ${clerkUserId} (HTTP ${error.status}): ${said}`);
    }
    throw error;
  }
}

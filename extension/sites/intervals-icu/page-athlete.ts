// The athlete signed in on an intervals.icu page. Athlete id 0 ("me") is
// defined only for API-key and bearer access ("You can now use 0 for the
// athlete id ... This will use the athlete for the API key or bearer token",
// the maintainer, https://forum.intervals.icu/t/api-access-to-intervals-icu/609/480),
// not for the web app's session, so the id is read from the page: the app's
// own pages sit under /athlete/{id}/... ("Find athlete ID in the URL when
// logged in: intervals.icu/athlete/iXXXXX/...", disco-trooper/skills,
// intervals-icu/SKILL.md), and its navigation links to them. The page's own
// URL is not used: a coach may be looking at another athlete's pages.
// Shaky (page markup): the diagnostics page (README) shows what it finds.
const ATHLETE_PATH = /^\/athlete\/(i\d+)(?:[/?#]|$)/;

/** The athlete id of the page's first link to /athlete/{id}/..., or null. */
export function readIntervalsAthleteId(doc: Pick<Document, 'querySelectorAll'>): string | null {
  for (const link of doc.querySelectorAll('a[href^="/athlete/"]')) {
    const id = ATHLETE_PATH.exec(link.getAttribute('href') ?? '')?.[1];
    if (id !== undefined) return id;
  }
  return null;
}

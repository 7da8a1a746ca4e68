// The small marker beside an estimated number (docs/ui.md, "Numbers and units"):
// its note shows as a tooltip on hover, and as the accessible description for
// a keyboard or screen-reader user, who can focus it.
export function EstimatedMark({ note }: { note: string }) {
  return (
    <abbr class="estimated" title={note} tabIndex={0} aria-label={`estimated. ${note}`}>
      {' '}
      (estimated)
    </abbr>
  );
}

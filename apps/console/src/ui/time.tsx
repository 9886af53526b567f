const RELATIVE = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const LOCAL = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "in 3 days", "2 hours ago": the largest unit that fits, from now. */
export function relative(iso: string, now = Date.now()): string {
  const delta = Date.parse(iso) - now;
  for (const [unit, ms] of UNITS) {
    if (Math.abs(delta) >= ms) {
      return RELATIVE.format(Math.round(delta / ms), unit);
    }
  }
  return RELATIVE.format(Math.round(delta / 1000), 'second');
}

/** A moment in the viewer's time zone, with UTC on hover. */
export function Time({ at }: { readonly at: string }) {
  return (
    <time dateTime={at} title={`${new Date(at).toISOString().replace('T', ' ').slice(0, 16)} UTC`}>
      {LOCAL.format(new Date(at))}
    </time>
  );
}

/** A deadline, relative ("in 3 days"), with the moment itself on hover. */
export function Deadline({ at }: { readonly at: string }) {
  return (
    <time dateTime={at} title={`${LOCAL.format(new Date(at))} (${new Date(at).toISOString().replace('T', ' ').slice(0, 16)} UTC)`}>
      {relative(at)}
    </time>
  );
}

/** When a grant ends: its expiry once accepted, else the deadline for accepting it. */
export function GrantEnds({ expiresAt, acceptBy }: { readonly expiresAt?: string; readonly acceptBy: string }) {
  return expiresAt ? (
    <Deadline at={expiresAt} />
  ) : (
    <>
      accept by <Deadline at={acceptBy} />
    </>
  );
}

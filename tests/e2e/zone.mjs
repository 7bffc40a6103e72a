// Instants of wall-clock times in a summit's zone, worked out with the platform's own tz
// database (Intl), never with the app's rules, so that the tests check them.

/** Milliseconds east of UTC of `zone` at the instant `ms`, by Intl. */
export function offsetAt(zone, ms) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
    hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(new Date(ms));
  const n = (type) => Number(parts.find((p) => p.type === type).value);
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')) - ms;
}

/** The UTC instant (seconds) of a wall-clock `time` on `date` in `zone`. */
export function instant(zone, date, time) {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let at = wall;
  for (let i = 0; i < 3; i += 1) at = wall - offsetAt(zone, at);
  return at / 1000;
}

/** The offset of `zone` at a wall-clock `time` on `date`, as RFC 3339 writes it: "+13:00". */
export function offsetText(zone, date, time) {
  const minutes = offsetAt(zone, instant(zone, date, time) * 1000) / 60_000;
  const abs = Math.abs(minutes);
  const two = (n) => String(n).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** ISO 8601 durations as MSPDI writes them (`PT16H0M0S`). Private to pmo-kit/io. */

const ISO_DURATION = /^(-)?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * Minutes of an ISO 8601 duration. Days count 24 hours and weeks 7 days (ISO semantics); years
 * and months are ambiguous and accepted only when zero. Returns a string describing the problem
 * when the text is not a duration.
 */
export function isoDurationMinutes(text: string): number | string {
  const s = text.trim();
  const m = ISO_DURATION.exec(s);
  if (!m || s === 'P' || s === 'PT' || s.endsWith('T')) return `not an ISO 8601 duration: ${JSON.stringify(text)}`;
  const [, sign, y, mo, w, d, h, mi, se] = m;
  const n = (v: string | undefined): number => (v === undefined ? 0 : Number(v));
  if (n(y) !== 0 || n(mo) !== 0) return `years and months are ambiguous in a duration: ${JSON.stringify(text)}`;
  const minutes = n(w) * 7 * 1440 + n(d) * 1440 + n(h) * 60 + n(mi) + n(se) / 60;
  return sign === '-' ? -minutes : minutes;
}

/** Formats minutes as MSPDI does: `PT{h}H{m}M{s}S`, with fractional seconds when needed. */
export function formatIsoDuration(minutes: number): string {
  let seconds = Math.abs(minutes) * 60;
  const rounded = Math.round(seconds);
  if (Math.abs(seconds - rounded) < 1e-6) seconds = rounded;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds - h * 3600) / 60);
  const s = Number((seconds - h * 3600 - m * 60).toFixed(6));
  return `${minutes < 0 ? '-' : ''}PT${h}H${m}M${s}S`;
}

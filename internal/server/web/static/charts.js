// Time axes without holes: every day, week (Monday) or month between two
// ends gets a bucket, and a bucket with no articles counts zero, so the
// distance between bars is the distance in time.
"use strict";

const timeAxis = (() => {
  const pad = (n) => String(n).padStart(2, "0");
  const dayOf = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const monthOf = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;

  // parse reads "YYYY-MM" or "YYYY-MM-DD" as a UTC date, or null.
  function parse(s) {
    const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s || "");
    if (!m) return null;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1));
    return isNaN(d) ? null : d;
  }

  // bucketOf names the period a date falls in.
  function bucketOf(s, by) {
    const d = parse(s);
    if (!d) return null;
    if (by === "month") return monthOf(d);
    if (by === "week") d.setUTCDate(d.getUTCDate() - (d.getUTCDay() + 6) % 7);
    return dayOf(d);
  }

  // periods lists every bucket from lo to hi inclusive (at most 5,000).
  function periods(lo, hi, by) {
    const a = parse(bucketOf(lo, by)), b = parse(bucketOf(hi, by));
    if (!a || !b) return [];
    const out = [];
    for (const d = a; d <= b && out.length < 5000;) {
      out.push(by === "month" ? monthOf(d) : dayOf(d));
      if (by === "month") d.setUTCMonth(d.getUTCMonth() + 1);
      else d.setUTCDate(d.getUTCDate() + (by === "week" ? 7 : 1));
    }
    return out;
  }

  // fill spreads counts ({bucket: n}) over the continuous buckets from the
  // first to the last one seen, widened to from and to when given.
  function fill(counts, by, from, to) {
    const seen = Object.keys(counts).sort();
    const lo = from || seen[0], hi = to || seen[seen.length - 1];
    if (!lo || !hi) return { labels: [], data: [] };
    const labels = periods(lo, hi, by);
    return { labels, data: labels.map((b) => counts[b] || 0) };
  }

  return { parse, bucketOf, periods, fill };
})();

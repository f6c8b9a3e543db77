// Trends page: how many articles match each term per day, week or month,
// on a continuous time axis, optionally within a date range.
"use strict";
(() => {
  const { api, series, t } = sosik;
  const $ = (id) => document.getElementById(id);
  const status = $("trend-status");
  let chart = null;

  // continuous re-spreads the server's buckets over the whole requested
  // range, so a range with quiet ends still shows them as zeros.
  function continuous(tr, from, to) {
    const spread = tr.series.map((s) => {
      const counts = {};
      tr.buckets.forEach((b, i) => { counts[b] = s.counts[i]; });
      return timeAxis.fill(counts, tr.by, from || tr.buckets[0], to || tr.buckets[tr.buckets.length - 1]);
    });
    return { labels: spread.length ? spread[0].labels : [], data: spread.map((x) => x.data) };
  }

  function draw(tr, from, to) {
    if (typeof Chart === "undefined") throw new Error(t("lib.chart.failed"));
    if (chart) chart.destroy();
    const axis = continuous(tr, from, to);
    chart = new Chart($("trend-chart"), {
      type: "line",
      data: {
        labels: axis.labels,
        datasets: tr.series.map((s, i) => ({
          label: `${s.term} (${s.total})`, data: axis.data[i], borderColor: series[i % series.length],
          backgroundColor: series[i % series.length], tension: 0, pointRadius: 3,
        })),
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        interaction: { mode: "index", intersect: false },
        scales: { y: { beginAtZero: true, title: { display: true, text: t("axis.articles") }, ticks: { precision: 0 } } },
      },
    });
    $("trend-chart").dataset.rendered = String(tr.series.length);
    window.sosikChart = chart;
    return axis.labels;
  }

  async function run(q, push) {
    $("terms").value = q.terms.join(", ");
    $("by").value = q.by;
    $("from").value = q.from;
    $("to").value = q.to;
    if (!q.terms.length) { status.textContent = t("trends.enter"); return; }
    if (q.from && q.to && q.to < q.from) { status.textContent = t("range.invalid"); return; }
    const p = new URLSearchParams();
    for (const term of q.terms) p.append("term", term);
    p.set("by", q.by);
    if (q.from) p.set("from", q.from);
    if (q.to) p.set("to", q.to);
    if (push) history.pushState(null, "", "/trends?" + p.toString());
    status.textContent = t("counting");
    try {
      const tr = await api("/api/trends?" + p.toString());
      const labels = draw(tr, q.from, q.to);
      status.textContent = labels.length ? t("trends.status", labels.length, tr.by, labels[0], labels[labels.length - 1]) : t("trends.none");
    } catch (err) {
      status.textContent = "";
      sosik.showError(status, err);
    }
  }

  function fromURL() {
    const p = new URLSearchParams(location.search);
    run({ terms: p.getAll("term").filter(Boolean), by: p.get("by") || "month", from: p.get("from") || "", to: p.get("to") || "" }, false);
  }

  $("trend-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const terms = $("terms").value.split(/[,，]/).map((x) => x.trim()).filter(Boolean);
    run({ terms, by: $("by").value, from: $("from").value, to: $("to").value }, true);
  });
  window.addEventListener("popstate", fromURL);
  fromURL();
})();

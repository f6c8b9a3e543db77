// Trends page: how many articles match each term per day, week or month.
"use strict";
(() => {
  const { api, series } = sosik;
  const $ = (id) => document.getElementById(id);
  const status = $("trend-status");
  let chart = null;

  function draw(tr) {
    if (typeof Chart === "undefined") throw new Error("chart library failed to load");
    if (chart) chart.destroy();
    chart = new Chart($("trend-chart"), {
      type: "line",
      data: {
        labels: tr.buckets,
        datasets: tr.series.map((s, i) => ({
          label: `${s.term} (${s.total})`, data: s.counts, borderColor: series[i % series.length],
          backgroundColor: series[i % series.length], tension: 0, pointRadius: 3,
        })),
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        interaction: { mode: "index", intersect: false },
        scales: { y: { beginAtZero: true, title: { display: true, text: "articles" }, ticks: { precision: 0 } } },
      },
    });
    $("trend-chart").dataset.rendered = String(tr.series.length);
    window.sosikChart = chart;
  }

  async function run(terms, by, push) {
    $("terms").value = terms.join(", ");
    $("by").value = by;
    if (!terms.length) { status.textContent = "Enter one or more terms, separated by commas."; return; }
    const p = new URLSearchParams();
    for (const t of terms) p.append("term", t);
    p.set("by", by);
    if (push) history.pushState(null, "", "/trends?" + p.toString());
    status.textContent = "Counting…";
    try {
      const tr = await api("/api/trends?" + p.toString());
      draw(tr);
      status.textContent = tr.buckets.length
        ? `${tr.buckets.length} ${tr.by}s from ${tr.buckets[0]} to ${tr.buckets[tr.buckets.length - 1]}.`
        : "No matching articles.";
    } catch (err) {
      status.textContent = "";
      sosik.showError(status, err);
    }
  }

  function fromURL() {
    const p = new URLSearchParams(location.search);
    run(p.getAll("term").filter(Boolean), p.get("by") || "month", false);
  }

  $("trend-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const terms = $("terms").value.split(/[,，]/).map((t) => t.trim()).filter(Boolean);
    run(terms, $("by").value, true);
  });
  window.addEventListener("popstate", fromURL);
  fromURL();
})();

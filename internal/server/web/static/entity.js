// Entity page: who the entity is (titles and affiliations over time), how
// many articles mention it (chart on a continuous month axis), who it
// appears with (list and relation graph), and what it said and did
// (quotes, events, timeline). A period (?from=…&to=…) narrows the chart,
// the lists and the graph.
"use strict";
(() => {
  const { el, fill, api, showError, segmentFromPath, entityHref, articleHref, eventLine, t } = sosik;
  const root = document.getElementById("entity");
  const typeChip = (ty) => el("span", { class: "chip type-" + ty, title: ty }, i18n.typeName(ty));

  function articleLink(a) {
    return el("a", { href: articleHref(a.id) }, a.headline || a.id);
  }

  function card(title, body, id) {
    return el("div", { class: "card", id: id || null }, el("h2", {}, title), body);
  }

  // inPeriod tells whether a date ("YYYY-MM-DD…" or "YYYY-MM") is within
  // the period; an undated item is kept only when no period is set.
  function inPeriod(date, per) {
    if (!per.from && !per.to) return true;
    if (!date) return false;
    const d = date.slice(0, 10);
    return (!per.from || d >= per.from.slice(0, d.length)) && (!per.to || d <= per.to.slice(0, d.length));
  }

  function titlesTable(titles) {
    if (!titles || !titles.length) return el("p", { class: "empty" }, t("titles.none"));
    return el("table", { class: "plain", id: "titles" },
      el("thead", {}, el("tr", {}, ["col.title", "col.affiliation", "col.role", "col.seen", "col.articles"].map((k) => el("th", {}, t(k))))),
      el("tbody", {}, titles.map((x) => el("tr", {},
        el("td", {}, x.title || "—"), el("td", {}, x.affiliation || "—"), el("td", {}, x.role || "—"),
        el("td", {}, x.first_seen === x.last_seen ? x.first_seen || "—" : `${x.first_seen} → ${x.last_seen}`),
        el("td", {}, x.articles)))));
  }

  // mentionsChart draws articles per month, every month of the span shown
  // (zero when none), the span being the period when one is set.
  function mentionsChart(canvas, months, per) {
    if (typeof Chart === "undefined") throw new Error(t("lib.chart.failed"));
    const counts = {};
    for (const m of months) if (inPeriod(m.value, per)) counts[m.value] = m.count;
    const axis = timeAxis.fill(counts, "month", per.from, per.to);
    if (window.sosikChart) window.sosikChart.destroy();
    const chart = new Chart(canvas, {
      type: "bar",
      // Many months: bars touch, so a single article still shows.
      data: { labels: axis.labels, datasets: [{ label: t("chart.mentions"), data: axis.data, backgroundColor: "#2553c9", maxBarThickness: 48,
        minBarLength: 0, barPercentage: axis.labels.length > 48 ? 1 : 0.9, categoryPercentage: axis.labels.length > 48 ? 1 : 0.8 }] },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, title: { display: true, text: t("axis.articles") }, ticks: { precision: 0 } } },
      },
    });
    canvas.dataset.rendered = String(axis.labels.length);
    window.sosikChart = chart;
    return chart;
  }

  function renderAmbiguous(key, body) {
    fill(root,
      el("h1", {}, key),
      el("div", { class: "card" },
        el("p", {}, t("ambiguous", key)),
        el("ul", { class: "events" }, (body.candidates || []).map((c) => el("li", {},
          typeChip(c.type), " ",
          el("a", { href: entityHref(c.id) }, c.name),
          " ", el("span", { class: "muted small" }, [c.country, c.affiliation, c.title].filter(Boolean).join(" "), " · ", t("articles.n", c.articles),
            (c.aliases || []).length ? " · " + c.aliases.join(", ") : ""))))));
  }

  function periodForm(per, onApply) {
    const from = el("input", { type: "date", id: "period-from", value: per.from });
    const to = el("input", { type: "date", id: "period-to", value: per.to });
    const msg = el("span", { class: "small muted", id: "period-msg" });
    return el("form", { class: "period", id: "period-form", onsubmit: (ev) => {
      ev.preventDefault();
      if (from.value && to.value && to.value < from.value) { msg.textContent = t("range.invalid"); return; }
      msg.textContent = "";
      onApply({ from: from.value, to: to.value });
    } },
    el("strong", {}, t("period")), " ",
    el("label", {}, t("from"), " ", from), " ", el("label", {}, t("to"), " ", to), " ",
    el("button", { type: "submit" }, t("period.apply")), " ", msg,
    per.to ? el("span", { class: "small muted" }, t("period.graph.note")) : null);
  }

  function header(prof) {
    const e = prof.entity;
    return [
      el("h1", {}, e.name, " ", typeChip(e.type), e.country ? el("span", { class: "chip", id: "entity-country" }, e.country) : null),
      (prof.renames || []).length ? el("p", { class: "small", id: "renames" }, prof.renames.map((r) => el("span", { class: "chip" },
        t(r.relation), " ", r.entity_id ? el("a", { href: entityHref(r.entity_id) }, r.name) : r.name, " (", r.date, ")"))) : null,
      el("p", { class: "muted" },
        [e.affiliation, e.title].filter(Boolean).join(" ") || null,
        (e.affiliation || e.title) ? " · " : null,
        t("entity.counts", e.articles, e.mentions),
        e.first_seen ? ` · ${e.first_seen} → ${e.last_seen}` : null,
        " · ", el("a", { href: "/?entity=" + encodeURIComponent(e.id) }, t("search.its.articles"))),
      (prof.aliases || []).length ? el("p", {}, el("span", { class: "muted small" }, t("also.called")),
        prof.aliases.map((a) => el("span", { class: "chip" }, a))) : null,
    ];
  }

  function coMentionedCard(prof) {
    const list = prof.co_mentioned || [];
    return card(t("card.comentioned", list.length),
      list.length ? el("table", { class: "plain", id: "co-mentioned" }, el("tbody", {}, list.map((c) => el("tr", {},
        el("td", {}, typeChip(c.type)),
        el("td", {}, el("a", { href: entityHref(c.id) }, c.name),
          c.title || c.affiliation ? el("div", { class: "small muted" }, [c.affiliation, c.title].filter(Boolean).join(" ")) : null),
        el("td", {}, t("shared.n", c.count)))))) : el("p", { class: "empty" }, t("comentioned.none")));
  }

  // periodCards are the parts a period narrows: quotes, events, articles.
  function periodCards(prof, per) {
    const quotes = (prof.quotes || []).filter((q) => inPeriod(q.article.published, per));
    const events = (prof.events || []).filter((ev) => inPeriod(ev.date || ev.article.published, per));
    const arts = (prof.articles || []).filter((a) => inPeriod(a.published, per));
    return {
      quotes: card(t("card.quotes", quotes.length),
        quotes.length ? el("ul", { class: "quotes" }, quotes.map((q) => el("li", {},
          el("blockquote", {}, q.text),
          el("div", { class: "small muted" }, [q.article.published, " · "], articleLink(q.article))))) : el("p", { class: "empty" }, t("quotes.none"))),
      events: card(t("card.events", events.length),
        events.length ? el("ul", { class: "events" }, events.map((ev) =>
          eventLine(Object.assign({}, ev, { actors: (ev.actors || []).map((a) => a.name) }), { article: ev.article }))) : el("p", { class: "empty" }, t("events.none"))),
      articles: card(t("card.articles", arts.length), el("ul", { class: "events", id: "entity-articles" }, arts.map((a) => el("li", {},
        el("span", { class: "muted small" }, (a.published || "") + " "), articleLink(a), el("span", { class: "muted small" }, a.agency ? " · " + a.agency : ""))))),
    };
  }

  function timelineTable(items, per) {
    const shown = items.filter((it) => inPeriod(it.date, per));
    if (!shown.length) return el("p", { class: "empty" }, t("timeline.none"));
    return el("table", { class: "plain", id: "timeline" }, el("tbody", {}, shown.map((it) => el("tr", {},
      el("td", { style: "white-space: nowrap" }, it.date || "—"),
      el("td", {}, it.event ? [sosik.certaintyBadge(it.event.certainty), " ", el("strong", {}, it.event.type), " ",
        (it.event.actors || []).map((a) => a.name).join(", "), it.event.object ? " → " + it.event.object : "", el("br")] : null,
      articleLink(it.article))))));
  }

  // render lays the page out for a period; the graph card is kept across
  // renders and only reloaded.
  function render(prof, state) {
    const per = state.period;
    const canvas = el("canvas", { id: "mentions-chart", "aria-label": t("chart.mentions") });
    const timelineBox = el("div", {}, state.timeline ? timelineTable(state.timeline, per) : el("p", { class: "empty" }, t("loading.timeline")));
    const parts = periodCards(prof, per);
    fill(root, header(prof), periodForm(per, (next) => applyPeriod(prof, state, next)),
      el("div", { class: "grid2" },
        card(t("card.titles"), titlesTable(prof.titles)),
        card(t("card.mentions"), el("div", { class: "chart-box" }, canvas), "mentions")),
      state.graphCard,
      el("div", { class: "grid2" }, coMentionedCard(prof), parts.quotes),
      el("div", { class: "grid2" }, parts.events, card(t("card.timeline"), timelineBox)),
      parts.articles);
    state.timelineBox = timelineBox;
    try {
      mentionsChart(canvas, prof.mentions_by_month || [], per);
    } catch (err) { showError(canvas.parentElement, err); }
  }

  function applyPeriod(prof, state, next) {
    const before = state.period;
    state.period = next;
    const u = new URL(location.href);
    for (const k of ["from", "to"]) { if (next[k]) u.searchParams.set(k, next[k]); else u.searchParams.delete(k); }
    history.replaceState(null, "", u.toString());
    render(prof, state);
    if (next.from !== before.from || next.to !== before.to) state.graph.reload({ since: next.from, until: next.to });
  }

  async function load(key) {
    let prof;
    try {
      prof = await api("/api/entities/" + encodeURIComponent(key));
    } catch (err) {
      if (err.status === 409 && err.body) return renderAmbiguous(key, err.body);
      return showError(root, err);
    }
    const e = prof.entity;
    document.title = e.name + " · sosik 소식";
    const q = new URLSearchParams(location.search);
    const state = { period: { from: q.get("from") || "", to: q.get("to") || "" }, timeline: null };
    const graphBox = el("div");
    state.graphCard = card(t("card.relations"), graphBox, "relations");
    render(prof, state);
    state.graph = mountGraph(graphBox, { entity: String(e.id), centreId: e.id, since: state.period.from, until: state.period.to, limit: 40 });

    api(`/api/timeline?limit=100&entity=${encodeURIComponent(e.id)}`).then((tl) => {
      state.timeline = tl.items;
      fill(state.timelineBox, timelineTable(tl.items, state.period));
    }).catch((err) => showError(state.timelineBox, err));
  }

  const key = segmentFromPath("/entity/");
  if (!key) { showError(root, new Error(t("no.entity"))); return; }
  load(key);
})();

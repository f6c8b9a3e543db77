// Entity page: who the entity is (titles and affiliations over time), how
// often it is mentioned (chart), who it appears with (list and interactive
// relation graph), and what it said and did (quotes, events, timeline).
"use strict";
(() => {
  const { el, fill, api, showError, segmentFromPath, entityHref, articleHref, eventLine, typeColour } = sosik;
  const root = document.getElementById("entity");

  function articleLink(a) {
    return el("a", { href: articleHref(a.id) }, a.headline || a.id);
  }

  function card(title, body, id) {
    return el("div", { class: "card", id: id || null }, el("h2", {}, title), body);
  }

  function titlesTable(titles) {
    if (!titles || !titles.length) return el("p", { class: "empty" }, "No titles or affiliations recorded.");
    return el("table", { class: "plain", id: "titles" },
      el("thead", {}, el("tr", {}, el("th", {}, "Title"), el("th", {}, "Affiliation"), el("th", {}, "Role"),
        el("th", {}, "Seen"), el("th", {}, "Articles"))),
      el("tbody", {}, titles.map((t) => el("tr", {},
        el("td", {}, t.title || "—"), el("td", {}, t.affiliation || "—"), el("td", {}, t.role || "—"),
        el("td", {}, t.first_seen === t.last_seen ? t.first_seen || "—" : `${t.first_seen} → ${t.last_seen}`),
        el("td", {}, t.articles)))));
  }

  function mentionsChart(canvas, months) {
    if (typeof Chart === "undefined") throw new Error("chart library failed to load");
    const chart = new Chart(canvas, {
      type: "bar",
      data: {
        labels: months.map((m) => m.value),
        datasets: [{ label: "articles mentioning", data: months.map((m) => m.count), backgroundColor: "#2553c9", maxBarThickness: 48 }],
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    canvas.dataset.rendered = String(months.length);
    window.sosikChart = chart;
    return chart;
  }

  function relationGraph(container, g, centreId) {
    if (typeof cytoscape === "undefined") throw new Error("graph library failed to load");
    const maxW = Math.max(1, ...g.nodes.map((n) => n.weight || 1));
    const maxE = Math.max(1, ...g.edges.map((e) => e.weight || 1));
    const elements = [
      ...g.nodes.map((n) => ({ data: {
        id: "n" + n.id, eid: n.id, label: n.label, type: n.type, weight: n.weight,
        size: 22 + 38 * Math.sqrt((n.weight || 1) / maxW), colour: typeColour[n.type] || "#868e96",
      }, classes: n.id === centreId ? "centre" : "" })),
      ...g.edges.map((e, i) => ({ data: {
        id: "e" + i, source: "n" + e.source, target: "n" + e.target, kind: e.kind, weight: e.weight,
        width: 1 + 5 * (e.weight || 1) / maxE,
        label: e.kind === "event" ? (e.event_types || []).join(",") : "",
      }, classes: e.kind === "event" ? "event" : "co" })),
    ];
    const cy = cytoscape({
      container, elements, wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: {
          "background-color": "data(colour)", label: "data(label)", width: "data(size)", height: "data(size)",
          "font-family": "Noto Sans CJK KR, Noto Sans KR, sans-serif", "font-size": 12,
          "text-valign": "bottom", "text-margin-y": 4, "text-outline-color": "#fff", "text-outline-width": 2 } },
        { selector: "node.centre", style: { "border-width": 4, "border-color": "#18203a", "font-weight": "bold", "font-size": 14 } },
        { selector: "edge", style: { width: "data(width)", "line-color": "#adb5bd", "curve-style": "bezier", opacity: 0.25 } },
        { selector: "edge.ego", style: { "line-color": "#5c677d", opacity: 0.85 } },
        { selector: "node.faded", style: { opacity: 0.35 } },
        { selector: "edge.faded", style: { opacity: 0.05 } },
        { selector: "edge.event", style: { "line-color": "#e8590c", "line-style": "solid", label: "data(label)", "font-size": 9, color: "#e8590c",
          "text-background-color": "#fff", "text-background-opacity": 0.8 } },
        { selector: "node:selected", style: { "border-width": 3, "border-color": "#f59f00" } },
      ],
      // The centre in the middle, the most connected entities nearest it:
      // with every neighbour linked to every other, a force layout of an
      // ego network collapses into a hairball.
      layout: {
        name: "concentric", animate: false, padding: 24, minNodeSpacing: 28, startAngle: 3 / 2 * Math.PI,
        concentric: (n) => (n.data("eid") === centreId ? 1e9 : n.data("weight")),
        levelWidth: () => Math.max(1, maxW / 3),
      },
    });
    // Edges through the centre carry the story; the rest are context.
    cy.edges().forEach((ed) => {
      if (ed.source().data("eid") === centreId || ed.target().data("eid") === centreId) ed.addClass("ego");
    });
    // Hovering an entity brings its own links forward.
    cy.on("mouseover", "node", (ev) => {
      const hood = ev.target.closedNeighborhood();
      cy.elements().not(hood).addClass("faded");
    });
    cy.on("mouseout", "node", () => cy.elements().removeClass("faded"));
    cy.on("tap", "node", (ev) => {
      const id = ev.target.data("eid");
      if (id !== centreId) location.href = entityHref(id);
    });
    container.dataset.nodes = String(cy.nodes().length);
    container.dataset.edges = String(cy.edges().length);
    window.sosikGraph = cy;
    return cy;
  }

  function renderAmbiguous(key, body) {
    fill(root,
      el("h1", {}, key),
      el("div", { class: "card" },
        el("p", {}, `“${key}” fits several entities. Choose one:`),
        el("ul", { class: "events" }, (body.candidates || []).map((c) => el("li", {},
          el("span", { class: "chip type-" + c.type }, c.type), " ",
          el("a", { href: entityHref(c.id) }, c.name),
          " ", el("span", { class: "muted small" }, [c.affiliation, c.title].filter(Boolean).join(" "), ` · ${c.articles} articles`))))));
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
    const graphBox = el("div", { id: "graph", role: "img", "aria-label": "relation graph" });
    const canvas = el("canvas", { id: "mentions-chart", "aria-label": "mentions over time" });
    const graphStatus = el("div", { class: "small muted", id: "graph-status" }, "Loading graph…");
    const timelineBox = el("div", {}, el("p", { class: "empty" }, "Loading timeline…"));

    fill(root,
      el("h1", {}, e.name, " ", el("span", { class: "chip type-" + e.type }, e.type)),
      el("p", { class: "muted" },
        [e.affiliation, e.title].filter(Boolean).join(" ") || null,
        (e.affiliation || e.title) ? " · " : null,
        `${e.articles} article${e.articles === 1 ? "" : "s"}, ${e.mentions} mention${e.mentions === 1 ? "" : "s"}`,
        e.first_seen ? ` · ${e.first_seen} → ${e.last_seen}` : null,
        " · ", el("a", { href: "/?entity=" + encodeURIComponent(e.id) }, "search its articles")),
      (prof.aliases || []).length ? el("p", {}, el("span", { class: "muted small" }, "Also called: "),
        prof.aliases.map((a) => el("span", { class: "chip" }, a))) : null,
      el("div", { class: "grid2" },
        card("Titles and affiliations over time", titlesTable(prof.titles)),
        card("Mentions over time", el("div", { class: "chart-box" }, canvas), "mentions")),
      card("Relations", [graphBox, graphStatus], "relations"),
      el("div", { class: "grid2" },
        card(`Co-mentioned (${(prof.co_mentioned || []).length})`,
          (prof.co_mentioned || []).length ? el("table", { class: "plain", id: "co-mentioned" }, el("tbody", {}, prof.co_mentioned.map((c) => el("tr", {},
            el("td", {}, el("span", { class: "chip type-" + c.type }, c.type)),
            el("td", {}, el("a", { href: entityHref(c.id) }, c.name),
              c.title || c.affiliation ? el("div", { class: "small muted" }, [c.affiliation, c.title].filter(Boolean).join(" ")) : null),
            el("td", {}, `${c.count} shared`))))) : el("p", { class: "empty" }, "Never mentioned with others.")),
        card(`Quotes (${(prof.quotes || []).length})`,
          (prof.quotes || []).length ? el("ul", { class: "quotes" }, prof.quotes.map((q) => el("li", {},
            el("blockquote", {}, q.text),
            el("div", { class: "small muted" }, [q.article.published, " · "], articleLink(q.article))))) : el("p", { class: "empty" }, "No quotes."))),
      el("div", { class: "grid2" },
        card(`Events (${(prof.events || []).length})`,
          (prof.events || []).length ? el("ul", { class: "events" }, prof.events.map((ev) =>
            eventLine(Object.assign({}, ev, { actors: (ev.actors || []).map((a) => a.name) }), { article: ev.article }))) : el("p", { class: "empty" }, "No events.")),
        card("Timeline", timelineBox)),
      card(`Articles (${(prof.articles || []).length})`, el("ul", { class: "events" }, (prof.articles || []).map((a) => el("li", {},
        el("span", { class: "muted small" }, (a.published || "") + " "), articleLink(a), el("span", { class: "muted small" }, a.agency ? " · " + a.agency : ""))))));

    try {
      mentionsChart(canvas, prof.mentions_by_month || []);
    } catch (err) { showError(canvas.parentElement, err); }

    api(`/api/graph?limit=40&entity=${encodeURIComponent(e.id)}`).then((g) => {
      if (!g.nodes.length) { graphStatus.textContent = "No relations found."; return; }
      relationGraph(graphBox, g, e.id);
      const ev = g.edges.filter((x) => x.kind === "event").length;
      graphStatus.textContent = `${g.nodes.length} entities, ${g.edges.length - ev} co-mention and ${ev} event links. Grey: mentioned together; orange: took part in the same event. Click an entity to open it; drag to move; scroll to zoom.`;
    }).catch((err) => showError(graphStatus, err));

    api(`/api/timeline?limit=100&entity=${encodeURIComponent(e.id)}`).then((tl) => {
      if (!tl.items.length) { fill(timelineBox, el("p", { class: "empty" }, "Nothing dated.")); return; }
      fill(timelineBox, el("table", { class: "plain", id: "timeline" }, el("tbody", {}, tl.items.map((it) => el("tr", {},
        el("td", { style: "white-space: nowrap" }, it.date || "—"),
        el("td", {}, it.event ? [sosik.certaintyBadge(it.event.certainty), " ", el("strong", {}, it.event.type), " ",
          (it.event.actors || []).map((a) => a.name).join(", "), it.event.object ? " → " + it.event.object : "", el("br")] : null,
          articleLink(it.article)))))));
    }).catch((err) => showError(timelineBox, err));
  }

  const key = segmentFromPath("/entity/");
  if (!key) { showError(root, new Error("no entity in the address")); return; }
  load(key);
})();

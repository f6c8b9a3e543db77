// Relation graph view, shared by the entity page and the graph page: a
// cytoscape graph laid out by fcose (clusters apart), with a legend of
// entity types that doubles as a type filter, a minimum link weight, a
// period in months, the certainty of event links (facts only, or every
// level with the doubtful ones dashed), neighbourhood expansion on click,
// and export of the current view as PNG or SVG (graphsvg.js) and the
// server's GraphML of the same query.
"use strict";

const graphView = (() => {
  const { el, fill, api, t, entityHref, typeColour } = sosik;
  const LABEL_PX = 13; // on-screen label size at any zoom up to 1
  const EXPAND_LIMIT = 15; // neighbours fetched per expansion
  const otherColour = "#868e96";

  const colourOf = (type) => typeColour[type] || otherColour;
  const nodeId = (eid) => "n" + eid;
  const edgeId = (e) => `e${e.source}-${e.target}-${e.kind}`;

  function nodeElement(n, centreId) {
    return { group: "nodes", data: { id: nodeId(n.id), eid: n.id, label: n.label, type: n.type, weight: n.weight || 1, colour: colourOf(n.type) },
      classes: n.id === centreId ? "centre" : "" };
  }

  // factual counts an event edge's events told as facts (asserted or
  // reported); the rest are speculated, planned, denied or conditional.
  const factual = (e) => ((e.certainties || {}).asserted || 0) + ((e.certainties || {}).reported || 0);

  function edgeElement(e) {
    const doubtful = e.kind === "event" && e.certainties && factual(e) === 0;
    return { group: "edges", data: {
      id: edgeId(e), source: nodeId(e.source), target: nodeId(e.target), kind: e.kind, weight: e.weight || 1,
      label: e.kind === "event" ? (e.event_types || []).join(",") : "",
      certainties: e.certainties || {},
    }, classes: e.kind === "event" ? (doubtful ? "event doubtful" : "event") : "co" };
  }

  // CERTAINTY_CHOICES are the certainty filter's options: the levels sent
  // as the query's certainty parameter ("" keeps every level).
  const CERTAINTY_CHOICES = [["", "graph.certainty.all"], ["asserted,reported", "graph.certainty.factual"], ["asserted", "graph.certainty.asserted"]];

  // graphQuery is the API query for a view's current settings.
  function graphQuery(st, format) {
    const p = new URLSearchParams();
    if (st.entity) p.set("entity", st.entity);
    if (st.since) p.set("since", st.since);
    if (st.until) p.set("until", st.until);
    if (st.certainty) p.set("certainty", st.certainty);
    p.set("limit", String(st.limit || 50));
    if (format) p.set("format", format);
    return "/api/graph?" + p.toString();
  }

  // styles sizes nodes by articles and edges by weight, relative to the
  // largest in view; labels keep LABEL_PX on screen when zoomed out.
  function styles(scale) {
    const maxOf = (cy, sel) => Math.max(1, ...cy.elements(sel).map((x) => x.data("weight")));
    const nodeSize = (n) => 22 + 42 * Math.sqrt(n.data("weight") / maxOf(n.cy(), "node"));
    const edgeWidth = (e) => 1 + 7 * e.data("weight") / maxOf(e.cy(), "edge");
    const font = () => scale.label;
    return [
      { selector: "node", style: {
        "background-color": "data(colour)", label: "data(label)", width: nodeSize, height: nodeSize,
        "font-family": "Noto Sans CJK KR, Noto Sans KR, sans-serif", "font-size": font, color: "#1d2330",
        "text-valign": "bottom", "text-margin-y": 3, "text-outline-color": "#fff", "text-outline-width": 3, "min-zoomed-font-size": 0 } },
      { selector: "node.centre", style: { "border-width": 4, "border-color": "#18203a", "font-weight": "bold" } },
      { selector: "edge", style: { width: edgeWidth, "line-color": "#8d96a5", "curve-style": "bezier", opacity: 0.5 } },
      { selector: "edge.event", style: { "line-color": "#e8590c", opacity: 0.85, label: "data(label)", "font-size": font, color: "#c2410c",
        "text-background-color": "#fff", "text-background-opacity": 0.85, "text-rotation": "autorotate" } },
      { selector: "edge.doubtful", style: { "line-style": "dashed", opacity: 0.7 } },
      { selector: "node.faded", style: { opacity: 0.3 } },
      { selector: "edge.faded", style: { opacity: 0.06 } },
      { selector: ".hidden", style: { display: "none" } },
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#f59f00" } },
    ];
  }

  // layoutOptions: fcose keeps clusters apart and labels clear of each
  // other; plain cose when the extension did not load.
  function layoutOptions(randomize) {
    if (typeof cytoscapeFcose === "undefined") return { name: "cose", animate: false, padding: 30, nodeDimensionsIncludeLabels: true };
    return {
      name: "fcose", quality: "default", randomize, animate: false, fit: true, padding: 30,
      nodeDimensionsIncludeLabels: true, packComponents: true, nodeSeparation: 120, gravity: 0.1, gravityRange: 2.5,
      nodeRepulsion: () => 45000, idealEdgeLength: (e) => 110 + 120 / Math.sqrt(e.data("weight")),
      edgeElasticity: () => 0.3, numIter: 2500,
    };
  }

  function buildTools(st) {
    const tools = {};
    tools.legend = el("div", { class: "graph-legend", id: "graph-legend" });
    tools.minWeight = el("input", { type: "range", id: "graph-min-weight", min: "1", max: "1", value: "1", step: "1" });
    tools.minOut = el("output", { for: "graph-min-weight" }, "1");
    tools.since = el("input", { type: "month", id: "graph-since", value: monthOf(st.since) });
    tools.until = el("input", { type: "month", id: "graph-until", value: monthOf(st.until) });
    tools.certainty = el("select", { id: "graph-certainty" },
      CERTAINTY_CHOICES.map(([v, key]) => el("option", { value: v, selected: (st.certainty || "") === v }, t(key))));
    tools.png = el("button", { type: "button", class: "secondary", id: "graph-png" }, t("graph.png"));
    tools.svg = el("button", { type: "button", class: "secondary", id: "graph-svg" }, t("graph.svg"));
    tools.graphml = el("a", { class: "button secondary", id: "graph-graphml", href: graphQuery(st, "graphml"), download: "sosik-graph.graphml" }, t("graph.graphml"));
    tools.fit = el("button", { type: "button", class: "secondary", id: "graph-fit" }, t("graph.fit"));
    tools.relayout = el("button", { type: "button", class: "secondary", id: "graph-relayout" }, t("graph.relayout"));
    tools.box = el("div", { id: "graph", role: "img", "aria-label": t("graph.aria") });
    tools.info = el("div", { class: "small", id: "graph-info" });
    tools.status = el("div", { class: "small muted", id: "graph-status" }, t("graph.loading"));
    tools.root = el("div", { class: "graph-view" },
      el("div", { class: "graph-tools" },
        tools.legend,
        el("div", { class: "graph-edge-legend" }, el("strong", {}, t("graph.edges")),
          el("span", {}, el("span", { class: "line co" }), t("graph.edge.co")),
          el("span", {}, el("span", { class: "line event" }), t("graph.edge.event")),
          el("span", {}, el("span", { class: "line event doubtful" }), t("graph.edge.doubtful"))),
        el("label", {}, t("graph.min.weight"), " ", tools.minWeight, " ", tools.minOut),
        el("label", {}, t("graph.since"), " ", tools.since),
        el("label", {}, t("graph.until"), " ", tools.until),
        el("label", {}, t("graph.certainty"), " ", tools.certainty),
        el("div", { class: "graph-buttons" }, tools.fit, tools.relayout, tools.png, tools.svg, tools.graphml)),
      tools.box, tools.info, tools.status);
    return tools;
  }

  // renderLegend lists the entity types in view with their colours; each
  // is a checkbox that shows or hides that type.
  function renderLegend(tools, cy, hiddenTypes, onChange) {
    const counts = {};
    cy.nodes().forEach((n) => { counts[n.data("type")] = (counts[n.data("type")] || 0) + 1; });
    const types = Object.keys(counts).sort((a, b) => counts[b] - counts[a] || a.localeCompare(b));
    fill(tools.legend, el("strong", {}, t("graph.legend")), types.map((ty) => el("label", { class: "legend-item" },
      el("input", { type: "checkbox", dataset: { type: ty }, checked: !hiddenTypes.has(ty),
        onchange: (ev) => { if (ev.target.checked) hiddenTypes.delete(ty); else hiddenTypes.add(ty); onChange(); } }),
      el("span", { class: "sw", style: "background:" + colourOf(ty) }), i18n.typeName(ty), el("span", { class: "muted" }, ` ${counts[ty]}`))));
  }

  // applyFilters hides nodes of unchecked types, links under the minimum
  // weight, and entities those leave without any link.
  function applyFilters(cy, hiddenTypes, minWeight) {
    cy.batch(() => {
      cy.elements().removeClass("hidden");
      cy.nodes().filter((n) => hiddenTypes.has(n.data("type"))).addClass("hidden");
      cy.edges().filter((e) => e.data("weight") < minWeight || e.source().hasClass("hidden") || e.target().hasClass("hidden")).addClass("hidden");
      if (minWeight > 1) {
        cy.nodes().filter((n) => !n.hasClass("hidden") && !n.hasClass("centre") && n.connectedEdges().not(".hidden").empty()).addClass("hidden");
      }
    });
    return { nodes: cy.nodes().not(".hidden").length, edges: cy.edges().not(".hidden").length };
  }

  function downloadPNG(cy) {
    const blob = cy.png({ output: "blob", bg: "#ffffff", full: true, scale: 2 });
    const a = el("a", { href: URL.createObjectURL(blob), download: "sosik-graph.png" });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }

  // monthOf is the YYYY-MM of a date, for the month inputs.
  function monthOf(d) { return d ? String(d).slice(0, 7) : ""; }

  function downloadSVG(cy, legendTypes) {
    const blob = new Blob([graphSVG(cy, { colourOf, typeName: i18n.typeName, legendTitle: t("graph.legend"), types: legendTypes })], { type: "image/svg+xml" });
    const a = el("a", { href: URL.createObjectURL(blob), download: "sosik-graph.svg" });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }

  return { buildTools, downloadSVG, monthOf, renderLegend, applyFilters, downloadPNG, styles, layoutOptions, nodeElement, edgeElement, graphQuery, nodeId, LABEL_PX, EXPAND_LIMIT, entityHref, api };
})();

// GraphPanel is one mounted graph view: its settings (entity, centreId,
// since, limit), its controls and the cytoscape instance they drive.
class GraphPanel {
  constructor(container, opts) {
    this.g = graphView;
    this.st = Object.assign({ limit: 50 }, opts);
    this.tools = this.g.buildTools(this.st);
    sosik.fill(container, this.tools.root);
    this.scale = { label: this.g.LABEL_PX };
    this.hiddenTypes = new Set();
    this.expanded = new Set();
    this.cy = null;
    this.bindControls();
  }

  bindControls() {
    const tl = this.tools;
    tl.minWeight.addEventListener("input", () => { if (this.cy) this.filtered(); });
    tl.since.addEventListener("change", () => this.reload({ since: tl.since.value }));
    tl.until.addEventListener("change", () => this.reload({ until: tl.until.value }));
    tl.certainty.addEventListener("change", () => this.reload({ certainty: tl.certainty.value }));
    tl.png.addEventListener("click", () => this.cy && this.g.downloadPNG(this.cy));
    tl.svg.addEventListener("click", () => this.cy && this.g.downloadSVG(this.cy, [...this.tools.legend.querySelectorAll("input")].map((i) => i.dataset.type)));
    tl.fit.addEventListener("click", () => this.cy && this.refit());
    tl.relayout.addEventListener("click", () => this.cy && this.layout(true));
  }

  // refresh applies the filters and reports what is shown.
  refresh() {
    const tl = this.tools, cy = this.cy;
    const minW = Number(tl.minWeight.value);
    tl.minOut.textContent = String(minW);
    const shown = this.g.applyFilters(cy, this.hiddenTypes, minW);
    tl.box.dataset.nodes = String(cy.nodes().length);
    tl.box.dataset.visible = String(shown.nodes);
    tl.status.textContent = sosik.t("graph.status", shown.nodes, cy.nodes().length, shown.edges);
  }

  // filtered follows a filter change: apply it, then frame what is left.
  filtered() {
    this.refresh();
    this.refit();
  }

  // fitLabels keeps labels LABEL_PX on screen however far the view is
  // zoomed out: their size in graph units grows as the zoom shrinks.
  fitLabels() {
    const want = Math.max(this.g.LABEL_PX, this.g.LABEL_PX / this.cy.zoom());
    if (Math.abs(want - this.scale.label) > 0.25) {
      this.scale.label = want;
      this.cy.style().update();
    }
  }

  // refit frames what is shown, not closer than 1.5×, so a filter that
  // leaves a few entities does not blow them up.
  refit() {
    const shown = this.cy.elements().not(".hidden");
    if (shown.empty()) return;
    this.cy.fit(shown, 30);
    if (this.cy.zoom() > 1.5) {
      this.cy.zoom(1.5);
      this.cy.center(shown);
    }
    this.fitLabels();
  }

  layout(randomize) {
    this.cy.layout(this.g.layoutOptions(randomize)).run();
    this.fitLabels();
    // Labels grew to stay legible: lay out once more so they do not overlap.
    this.cy.layout(Object.assign(this.g.layoutOptions(false), { randomize: false })).run();
    this.fitLabels();
  }

  // rescan follows a change of the elements: weight range, legend, filters.
  rescan() {
    const maxE = Math.max(1, ...this.cy.edges().map((e) => e.data("weight")));
    const range = this.tools.minWeight;
    range.max = String(maxE);
    if (Number(range.value) > maxE) range.value = String(maxE);
    this.g.renderLegend(this.tools, this.cy, this.hiddenTypes, () => this.filtered());
    this.refresh();
  }

  select(n) {
    this.cy.nodes().unselect();
    n.select();
    sosik.fill(this.tools.info,
      sosik.t("graph.selected", n.data("label"), i18n.typeName(n.data("type")), n.data("weight")), " · ",
      sosik.el("a", { href: this.g.entityHref(n.data("eid")), id: "graph-open" }, sosik.t("graph.open")));
  }

  // expand adds a node's own neighbourhood to the graph, placed around it.
  async expand(n) {
    const g = this.g, cy = this.cy, eid = n.data("eid");
    this.select(n);
    if (this.expanded.has(eid)) return;
    this.expanded.add(eid);
    const sub = await g.api(g.graphQuery({ entity: String(eid), since: this.st.since, until: this.st.until, certainty: this.st.certainty, limit: g.EXPAND_LIMIT }));
    const at = n.position();
    const fresh = sub.nodes.filter((x) => cy.getElementById(g.nodeId(x.id)).empty());
    cy.add(fresh.map((x, i) => Object.assign(g.nodeElement(x, this.st.centreId),
      { position: { x: at.x + 60 * Math.cos(i), y: at.y + 60 * Math.sin(i) } })));
    cy.add(sub.edges.map(g.edgeElement).filter((e) => cy.getElementById(e.data.id).empty()));
    this.layout(false);
    this.rescan();
    this.tools.status.textContent += " " + sosik.t("graph.expanded", n.data("label"), fresh.length);
    this.tools.box.dataset.expanded = String(this.expanded.size);
  }

  wire() {
    const cy = this.cy;
    cy.on("mouseover", "node", (ev) => cy.elements().not(ev.target.closedNeighborhood()).addClass("faded"));
    cy.on("mouseout", "node", () => cy.elements().removeClass("faded"));
    cy.on("tap", "node", (ev) => { this.expand(ev.target).catch((err) => sosik.showError(this.tools.status, err)); });
    cy.on("dbltap", "node", (ev) => { location.href = this.g.entityHref(ev.target.data("eid")); });
    let pending = false;
    cy.on("zoom", () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => { pending = false; this.fitLabels(); });
    });
  }

  draw(data) {
    if (typeof cytoscape === "undefined") throw new Error(sosik.t("lib.graph.failed"));
    const g = this.g, st = this.st;
    if (this.cy) this.cy.destroy();
    this.expanded.clear();
    if (st.entity && st.centreId) this.expanded.add(st.centreId);
    this.scale.label = g.LABEL_PX;
    this.cy = cytoscape({
      container: this.tools.box, wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4, style: g.styles(this.scale),
      elements: [...data.nodes.map((n) => g.nodeElement(n, st.centreId)), ...data.edges.map(g.edgeElement)],
    });
    this.layout(true);
    this.wire();
    this.rescan();
    window.sosikGraph = this.cy;
  }

  drawNothing() {
    if (this.cy) { this.cy.destroy(); this.cy = null; }
    sosik.fill(this.tools.legend);
    this.tools.box.dataset.nodes = "0";
    this.tools.box.dataset.visible = "0";
    this.tools.status.textContent = sosik.t("graph.none");
  }

  async load() {
    this.tools.graphml.href = this.g.graphQuery(this.st, "graphml");
    this.tools.status.textContent = sosik.t("graph.loading");
    const data = await this.g.api(this.g.graphQuery(this.st));
    if (data.nodes.length) this.draw(data);
    else this.drawNothing();
  }

  // reload redraws with changed settings (the entity page's period uses it).
  reload(changes) {
    Object.assign(this.st, changes || {});
    this.tools.since.value = this.g.monthOf(this.st.since);
    this.tools.until.value = this.g.monthOf(this.st.until);
    this.tools.certainty.value = this.st.certainty || "";
    return this.load().catch((err) => sosik.showError(this.tools.status, err));
  }
}

// mountGraph draws the graph of opts ({entity, centreId, since, until, certainty, limit})
// into container and returns the panel, whose reload(changes) redraws it.
function mountGraph(container, opts) {
  const panel = new GraphPanel(container, opts);
  panel.reload();
  return panel;
}

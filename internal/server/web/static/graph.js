// Relation graph view, shared by the entity page and the graph page: a
// cytoscape graph laid out by fcose (clusters apart), with a legend of
// entity types that doubles as a type filter, a minimum link weight, a
// period ("articles since"), neighbourhood expansion on click, and export
// of the current view as PNG (and the server's GraphML of the same query).
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

  function edgeElement(e) {
    return { group: "edges", data: {
      id: edgeId(e), source: nodeId(e.source), target: nodeId(e.target), kind: e.kind, weight: e.weight || 1,
      label: e.kind === "event" ? (e.event_types || []).join(",") : "",
    }, classes: e.kind === "event" ? "event" : "co" };
  }

  // graphQuery is the API query for a view's current settings.
  function graphQuery(st, format) {
    const p = new URLSearchParams();
    if (st.entity) p.set("entity", st.entity);
    if (st.since) p.set("since", st.since);
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
    tools.since = el("input", { type: "date", id: "graph-since", value: st.since || "" });
    tools.png = el("button", { type: "button", class: "secondary", id: "graph-png" }, t("graph.png"));
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
          el("span", {}, el("span", { class: "line event" }), t("graph.edge.event"))),
        el("label", {}, t("graph.min.weight"), " ", tools.minWeight, " ", tools.minOut),
        el("label", {}, t("graph.since"), " ", tools.since),
        el("div", { class: "graph-buttons" }, tools.fit, tools.relayout, tools.png, tools.graphml)),
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

  return { buildTools, renderLegend, applyFilters, downloadPNG, styles, layoutOptions, nodeElement, edgeElement, graphQuery, nodeId, LABEL_PX, EXPAND_LIMIT, entityHref, api };
})();

// mountGraph draws the graph of opts ({entity, centreId, since, limit})
// into container and returns {reload(changes)} to redraw it with new
// settings (the entity page's period uses it).
function mountGraph(container, opts) {
  const g = graphView;
  const st = Object.assign({ limit: 50 }, opts);
  const tools = g.buildTools(st);
  sosik.fill(container, tools.root);
  const scale = { label: g.LABEL_PX };
  const hiddenTypes = new Set();
  const expanded = new Set();
  let cy = null;

  function refresh() {
    const minW = Number(tools.minWeight.value);
    tools.minOut.textContent = String(minW);
    const shown = g.applyFilters(cy, hiddenTypes, minW);
    tools.box.dataset.nodes = String(cy.nodes().length);
    tools.box.dataset.visible = String(shown.nodes);
    tools.status.textContent = sosik.t("graph.status", shown.nodes, cy.nodes().length, shown.edges);
  }

  // fitLabels keeps labels LABEL_PX on screen however far the view is
  // zoomed out: their size in graph units grows as the zoom shrinks.
  function fitLabels() {
    const want = Math.max(g.LABEL_PX, g.LABEL_PX / cy.zoom());
    if (Math.abs(want - scale.label) > 0.25) {
      scale.label = want;
      cy.style().update();
    }
  }

  // refit frames what is shown, not closer than 1.5×, so a filter that
  // leaves a few entities does not blow them up.
  function refit() {
    const shown = cy.elements().not(".hidden");
    if (shown.empty()) return;
    cy.fit(shown, 30);
    if (cy.zoom() > 1.5) {
      cy.zoom(1.5);
      cy.center(shown);
    }
    fitLabels();
  }

  function layout(randomize) {
    cy.layout(g.layoutOptions(randomize)).run();
    fitLabels();
    // Labels grew to stay legible: lay out once more so they do not overlap.
    cy.layout(Object.assign(g.layoutOptions(false), { randomize: false })).run();
    fitLabels();
  }

  function resetWeightRange() {
    const maxE = Math.max(1, ...cy.edges().map((e) => e.data("weight")));
    tools.minWeight.max = String(maxE);
    if (Number(tools.minWeight.value) > maxE) tools.minWeight.value = String(maxE);
  }

  function select(n) {
    cy.nodes().unselect();
    n.select();
    sosik.fill(tools.info,
      sosik.t("graph.selected", n.data("label"), i18n.typeName(n.data("type")), n.data("weight")), " · ",
      sosik.el("a", { href: g.entityHref(n.data("eid")), id: "graph-open" }, sosik.t("graph.open")));
  }

  async function expand(n) {
    const eid = n.data("eid");
    select(n);
    if (expanded.has(eid)) return;
    expanded.add(eid);
    const sub = await g.api(g.graphQuery({ entity: String(eid), since: st.since, limit: g.EXPAND_LIMIT }));
    const at = n.position();
    const fresh = sub.nodes.filter((x) => cy.getElementById(g.nodeId(x.id)).empty());
    cy.add(fresh.map((x, i) => Object.assign(g.nodeElement(x, st.centreId),
      { position: { x: at.x + 60 * Math.cos(i), y: at.y + 60 * Math.sin(i) } })));
    cy.add(sub.edges.map(g.edgeElement).filter((e) => cy.getElementById(e.data.id).empty()));
    layout(false);
    resetWeightRange();
    g.renderLegend(tools, cy, hiddenTypes, () => { refresh(); refit(); });
    refresh();
    tools.status.textContent += " " + sosik.t("graph.expanded", n.data("label"), fresh.length);
    tools.box.dataset.expanded = String(expanded.size);
  }

  function wire() {
    cy.on("mouseover", "node", (ev) => cy.elements().not(ev.target.closedNeighborhood()).addClass("faded"));
    cy.on("mouseout", "node", () => cy.elements().removeClass("faded"));
    cy.on("tap", "node", (ev) => { expand(ev.target).catch((err) => sosik.showError(tools.status, err)); });
    cy.on("dbltap", "node", (ev) => { location.href = g.entityHref(ev.target.data("eid")); });
    let pending = false;
    cy.on("zoom", () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => { pending = false; fitLabels(); });
    });
  }

  function draw(data) {
    if (typeof cytoscape === "undefined") throw new Error(sosik.t("lib.graph.failed"));
    if (cy) cy.destroy();
    expanded.clear();
    if (st.entity && st.centreId) expanded.add(st.centreId);
    scale.label = g.LABEL_PX;
    cy = cytoscape({
      container: tools.box, wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4, style: g.styles(scale),
      elements: [...data.nodes.map((n) => g.nodeElement(n, st.centreId)), ...data.edges.map(g.edgeElement)],
    });
    layout(true);
    wire();
    resetWeightRange();
    g.renderLegend(tools, cy, hiddenTypes, () => { refresh(); refit(); });
    refresh();
    window.sosikGraph = cy;
  }

  async function load() {
    tools.graphml.href = g.graphQuery(st, "graphml");
    tools.status.textContent = sosik.t("graph.loading");
    const data = await g.api(g.graphQuery(st));
    if (!data.nodes.length) {
      if (cy) { cy.destroy(); cy = null; }
      sosik.fill(tools.legend);
      tools.box.dataset.nodes = "0";
      tools.box.dataset.visible = "0";
      tools.status.textContent = sosik.t("graph.none");
      return;
    }
    draw(data);
  }

  function reload(changes) {
    Object.assign(st, changes || {});
    tools.since.value = st.since || "";
    return load().catch((err) => sosik.showError(tools.status, err));
  }

  tools.minWeight.addEventListener("input", () => { if (cy) { refresh(); refit(); } });
  tools.since.addEventListener("change", () => reload({ since: tools.since.value }));
  tools.png.addEventListener("click", () => cy && g.downloadPNG(cy));
  tools.fit.addEventListener("click", () => cy && refit());
  tools.relayout.addEventListener("click", () => cy && layout(true));
  reload();
  return { reload, cy: () => cy };
}

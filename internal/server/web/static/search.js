// Search page: query box, filters (date, agency, event type, entity),
// facets of the matches, highlighted snippets and entity suggestions.
"use strict";
(() => {
  const { el, fill, api, showError, byteToIndex, entityHref, articleHref, t } = sosik;
  const $ = (id) => document.getElementById(id);
  const fields = ["q", "from", "to", "agency", "type", "entity"];
  const results = $("results"), entityHits = $("entity-hits"), facetLists = $("facet-lists");
  let entityTypeFilter = "";
  let searchGeneration = 0; // a newer search makes older answers stale

  function readForm() {
    const p = new URLSearchParams();
    for (const f of fields) { const v = $(f).value.trim(); if (v) p.set(f, v); }
    return p;
  }

  function fillForm(p) {
    for (const f of fields) {
      const v = p.get(f) || "";
      if (f === "agency" && v && ![...$(f).options].some((o) => o.value === v)) $(f).append(el("option", { value: v }, v));
      $(f).value = v;
    }
  }

  // highlighted turns a snippet and its byte-offset highlights into text
  // with <mark> elements.
  function highlighted(snippet, spans) {
    const toIdx = byteToIndex(snippet);
    const out = [];
    let at = 0;
    const sorted = (spans || []).map((s) => [toIdx(s.start), toIdx(s.end)]).filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
    for (const [s, e] of sorted) {
      if (s < at) continue;
      out.push(snippet.slice(at, s), el("mark", { class: "hit" }, snippet.slice(s, e)));
      at = e;
    }
    out.push(snippet.slice(at));
    return out;
  }

  function setAndSearch(changes) {
    const p = readForm();
    for (const [k, v] of Object.entries(changes)) { if (v) p.set(k, v); else p.delete(k); }
    go(p, true);
  }

  function facetList(title, items, render, note) {
    if (!items || !items.length) return null;
    return el("div", {}, el("label", {}, title, note ? el("span", { class: "muted small" }, " " + note) : null), el("ul", {}, items.map(render)));
  }

  function monthRange(m) {
    const [y, mo] = m.split("-").map(Number);
    const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    return [`${m}-01`, `${m}-${String(last).padStart(2, "0")}`];
  }

  function renderFacets(f, p) {
    const agencySel = $("agency");
    for (const a of f.agencies || []) {
      if (![...agencySel.options].some((o) => o.value === a.value)) agencySel.append(el("option", { value: a.value }, a.value));
    }
    const types = f.entity_types || [];
    const ents = (f.entities || []).filter((e) => !entityTypeFilter || e.type === entityTypeFilter);
    // entity facets count the best-ranked matches only when there are many
    const top = f.entities_counted < f.counted ? t("facet.top", f.entities_counted.toLocaleString()) : null;
    fill(facetLists,
      facetList(t("facet.agencies"), f.agencies, (a) => el("li", {},
        el("a", { href: "#", dataset: { facet: "agency" }, class: p.get("agency") === a.value ? "active" : null, onclick: (ev) => { ev.preventDefault(); setAndSearch({ agency: p.get("agency") === a.value ? "" : a.value, offset: "" }); } }, a.value || t("unknown")),
        el("span", { class: "muted" }, a.count))),
      facetList(t("facet.months"), f.months, (m) => el("li", {},
        el("a", { href: "#", onclick: (ev) => { ev.preventDefault(); const [a, b] = monthRange(m.value); setAndSearch({ from: a, to: b, offset: "" }); } }, m.value),
        el("span", { class: "muted" }, m.count))),
      facetList(t("facet.types"), types, (ty) => el("li", {},
        el("a", { href: "#", class: entityTypeFilter === ty.value ? "active" : null, onclick: (ev) => { ev.preventDefault(); entityTypeFilter = entityTypeFilter === ty.value ? "" : ty.value; renderFacets(f, p); } },
          el("span", { class: "chip type-" + ty.value, title: ty.value }, i18n.typeName(ty.value))),
        el("span", { class: "muted" }, ty.count)), top),
      facetList(entityTypeFilter ? t("facet.entities.of", i18n.typeName(entityTypeFilter)) : t("facet.entities"), ents.slice(0, 15), (e) => el("li", {},
        el("span", {},
          el("a", { href: "#", title: t("filter.by.entity"), class: p.get("entity") === String(e.id) ? "active" : null, onclick: (ev) => { ev.preventDefault(); setAndSearch({ entity: p.get("entity") === String(e.id) ? "" : String(e.id), offset: "" }); } }, e.name),
          " ", el("a", { href: entityHref(e.id), title: t("entity.profile"), class: "small" }, "↗")),
        el("span", { class: "muted" }, e.count)), top));
  }

  // activeFilters shows each filter in force as a chip that removes it;
  // an entity given by id is shown by name once the facets name it.
  function activeFilters(p, facets) {
    const names = {};
    for (const e of (facets && facets.entities) || []) names[String(e.id)] = e.name;
    const chips = [];
    const chip = (label, keys) => chips.push(el("button", {
      type: "button", class: "chip filter", title: t("remove.filter"),
      onclick: () => setAndSearch(Object.fromEntries(keys.map((k) => [k, ""]).concat([["offset", ""]]))),
    }, label, " ✕"));
    if (p.get("from") || p.get("to")) chip(`${p.get("from") || "…"} → ${p.get("to") || "…"}`, ["from", "to"]);
    if (p.get("agency")) chip(t("chip.agency", p.get("agency")), ["agency"]);
    if (p.get("type")) chip(t("chip.event", p.get("type")), ["type"]);
    if (p.get("entity")) chip(t("chip.entity", names[p.get("entity")] || p.get("entity")), ["entity"]);
    return chips.length ? el("div", { class: "filters", id: "active-filters" }, chips) : null;
  }

  function renderHits(res, p) {
    const offset = Number(p.get("offset") || 0), limit = Number(p.get("limit") || 20);
    const hits = res.hits.map((h) => el("div", { class: "result", dataset: { id: h.id } },
      el("h3", {}, el("a", { href: articleHref(h.id) }, h.headline || h.id)),
      el("div", { class: "meta" }, [h.agency, h.published].filter(Boolean).join(" · "),
        h.story_id && h.story_id !== h.id ? [" · ", el("a", { href: articleHref(h.story_id) }, t("original.story"))] : null),
      h.snippet ? el("p", { class: "snippet" }, highlighted(h.snippet, h.highlights)) : null));
    const pager = el("div", { class: "pager" },
      offset > 0 ? el("button", { class: "secondary", onclick: () => setAndSearch({ offset: String(Math.max(0, offset - limit)) }) }, t("prev")) : null,
      el("span", { class: "muted small" }, res.total ? t("range.of", offset + 1, offset + res.hits.length, res.total_at_least ? t("atleast.n", res.total) : res.total) : ""),
      offset + res.hits.length < res.total ? el("button", { class: "secondary", onclick: () => setAndSearch({ offset: String(offset + limit) }) }, t("next")) : null);
    fill(results,
      activeFilters(p, res.facets),
      el("div", { class: "muted small", id: "result-count" }, res.total_at_least ? t("articles.atleast", res.total) : t("articles.n", res.total)),
      hits.length ? hits : el("p", { class: "empty" }, t("no.match")),
      pager);
  }

  // hitSummary is an article's three most mentioned entities and its
  // event types, as a line under the hit.
  function hitSummary(doc) {
    const ents = (doc.entities || []).slice().sort((a, b) => (b.mentions || []).length - (a.mentions || []).length).slice(0, 3);
    const types = [...new Set((doc.events || []).map((ev) => ev.type))];
    if (!ents.length && !types.length) return null;
    return el("div", { class: "hit-summary small" },
      ents.map((e) => [el("span", { class: "chip type-" + e.type, title: i18n.typeName(e.type) }, el("a", { href: entityHref(e.name) }, e.name)), " "]),
      types.length ? [el("span", { class: "muted" }, t("hit.events") + " "), types.map((ty) => el("span", { class: "chip event-type" }, ty))] : null);
  }

  // summarise adds each shown hit's entities and events, fetching the
  // articles a few at a time; a hit whose article fails keeps its snippet.
  async function summarise(ids, generation) {
    const queue = ids.slice();
    const worker = async () => {
      while (queue.length && generation === searchGeneration) {
        const id = queue.shift();
        try {
          const doc = await api("/api/articles/" + encodeURIComponent(id));
          const box = results.querySelector(`.result[data-id="${CSS.escape(id)}"]`);
          const line = hitSummary(doc);
          if (box && line && generation === searchGeneration) box.append(line);
        } catch (_) { /* the summary is optional */ }
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    if (generation === searchGeneration) results.dataset.summarised = String(ids.length);
  }

  async function suggestEntities(q) {
    entityHits.hidden = true;
    if (!q) return;
    try {
      const { entities } = await api("/api/entities?limit=6&q=" + encodeURIComponent(q));
      if (!entities.length) return;
      fill(entityHits, el("strong", {}, t("entities")), el("ul", { class: "events", id: "entity-list" }, entities.map((e) => el("li", {},
        el("span", { class: "chip type-" + e.type, title: e.type }, i18n.typeName(e.type)), " ",
        el("a", { href: entityHref(e.id), class: "entity-link" }, e.name),
        e.title || e.affiliation ? el("span", { class: "muted small" }, " " + [e.affiliation, e.title].filter(Boolean).join(" ")) : null,
        el("span", { class: "muted small" }, " · " + t("articles.n", e.articles))))));
      entityHits.hidden = false;
    } catch (_) { /* suggestions are optional */ }
  }

  async function go(p, push) {
    if (push) history.pushState(null, "", "/?" + p.toString());
    fillForm(p);
    const q = p.get("q") || "";
    const hasFilter = fields.some((f) => f !== "q" && p.get(f));
    if (!q && !hasFilter) {
      fill(results, el("p", { class: "empty" }, t("search.prompt")));
      entityHits.hidden = true;
      fill(facetLists);
      return;
    }
    fill(results, el("p", { class: "empty" }, t("searching")));
    suggestEntities(q);
    try {
      delete results.dataset.summarised;
      const generation = ++searchGeneration;
      const res = await api("/api/search?" + p.toString());
      if (generation !== searchGeneration) return;
      renderHits(res, p);
      summarise(res.hits.map((h) => h.id), generation);
      renderFacets(res.facets || {}, p);
    } catch (err) {
      showError(results, err);
    }
  }

  $("search-form").addEventListener("submit", (ev) => { ev.preventDefault(); go(readForm(), true); });
  $("clear").addEventListener("click", () => { for (const f of fields) $(f).value = ""; entityTypeFilter = ""; go(new URLSearchParams(), true); });
  window.addEventListener("popstate", () => go(new URLSearchParams(location.search), false));
  go(new URLSearchParams(location.search), false);
})();

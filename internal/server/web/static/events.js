// Events page: the events of the whole corpus in a table, filtered by type,
// entity, second entity, certainty and date, each linked to its evidence
// in the article.
"use strict";
(() => {
  const { el, fill, api, showError, entityHref, articleHref, certaintyBadge, t } = sosik;
  const $ = (id) => document.getElementById(id);
  const status = $("events-status");
  const table = $("events-table");
  const limit = 50;
  const certBoxes = () => [...document.querySelectorAll("#certainties input[name=certainty]")];

  // evidenceHref links to the event's sentence in the article page.
  function evidenceHref(ev) {
    return articleHref(ev.article.id) + `#ev-${ev.start}-${ev.end}`;
  }

  function row(ev) {
    const actors = (ev.actors || []).map((a, k) => [k ? ", " : "",
      el("a", { href: entityHref(a.entity_id ? String(a.entity_id) : a.name) }, a.name)]);
    return el("tr", { dataset: { type: ev.type, certainty: ev.certainty } },
      el("td", {}, ev.date || el("span", { class: "muted", title: t("events.published") }, ev.article.published || "")),
      el("td", {}, el("strong", {}, ev.type)),
      el("td", {}, actors),
      el("td", {}, [ev.object, ev.place ? "@ " + ev.place : ""].filter(Boolean).join(" ")),
      el("td", {}, certaintyBadge(ev.certainty), ev.marker ? el("div", { class: "small muted" }, ev.marker.text) : null),
      el("td", {}, el("a", { href: evidenceHref(ev), class: "evidence" }, ev.evidence || t("show.in.text"))),
      el("td", { class: "small" }, el("a", { href: articleHref(ev.article.id), class: "article" }, ev.article.headline || ev.article.id),
        el("div", { class: "muted" }, [ev.article.agency, ev.article.published].filter(Boolean).join(" · "))));
  }

  function render(res, q) {
    if (!res.events.length) {
      fill(table, el("p", { class: "empty" }, t("events.match.none")));
      status.textContent = "";
      return;
    }
    status.textContent = t("events.status", res.total, q.offset + 1, q.offset + res.events.length);
    const head = ["events.col.date", "events.col.type", "events.col.actors", "events.col.what", "certainty", "events.col.evidence", "events.col.article"];
    const pager = el("div", { class: "pager" },
      q.offset > 0 ? el("button", { class: "secondary", onclick: () => go(Object.assign({}, q, { offset: Math.max(0, q.offset - limit) }), true) }, t("prev")) : null,
      q.offset + res.events.length < res.total ? el("button", { class: "secondary", onclick: () => go(Object.assign({}, q, { offset: q.offset + limit }), true) }, t("next")) : null);
    fill(table,
      el("table", { class: "plain", id: "events" },
        el("thead", {}, el("tr", {}, head.map((k) => el("th", {}, t(k))))),
        el("tbody", {}, res.events.map(row))),
      pager);
  }

  function params(q) {
    const p = new URLSearchParams();
    for (const k of ["type", "entity", "with", "from", "to"]) if (q[k]) p.set(k, q[k]);
    if (q.certainty.length) p.set("certainty", q.certainty.join(","));
    if (q.offset) p.set("offset", String(q.offset));
    return p;
  }

  function show(q) {
    $("type").value = q.type;
    $("entity").value = q.entity;
    $("with").value = q.with;
    $("from").value = q.from.length === 10 ? q.from : "";
    $("to").value = q.to.length === 10 ? q.to : "";
    for (const b of certBoxes()) b.checked = q.certainty.includes(b.value);
  }

  async function go(q, push) {
    show(q);
    const p = params(q);
    if (push) history.pushState(null, "", "/events" + (p.toString() ? "?" + p.toString() : ""));
    p.set("limit", String(limit));
    status.textContent = t("events.loading");
    delete table.dataset.query;
    try {
      render(await api("/api/events?" + p.toString()), q);
      table.dataset.query = p.toString(); // what the table shows, for tests
    } catch (err) {
      status.textContent = "";
      showError(table, err);
    }
  }

  function fromURL() {
    const p = new URLSearchParams(location.search);
    const certainty = (p.get("certainty") || "").split(",").map((x) => x.trim()).filter(Boolean);
    go({ type: p.get("type") || "", entity: p.get("entity") || "", with: p.get("with") || "", certainty,
      from: p.get("from") || "", to: p.get("to") || "", offset: Number(p.get("offset")) || 0 }, false);
  }

  $("events-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    go({ type: $("type").value, entity: $("entity").value.trim(), with: $("with").value.trim(),
      certainty: certBoxes().filter((b) => b.checked).map((b) => b.value),
      from: $("from").value, to: $("to").value, offset: 0 }, true);
  });
  window.addEventListener("popstate", fromURL);
  fromURL();
})();

// Home page: what is new in the corpus, counted back from its newest
// article: latest articles, the most-mentioned people and organisations
// and who rose, new events by certainty, watch hits and source health.
"use strict";
(() => {
  const { el, fill, api, showError, entityHref, articleHref, certaintyBadge, t } = sosik;
  const body = (id) => document.querySelector(`#${id} .body`);
  const empty = (key) => el("p", { class: "empty" }, t(key));

  function articleItem(h) {
    return el("li", {}, el("a", { href: articleHref(h.id || h.article_id), class: "article" }, h.headline || h.id),
      el("span", { class: "small muted" }, " " + [h.agency, h.published].filter(Boolean).join(" · ")));
  }

  function risers(list) {
    if (!list.length) return empty("home.none");
    return el("table", { class: "plain risers" }, el("tbody", {}, list.map((r) =>
      el("tr", {}, el("td", {}, el("a", { href: entityHref(String(r.id)) }, r.name)),
        el("td", { class: "num" }, String(r.count)),
        el("td", { class: "num " + (r.change > 0 ? "up" : r.change < 0 ? "down" : "muted") },
          r.change > 0 ? "▲" + r.change : r.change < 0 ? "▼" + -r.change : "–")))));
  }

  function events(ev) {
    if (!ev.latest.length) return empty("home.none");
    return [el("div", { class: "certainties" }, ev.by_certainty.map((c) => el("span", { class: "chip" }, certaintyBadge(c.value), " " + c.count))),
      el("ul", { class: "plain" }, ev.latest.map((e) => el("li", { dataset: { certainty: e.certainty } },
        el("strong", {}, e.type), " ", (e.actors || []).map((a) => a.name).join(", "), " ", certaintyBadge(e.certainty),
        el("div", { class: "small" }, el("a", { href: articleHref(e.article.id) }, e.article.headline || e.article.id)))))];
  }

  function sources(list) {
    if (!list.length) return empty("home.sources.none");
    return el("table", { class: "plain" }, el("tbody", {}, list.map((s) =>
      el("tr", { class: s.failures ? "failing" : "" }, el("td", {}, s.name),
        el("td", { class: "small" }, s.failures ? t("home.source.failing", s.failures, s.last_error) : t("home.source.ok", s.last_success)),
        el("td", { class: "num" }, String(s.items))))));
  }

  async function load() {
    const status = document.getElementById("home-status");
    try {
      const h = await api("/api/home");
      status.textContent = h.newest ? t("home.period", h.from, h.newest, h.prev_from, h.prev_to) : t("home.empty");
      fill(body("home-latest"), h.latest.length ? el("ul", { class: "plain" }, h.latest.map(articleItem)) : empty("home.empty"));
      fill(body("home-people"), risers(h.people));
      fill(body("home-orgs"), risers(h.orgs));
      fill(body("home-events"), events(h.events));
      fill(body("home-watches"), h.watch_hits.length ? el("ul", { class: "plain" }, h.watch_hits.map((w) =>
        el("li", {}, articleItem(w), el("div", { class: "small muted" }, w.reason)))) : empty("home.watches.none"));
      fill(body("home-sources"), sources(h.sources));
    } catch (err) {
      showError(status, err);
    }
  }
  load();
})();

// Watches page: every watch with its condition, its Atom feed and its
// latest hits.
"use strict";
(() => {
  const { el, fill, api, showError, articleHref, t } = sosik;
  const list = document.getElementById("watches-list");

  function card(w) {
    return el("section", { class: "card watch", id: "w" + w.id },
      el("h2", {}, w.name, " ", el("a", { href: `/api/watches/${w.id}/atom`, class: "small", title: "Atom" }, "Atom")),
      el("div", { class: "small muted" }, w.condition, w.webhook ? " · " + t("watches.webhook", w.webhook) : ""),
      w.hits.length ? el("ul", { class: "plain" }, w.hits.map((h) => el("li", {},
        el("a", { href: articleHref(h.article_id), class: "article" }, h.headline || h.article_id),
        el("span", { class: "small muted" }, " " + h.published + " · " + h.reason)))) : el("p", { class: "empty" }, t("watches.nohits")));
  }

  async function load() {
    try {
      const ws = await api("/api/watches");
      fill(list, ws.length ? ws.map(card) : el("p", { class: "empty" }, t("watches.none")));
    } catch (err) {
      showError(list, err);
    }
  }
  load();
})();

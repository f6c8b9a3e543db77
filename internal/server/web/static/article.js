// Article page: the normalised text with entities, dates, amounts, quotes
// and events marked in colour, then photos, events and quotes.
"use strict";
(() => {
  const { el, fill, api, showError, segmentFromPath, byteToIndex, entityHref, eventLine, t } = sosik;
  const root = document.getElementById("article");

  // annotate renders text with two kinds of annotation:
  //  - inline marks (entity mentions, dates, amounts): boxes with a label;
  //    they must not overlap, so a later one overlapping a kept one is dropped;
  //  - layers (sections, quotes, events): long spans drawn as classes on the
  //    text they cover; their edges snap outward to the mark they cut so a
  //    box is never split.
  // Offsets are UTF-8 byte offsets and are converted here.
  function annotate(text, marks, layers) {
    const toIdx = byteToIndex(text);
    const conv = (a) => Object.assign({}, a, { s: toIdx(a.start), e: toIdx(a.end) });
    const valid = (a) => a.s >= 0 && a.e > a.s && a.e <= text.length;
    marks = marks.map(conv).filter(valid).sort((a, b) => a.s - b.s || b.e - a.e);
    const kept = [];
    for (const m of marks) if (!kept.length || m.s >= kept[kept.length - 1].e) kept.push(m);
    layers = layers.map(conv).filter(valid);
    for (const l of layers) {
      for (const m of kept) {
        if (l.s > m.s && l.s < m.e) l.s = m.s;
        if (l.e > m.s && l.e < m.e) l.e = m.e;
      }
    }
    const cuts = new Set([0, text.length]);
    for (const a of kept.concat(layers)) { cuts.add(a.s); cuts.add(a.e); }
    const points = [...cuts].sort((a, b) => a - b);

    const out = document.createDocumentFragment();
    let mi = 0, open = null, openEnd = -1;
    for (let k = 0; k + 1 < points.length; k++) {
      const s = points[k], e = points[k + 1];
      const covering = layers.filter((l) => l.s <= s && l.e >= e);
      const span = el("span", {
        class: covering.map((l) => l.cls).join(" ") || null,
        title: covering.filter((l) => l.tip).map((l) => l.tip).join("\n") || null,
      }, text.slice(s, e));
      for (const l of covering) if (l.anchor && l.s === s) span.id = l.anchor;
      while (mi < kept.length && kept[mi].e <= s) mi++;
      const m = mi < kept.length && kept[mi].s <= s && kept[mi].e >= e ? kept[mi] : null;
      if (m) {
        if (open === null || openEnd !== m.e || open.dataset.start !== String(m.s)) {
          open = el("mark", { class: "ent " + m.label, title: m.tip || null, dataset: { start: String(m.s) } });
          const holder = m.href ? el("a", { class: "entlink", href: m.href }) : open;
          if (m.href) open.append(holder);
          open._holder = holder;
          openEnd = m.e;
          out.append(open);
        }
        open._holder.append(span);
        if (e === m.e) open.append(el("span", { class: "lbl" }, i18n.typeName(m.label)));
      } else {
        open = null;
        out.append(span);
      }
    }
    return out;
  }

  function entityTip(ent) {
    return [ent.name, ent.title, ent.affiliation, ent.role].filter(Boolean).join(" · ");
  }

  function render(doc) {
    document.title = (doc.headline || doc.id) + " · sosik 소식";
    const marks = [];
    for (const ent of doc.entities || []) {
      for (const m of ent.mentions || []) {
        marks.push({ start: m.start, end: m.end, label: ent.type, tip: entityTip(ent), href: entityHref(ent.name) });
      }
    }
    for (const d of doc.dates || []) marks.push({ start: d.start, end: d.end, label: "DATE", tip: d.value });
    for (const a of doc.amounts || []) {
      marks.push({ start: a.start, end: a.end, label: "AMOUNT", tip: `${a.value.toLocaleString("en-US")} ${a.unit || ""}`.trim() });
    }
    const layers = [];
    for (const sec of doc.sections || []) layers.push({ start: sec.start, end: sec.end, cls: "sec-" + sec.kind });
    (doc.quotes || []).forEach((q, i) => layers.push({
      start: q.start, end: q.end, cls: "in-quote", anchor: "quote-" + i, tip: t("quote.tip", q.speaker || t("speaker.unknown")),
    }));
    (doc.events || []).forEach((ev, i) => layers.push({
      start: ev.start, end: ev.end, cls: "in-event", anchor: "event-" + i,
      tip: `${ev.type} (${ev.certainty})${(ev.actors || []).length ? ": " + ev.actors.join(", ") : ""}`,
    }));

    const meta = [
      doc.agency, doc.published,
      doc.dateline ? `[${doc.dateline.place}=${doc.dateline.agency}]` : null,
      (doc.byline && doc.byline.names && doc.byline.names.length) ? "기자 " + doc.byline.names.join(", ") : null,
    ].filter(Boolean).join(" · ");

    const legend = el("div", { class: "legend", "aria-label": t("graph.legend") },
      ["PERSON", "ORG", "PLACE", "PROJECT", "PRODUCT", "DATE", "AMOUNT"].map((k) =>
        el("span", {}, el("span", { class: "sw", style: `background: var(--${k === "AMOUNT" ? "amount" : k === "DATE" ? "date" : k.toLowerCase()})` }), i18n.typeName(k))),
      el("span", {}, el("span", { class: "sw", style: "background: var(--event)" }), t("legend.event")),
      el("span", {}, el("span", { class: "sw", style: "background: var(--quote)" }), t("legend.quote")));

    const textCard = el("div", { class: "card" },
      legend,
      el("div", { class: "annotated", id: "annotated", lang: "ko" }, annotate(doc.text || "", marks, layers)));

    // A photo is shown when its address answers: loaded lazily, without
    // telling the outlet which page asked (no referrer), and hidden again
    // when it fails, leaving the caption and credits.
    const photos = (doc.photos || []).map((p) => {
      const credits = [p.photographer && "사진 " + p.photographer, p.email, p.source && "출처 " + p.source, p.date]
        .filter(Boolean).join(" · ");
      return el("figure", { class: "photo" },
        p.url ? el("img", { loading: "lazy", decoding: "async", referrerpolicy: "no-referrer", alt: p.caption || "",
          src: p.url, onerror: (e) => { e.target.hidden = true; } }) : null,
        el("figcaption", {}, p.caption || el("span", { class: "empty" }, t("no.caption"))),
        el("div", { class: "credits" }, credits,
          (p.restrictions || []).map((r) => [" ", el("span", { class: "chip" }, r)]),
          p.url ? [credits ? " · " : "", el("a", { href: p.url, rel: "noopener noreferrer", target: "_blank" }, t("image.link"))] : null));
    });

    const events = (doc.events || []).map((ev, i) => {
      const li = eventLine(ev);
      li.append(" ", el("a", { href: "#event-" + i, class: "small", onclick: () => flash("event-" + i) }, t("show.in.text")));
      return li;
    });
    const quotes = (doc.quotes || []).map((q, i) => el("li", {},
      el("blockquote", {}, q.text),
      el("div", { class: "small muted" }, "— ",
        q.speaker_named && q.speaker ? el("a", { href: entityHref(q.speaker) }, q.speaker) : (q.speaker || t("speaker.unknown")),
        " · ", el("a", { href: "#quote-" + i, onclick: () => flash("quote-" + i) }, t("show.in.text")))));

    const ents = (doc.entities || []).map((e) => el("li", {},
      el("span", { class: "chip type-" + e.type, title: e.type }, i18n.typeName(e.type)), " ",
      el("a", { href: entityHref(e.name) }, e.name),
      e.title || e.affiliation ? el("span", { class: "muted small" }, " " + [e.affiliation, e.title].filter(Boolean).join(" ")) : null,
      " ", el("span", { class: "muted small" }, `×${(e.mentions || []).length}`)));

    fill(root,
      el("h1", {}, doc.headline || t("untitled")),
      (doc.subheads || []).map((s) => el("div", { class: "muted" }, s)),
      el("p", { class: "muted small" }, meta,
        doc.url ? [" · ", el("a", { href: doc.url, rel: "noopener noreferrer", target: "_blank" }, t("original.link"))] : null),
      el("div", { class: "grid-article" },
        el("div", {}, textCard),
        el("div", {},
          el("div", { class: "card" }, el("h2", {}, t("card.events", events.length)),
            events.length ? el("ul", { class: "events", id: "events" }, events) : el("p", { class: "empty" }, t("events.found.none"))),
          el("div", { class: "card" }, el("h2", {}, t("card.quotes", quotes.length)),
            quotes.length ? el("ul", { class: "quotes" }, quotes) : el("p", { class: "empty" }, t("quotes.found.none"))),
          el("div", { class: "card" }, el("h2", {}, t("card.photos", photos.length)),
            photos.length ? photos : el("p", { class: "empty" }, t("photos.none"))),
          el("div", { class: "card" }, el("h2", {}, t("card.entities", ents.length)), el("ul", { class: "events" }, ents)),
          (doc.topics || []).length ? el("div", { class: "card" }, el("h2", {}, t("card.topics")),
            doc.topics.map((x) => el("span", { class: "chip" }, x))) : null,
          doc.rights ? el("p", { class: "small muted" }, doc.rights) : null)));
  }

  function flash(id) {
    const n = document.getElementById(id);
    if (!n) return;
    n.classList.add("flash");
    setTimeout(() => n.classList.remove("flash"), 1500);
  }

  // showLinkedEvent scrolls to and flashes the event an address such as
  // #ev-120-245 names by its evidence offsets (the events page links so).
  function showLinkedEvent(doc) {
    const m = /^#ev-(\d+)-(\d+)$/.exec(location.hash);
    if (!m) return;
    const i = (doc.events || []).findIndex((ev) => ev.start === Number(m[1]) && ev.end === Number(m[2]));
    const n = i < 0 ? null : document.getElementById("event-" + i);
    if (!n) return;
    n.classList.add("linked");
    n.scrollIntoView({ block: "center" });
    flash("event-" + i);
  }

  const id = segmentFromPath("/article/");
  if (!id) { showError(root, new Error(t("no.article.id"))); return; }
  api("/api/articles/" + encodeURIComponent(id)).then((doc) => { render(doc); showLinkedEvent(doc); }).catch((err) => showError(root, err));
})();

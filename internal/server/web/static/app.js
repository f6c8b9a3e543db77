// Shared helpers for the sosik pages. Everything is built with DOM calls,
// never innerHTML, so article text and names cannot inject markup.
"use strict";

const sosik = (() => {
  const t = i18n.t;
  // el("a", {href: "/x", class: "y"}, "text", child…) builds an element.
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") e.className = v;
      else if (k === "dataset") Object.assign(e.dataset, v);
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? "" : v);
    }
    append(e, children);
    return e;
  }

  // append adds children to a node: nested arrays are flattened, null,
  // undefined and false are skipped, anything else not a Node becomes text.
  function append(node, children) {
    for (const c of [children].flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  // fill replaces a node's children, with the same rules as append.
  function fill(node, ...children) {
    node.replaceChildren();
    return append(node, children);
  }

  // api fetches a JSON API path and throws an Error carrying the server's
  // {"error": …} message when the answer is not 2xx.
  async function api(path) {
    const res = await fetch(path, { headers: { Accept: "application/json" } });
    let body = null;
    try { body = await res.json(); } catch (_) { /* not JSON */ }
    if (!res.ok) {
      const msg = body && body.error ? body.error : `${res.status} ${res.statusText}`;
      const err = new Error(msg);
      err.status = res.status;
      err.body = body;
      throw err;
    }
    return body;
  }

  function showError(container, err) {
    fill(container, el("div", { class: "error", role: "alert" }, err.message || String(err)));
  }

  // segmentFromPath returns the decoded path segment after prefix, e.g.
  // "/entity/이재용" → "이재용".
  function segmentFromPath(prefix) {
    const p = location.pathname;
    if (!p.startsWith(prefix)) return "";
    return decodeURIComponent(p.slice(prefix.length).replace(/\/+$/, ""));
  }

  // byteToIndex maps UTF-8 byte offsets (what sosik's Document uses) to
  // JavaScript string indices (UTF-16 code units). Offsets that fall inside
  // a multi-byte character snap forward to the next character boundary.
  function byteToIndex(text) {
    const enc = new TextEncoder();
    const total = enc.encode(text).length;
    const map = new Int32Array(total + 1).fill(-1);
    let b = 0, i = 0;
    for (const ch of text) { // iterates by code point
      map[b] = i;
      const cp = ch.codePointAt(0);
      b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      i += ch.length;
    }
    map[total] = text.length;
    for (let k = total - 1; k >= 0; k--) if (map[k] < 0) map[k] = map[k + 1];
    return (off) => {
      if (typeof off !== "number" || !isFinite(off)) return -1;
      if (off <= 0) return 0;
      if (off >= total) return text.length;
      return map[off];
    };
  }

  function entityHref(key) { return "/entity/" + encodeURIComponent(key); }
  function articleHref(id) { return "/article/" + encodeURIComponent(id); }

  function certaintyBadge(c) {
    const v = (c || "asserted").toLowerCase();
    return el("span", { class: "badge " + v, title: i18n.t("certainty"), dataset: { certainty: v } }, i18n.t("certainty." + v));
  }

  // eventLine renders one event as "TYPE actors → object @ place, date".
  function eventLine(ev, opts) {
    const o = opts || {};
    const actors = (ev.actors || []).map((a, k) => [k ? ", " : "", el("a", { href: entityHref(a) }, a)]);
    return el("li", { dataset: o.dataset || {} },
      certaintyBadge(ev.certainty), " ",
      el("strong", {}, ev.type || "EVENT"), " ",
      actors,
      ev.object ? [" → ", ev.object] : null,
      ev.place ? [" @ ", ev.place] : null,
      ev.date ? el("span", { class: "muted" }, " · " + ev.date) : null,
      o.article ? [" · ", el("a", { href: articleHref(o.article.id) }, o.article.headline || o.article.id)] : null,
      ev.evidence ? el("div", { class: "small muted" }, ev.evidence) : null);
  }

  // palette gives charts and graph nodes stable colours per entity type.
  const typeColour = {
    PERSON: "#f59f00", ORG: "#3b82f6", PLACE: "#2f9e44", PROJECT: "#c026d3",
    PRODUCT: "#a3a300", EVENT: "#7c3aed",
  };
  const series = ["#2553c9", "#e8590c", "#2f9e44", "#c2255c", "#7048e8", "#0c8599", "#a61e4d", "#5c940d"];

  // Charts use the page's Korean font stack rather than Chart.js's default
  // Helvetica, which has no Hangul.
  if (typeof Chart !== "undefined") {
    Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
  }

  // The page in the chosen language, with a switch to the other one.
  document.documentElement.lang = i18n.lang;
  i18n.apply();
  const header = document.querySelector("header.top");
  if (header) {
    header.append(el("button", {
      type: "button", id: "lang-switch", class: "lang", lang: i18n.lang === "ko" ? "en" : "ko", title: i18n.t("lang.switch.title"),
      onclick: () => i18n.setLang(i18n.lang === "ko" ? "en" : "ko"),
    }, i18n.t("lang.switch")));
  }
  const page = document.body.dataset.page;
  if (page) document.title = i18n.t("title." + page) + " · sosik 소식";

  return { el, fill, api, showError, segmentFromPath, byteToIndex, entityHref, articleHref, certaintyBadge, eventLine, typeColour, series, t };
})();

// Graph page: the relation graph of the whole corpus or around one entity
// (?entity=…&limit=…&since=…&until=…&certainty=…), with the filters of the
// graph view.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const p = new URLSearchParams(location.search);
  const st = { entity: p.get("entity") || "", since: p.get("since") || "", until: p.get("until") || "",
    certainty: p.get("certainty") || "", limit: Number(p.get("limit")) || 50 };
  $("graph-entity").value = st.entity;
  $("graph-limit").value = String(st.limit);
  const view = mountGraph($("graph-card"), st);

  $("graph-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const next = { entity: $("graph-entity").value.trim(), limit: Math.min(500, Math.max(1, Number($("graph-limit").value) || 50)) };
    const q = new URLSearchParams();
    if (next.entity) q.set("entity", next.entity);
    q.set("limit", String(next.limit));
    history.replaceState(null, "", "/graph?" + q.toString());
    view.reload(next);
  });
})();

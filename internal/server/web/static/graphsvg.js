// graphSVG writes the graph view as drawn — the shown nodes at their laid-out
// positions with their colours, sizes and labels, the shown links with their
// widths, colours and dash, and a legend of entity types — as a standalone
// SVG document (the analyst's vector export for reports).
"use strict";

function graphSVG(cy, opts) {
  const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
  const num = (x) => (Math.round(x * 10) / 10).toString();
  const shown = cy.elements().not(".hidden");
  const box = shown.boundingBox({ includeLabels: true });
  const legendH = 24 + 20 * (opts.types || []).length;
  const pad = 20;
  const x0 = box.x1 - pad, y0 = box.y1 - pad - legendH;
  const w = box.w + 2 * pad, h = box.h + 2 * pad + legendH;
  const font = "Noto Sans CJK KR, Noto Sans KR, sans-serif";
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(x0)} ${num(y0)} ${num(w)} ${num(h)}" width="${num(w)}" height="${num(h)}" font-family="${esc(font)}">`,
    `<rect x="${num(x0)}" y="${num(y0)}" width="${num(w)}" height="${num(h)}" fill="#ffffff"/>`];
  out.push(`<g class="edges">`);
  shown.edges().forEach((e) => {
    const a = e.source().position(), b = e.target().position();
    const dash = e.style("line-style") === "dashed" ? ` stroke-dasharray="6 4"` : "";
    out.push(`<line x1="${num(a.x)}" y1="${num(a.y)}" x2="${num(b.x)}" y2="${num(b.y)}" stroke="${esc(e.style("line-color"))}" stroke-width="${num(e.numericStyle("width"))}" stroke-opacity="${num(e.numericStyle("opacity"))}"${dash} data-kind="${esc(e.data("kind"))}"/>`);
    if (e.data("label")) {
      out.push(`<text x="${num((a.x + b.x) / 2)}" y="${num((a.y + b.y) / 2)}" font-size="${num(e.numericStyle("font-size"))}" fill="#c2410c" text-anchor="middle" paint-order="stroke" stroke="#fff" stroke-width="3">${esc(e.data("label"))}</text>`);
    }
  });
  out.push(`</g><g class="nodes">`);
  shown.nodes().forEach((n) => {
    const p = n.position(), r = n.numericStyle("width") / 2, fs = n.numericStyle("font-size");
    const stroke = n.numericStyle("border-width") > 0 ? ` stroke="${esc(n.style("border-color"))}" stroke-width="${num(n.numericStyle("border-width"))}"` : "";
    out.push(`<g class="node" data-eid="${esc(n.data("eid"))}" data-type="${esc(n.data("type"))}"><circle cx="${num(p.x)}" cy="${num(p.y)}" r="${num(r)}" fill="${esc(n.data("colour"))}"${stroke}/>` +
      `<text x="${num(p.x)}" y="${num(p.y + r + 3 + fs)}" font-size="${num(fs)}" fill="#1d2330" text-anchor="middle" paint-order="stroke" stroke="#fff" stroke-width="3">${esc(n.data("label"))}</text></g>`);
  });
  out.push(`</g><g class="legend" transform="translate(${num(x0 + pad)} ${num(y0 + pad)})"><text y="0" font-size="13" font-weight="bold">${esc(opts.legendTitle || "")}</text>`);
  (opts.types || []).forEach((ty, i) => {
    out.push(`<rect x="0" y="${8 + 20 * i}" width="12" height="12" fill="${esc(opts.colourOf(ty))}"/><text x="18" y="${18 + 20 * i}" font-size="12">${esc(opts.typeName(ty))}</text>`);
  });
  out.push(`</g></svg>`);
  return out.join("\n");
}

// Marsad dashboard. Article text and every other value from the API is untrusted: it is
// only ever put into the page as text (textContent, text nodes; never parsed as HTML), so markup in an article
// shows as text. The page's Content-Security-Policy forbids inline scripts as a second wall.
"use strict";

const TYPE_COLORS = ["#d7301f", "#fc8d59", "#4575b4", "#7b3294", "#1a9850", "#636363"];
const SETTING_COLORS = { urban: "#d7301f", rural: "#1a9850", desert: "#e0b050", unknown: "#bbbbbb" };
const PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"];
let attackTypes = [];  // from /api/taxonomy (taxonomy.tsv's attack column)
const FILTERS = ["since", "until", "type", "admin1", "actor", "q", "reports"];
let openEvent = null;  // the event whose card is open (kept in the URL as ?event=ID)
let metric = "events";  // what the type and governorate charts count (kept in the URL as ?metric=)

let types = [];
let map, boundaryLayer, clusterLayer;
const charts = {};
let nextCursor = null;
const status = { markers: 0, chartPoints: 0, pending: 0 };

function el(tag, props, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("data-")) e.setAttribute(k, v);
    else if (k === "onclick") e.addEventListener("click", v);
    else e[k] = v;
  }
  for (const c of children) if (c != null) e.append(c);  // strings become text nodes
  return e;
}

function currentFilters() {
  const form = document.getElementById("filters");
  const p = new URLSearchParams();
  for (const name of FILTERS) {
    const input = form.elements[name];
    if (input.type === "checkbox") { if (input.checked) p.set(name, "true"); }
    else if (input.value.trim() !== "") p.set(name, input.value.trim());
  }
  return p;
}

function applyURLToForm() {
  const p = new URLSearchParams(location.search);
  const form = document.getElementById("filters");
  for (const name of FILTERS) {
    const input = form.elements[name];
    if (input.type === "checkbox") input.checked = p.get(name) === "true";
    else input.value = p.get(name) || "";
  }
}

async function api(path, params) {
  const url = path + (params && [...params].length ? "?" + params.toString() : "");
  status.pending++;
  document.body.dataset.pending = status.pending;
  try {
    const r = await fetch(url);
    const body = await r.json();
    if (!r.ok) throw new Error(body.error ? body.error.message : r.statusText);
    return body;
  } finally {
    status.pending--;
    document.body.dataset.pending = status.pending;
  }
}

function showError(where, err) {
  const box = document.getElementById("totals");
  box.replaceChildren(el("span", { class: "error", text: where + ": " + ((err && err.message) || String(err)) }));
  console.error(where, err);
}

function typeColor(t) {
  const i = types.indexOf(t);
  return TYPE_COLORS[i >= 0 ? i % TYPE_COLORS.length : TYPE_COLORS.length - 1];
}

// ---------- map ----------

function initMap() {
  map = L.map("map", { zoomControl: true, attributionControl: true, preferCanvas: true, minZoom: 4, maxZoom: 13 }).setView([35.0, 40.5], 6);
  map.attributionControl.addAttribution("Boundaries: Natural Earth");
  fetch("/boundaries.geojson").then(r => r.json()).then(g => {
    boundaryLayer = L.geoJSON(g, {
      style: f => ({ color: f.properties.country === "Syria" ? "#5a6b75" : "#8a7b6a", weight: 1, fillColor: "#f7f4ee", fillOpacity: 0.9 }),
      onEachFeature: (f, layer) => layer.bindTooltip(f.properties.name + ", " + f.properties.country, { sticky: true })
    }).addTo(map);
    boundaryLayer.bringToBack();
  });
  clusterLayer = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false, chunkedLoading: true });
  map.addLayer(clusterLayer);
}

async function loadMap(params) {
  const g = await api("/api/map", params);
  clusterLayer.clearLayers();
  const markers = [];
  for (const f of g.features) {
    const [lon, lat] = f.geometry.coordinates;
    const p = f.properties;
    const radius = 5 + Math.min(20, Math.sqrt(p.fatalities) * 2.2) + Math.min(6, Math.log2(p.events));
    const m = L.circleMarker([lat, lon], { radius, color: "#222", weight: 1, fillColor: typeColor(p.event_type), fillOpacity: 0.8 });
    m.bindTooltip((p.location || "?") + " — " + p.events + " event" + (p.events === 1 ? "" : "s") + ", " + p.fatalities + " killed");
    m.on("click", () => p.events === 1 ? showEvent(p.latest_id) : showPlace(lat, lon, p));
    markers.push(m);
  }
  clusterLayer.addLayers(markers);
  status.markers = markers.length;
  document.body.dataset.markers = markers.length;
  if (markers.length) map.fitBounds(clusterLayer.getBounds().pad(0.1), { maxZoom: 8 });
}

async function showPlace(lat, lon, p) {
  const params = currentFilters();
  params.set("near", lat + "," + lon);
  params.set("radius", "0.5");
  params.set("limit", "50");
  params.set("evidence", "false");
  const r = await api("/api/events", params);
  const box = document.getElementById("place-list");
  const list = el("ul");
  for (const e of r.events) {
    list.append(el("li", {}, el("a", { href: "#event-" + e.id, text: e.date + " — " + e.sub_event_type + " (" + (e.incident_fatalities || 0) + ")",
      onclick: ev => { ev.preventDefault(); showEvent(e.id); } })));
  }
  box.replaceChildren(el("h2", { text: (p.location || "Place") + ": " + p.events + " events" }), list);
  box.hidden = false;
}

// ---------- event card ----------

async function showEvent(id) {
  const d = await api("/api/events/" + encodeURIComponent(id));
  const e = d.event;
  const card = document.getElementById("card");
  const fields = [
    ["Type", e.event_type + " — " + e.sub_event_type],
    ["Date", e.date + " (" + e.date_precision + ")"],
    ["Place", [e.location, e.admin2, e.admin1, e.country].filter(Boolean).join(", ") + (e.geo_precision ? " (precision " + e.geo_precision + ")" : "")],
    ["Setting", e.setting || "—"],
    ["Actor 1", e.actor1 || "—"],
    ["Actor 2", e.actor2 || "—"],
    ["Fatalities", d.incident.fatalities_low != null && d.incident.fatalities_low !== d.incident.fatalities_high
      ? d.incident.fatalities + " (sources say " + d.incident.fatalities_low + "–" + d.incident.fatalities_high + ")"
      : String(d.incident.fatalities)],
    ["Sources", String(d.incident.sources_count)],
  ];
  const dl = el("dl");
  for (const [k, v] of fields) dl.append(el("dt", { text: k }), el("dd", { text: v }));
  const sources = el("div");
  for (const s of d.sources) {
    const a = s.article || {};
    const title = a.url ? el("a", { href: safeURL(a.url), text: a.title || a.id, rel: "noopener noreferrer", target: "_blank" })
                        : el("b", { text: a.title || a.id || s.event.article_id });
    const snippet = el("div", { class: "snippet", dir: "auto" });
    if (s.snippet) {
      if (s.snippet.truncated_before) snippet.append("… ");
      for (const seg of s.snippet.segments) {
        if (seg.fields.length) snippet.append(el("mark", { "data-field": seg.fields[0], title: seg.fields.join(", "), text: seg.text }));
        else snippet.append(seg.text);
      }
      snippet.append(" …");
    }
    sources.append(el("div", { class: "source" }, title,
      el("div", { class: "meta", text: [a.source, a.published, a.lang, "coded: " + s.event.sub_event_type + ", " + s.event.fatalities + " killed"].filter(Boolean).join(" · ") }),
      snippet));
  }
  card.replaceChildren(el("div", { class: "card" },
    el("button", { class: "close", type: "button", text: "×", title: "Close", onclick: () => {
      card.hidden = true; openEvent = null;
      const u = new URLSearchParams(location.search); u.delete("event");
      history.replaceState(null, "", u.toString() ? "?" + u.toString() : location.pathname);
    } }),
    el("h2", { text: e.sub_event_type + " in " + (e.location || e.admin1 || e.country || "an unknown place") }),
    dl, el("h3", { text: "Reports, with the evidence marked" }), sources));
  card.hidden = false;
  document.body.dataset.card = String(id);
  openEvent = String(id);
  const u = new URLSearchParams(location.search);
  u.set("event", openEvent);
  history.replaceState(null, "", "?" + u.toString());
}

function safeURL(u) {
  try { const x = new URL(u); return x.protocol === "http:" || x.protocol === "https:" ? x.href : "#"; } catch { return "#"; }
}

// ---------- charts ----------

function monthsBetween(series) {
  const months = [...new Set(series.map(b => b.period))].sort();
  if (!months.length) return months;
  const out = [];
  let [y, m] = months[0].split("-").map(Number);
  const [ly, lm] = months[months.length - 1].split("-").map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(y + "-" + String(m).padStart(2, "0"));
    if (++m > 12) { m = 1; y++; }
    if (out.length > 600) break;
  }
  return out;
}

function pivot(series, value, keepGroups) {
  const months = monthsBetween(series);
  const idx = new Map(months.map((m, i) => [m, i]));
  const groups = new Map();
  for (const b of series) {
    let g = b.group == null ? "unknown" : b.group;
    if (keepGroups && !keepGroups.includes(g)) g = "other";
    if (!groups.has(g)) groups.set(g, new Array(months.length).fill(0));
    groups.get(g)[idx.get(b.period)] += b[value];
  }
  return { months, groups };
}

function drawChart(id, type, labels, datasets, options) {
  if (charts[id]) charts[id].destroy();
  charts[id] = new Chart(document.getElementById(id), {
    type, data: { labels, datasets },
    options: Object.assign({ responsive: true, maintainAspectRatio: false, animation: false,
      plugins: { legend: { labels: { boxWidth: 10, font: { size: 10 } } } },
      scales: { x: { stacked: true, ticks: { font: { size: 9 } } }, y: { stacked: true, beginAtZero: true } } }, options || {})
  });
  return datasets.reduce((n, d) => n + d.data.filter(v => v > 0).length, 0);
}

async function loadCharts(params) {
  const p1 = new URLSearchParams(params); p1.set("group", "type");
  const p2 = new URLSearchParams(params); p2.set("group", "admin1");
  // The setting chart counts attacks (not protests, riots or strategic developments) unless a
  // type is chosen.
  const p3 = new URLSearchParams(params); p3.set("group", "setting");
  if (!p3.get("type") && attackTypes.length) p3.set("type", attackTypes.join(","));
  const [byType, byAdmin, bySetting] = await Promise.all([
    api("/api/stats/timeseries", p1), api("/api/stats/timeseries", p2), api("/api/stats/timeseries", p3)]);
  let points = 0;
  {
    const { months, groups } = pivot(byType.series, metric);
    const ds = [...groups].map(([g, data]) => ({ label: g, data, backgroundColor: typeColor(g) }));
    points += drawChart("chart-type", "bar", months, ds);
    const noun = metric === "events" ? "Events" : "Fatalities";
    document.getElementById("caption-type").textContent = noun + " per month by type";
    document.getElementById("caption-admin1").textContent = noun + " per month by governorate";
  }
  {
    const totals = new Map();
    for (const b of byAdmin.series) totals.set(b.group, (totals.get(b.group) || 0) + b[metric]);
    const top = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 7).map(x => x[0] == null ? "unknown" : x[0]);
    const { months, groups } = pivot(byAdmin.series, metric, top);
    const ds = [...groups].map(([g, data], i) => ({ label: g, data, backgroundColor: PALETTE[i % PALETTE.length] }));
    points += drawChart("chart-admin1", "bar", months, ds);
  }
  {
    const { months, groups } = pivot(bySetting.series, "events");
    const sums = months.map((_, i) => [...groups.values()].reduce((s, d) => s + d[i], 0));
    const order = ["urban", "rural", "desert", "unknown"].filter(g => groups.has(g));
    const ds = order.map(g => ({ label: g, backgroundColor: SETTING_COLORS[g],
      data: groups.get(g).map((v, i) => sums[i] ? Math.round(1000 * v / sums[i]) / 10 : 0) }));
    points += drawChart("chart-setting", "bar", months, ds, { scales: { x: { stacked: true, ticks: { font: { size: 9 } } }, y: { stacked: true, max: 100, title: { display: true, text: "%" } } } });
  }
  status.chartPoints = points;
  document.body.dataset.chartPoints = points;
}

// ---------- totals, table ----------

async function loadSummary(params) {
  const s = await api("/api/stats/summary", params);
  const box = document.getElementById("totals");
  const item = (n, label) => el("span", {}, el("b", { text: n.toLocaleString() }), " " + label);
  box.replaceChildren(item(s.events, params.get("reports") ? "reports" : "events"), item(s.fatalities, "killed"),
    item(s.articles, "articles"), el("span", { text: s.first_date ? s.first_date + " → " + s.last_date : "no events" }));
  return s;
}

function eventRow(e) {
  return el("tr", { onclick: () => showEvent(e.id) },
    el("td", { text: e.date }), el("td", { text: e.sub_event_type }),
    el("td", { text: [e.location, e.admin1].filter(Boolean).join(", ") }),
    el("td", { text: [e.actor1, e.actor2].filter(Boolean).join(" vs ") }),
    el("td", { text: String(e.incident_fatalities) }), el("td", { text: String(e.sources_count) }));
}

async function loadTable(params, append) {
  const p = new URLSearchParams(params);
  p.set("limit", "50");
  p.set("evidence", "false");
  if (append && nextCursor) p.set("cursor", nextCursor);
  const r = await api("/api/events", p);
  const body = document.querySelector("#events tbody");
  if (!append) body.replaceChildren();
  for (const e of r.events) body.append(eventRow(e));
  nextCursor = r.next_cursor;
  document.getElementById("more").hidden = !nextCursor;
  document.body.dataset.rows = body.children.length;
}

// ---------- wiring ----------

async function refresh() {
  const params = currentFilters();
  if (openEvent) params.set("event", openEvent);
  if (metric !== "events") params.set("metric", metric);
  const qs = params.toString();
  params.delete("event");
  params.delete("metric");
  history.replaceState(null, "", qs ? "?" + qs : location.pathname);
  for (const [id, fmt] of [["export-csv", "acled-csv"], ["export-geojson", "geojson"]]) {
    const p = new URLSearchParams(params); p.set("format", fmt);
    document.getElementById(id).href = "/api/export?" + p.toString();
  }
  document.body.dataset.ready = "0";
  try {
    await Promise.all([loadSummary(params), loadMap(params), loadCharts(params), loadTable(params, false)]);
    document.body.dataset.ready = "1";
  } catch (err) {
    showError("Could not load", err);
    document.body.dataset.ready = "error";
  }
}

async function init() {
  initMap();
  const meta = await api("/api/taxonomy");
  types = meta.types;
  attackTypes = meta.attack_types;
  const typeSelect = document.querySelector("select[name=type]");
  for (const t of types) typeSelect.append(el("option", { value: t, text: t }));
  const legend = document.getElementById("legend");
  legend.replaceChildren(el("b", { text: "Event types" }), ...types.map((t, i) => el("div", {}, el("span", { class: "swatch-" + i }), t)));
  const all = await api("/api/stats/summary", new URLSearchParams({ top: "100" }));
  const adminSelect = document.querySelector("select[name=admin1]");
  for (const c of all.by_admin1) if (c.key) adminSelect.append(el("option", { value: c.key, text: c.key + " (" + c.events + ")" }));
  applyURLToForm();
  openEvent = new URLSearchParams(location.search).get("event");
  metric = new URLSearchParams(location.search).get("metric") === "fatalities" ? "fatalities" : "events";
  const metricSelect = document.getElementById("metric");
  metricSelect.value = metric;
  metricSelect.addEventListener("change", () => { metric = metricSelect.value; refresh(); });
  document.getElementById("filters").addEventListener("submit", ev => { ev.preventDefault(); refresh(); });
  document.getElementById("reset").addEventListener("click", () => { document.getElementById("filters").reset(); refresh(); });
  document.getElementById("more").addEventListener("click", () => loadTable(currentFilters(), true));
  window.addEventListener("popstate", () => { applyURLToForm(); refresh(); });
  await refresh();
  if (openEvent && /^[0-9]+$/.test(openEvent)) await showEvent(openEvent);
}

init().catch(err => { showError("Could not start", err); document.body.dataset.ready = "error"; });

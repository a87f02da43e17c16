// veille's page: search, an article with its facts marked, entities, a map, stories and figures, over /api.
// Article text is hostile: everything from the store enters the page as text nodes or attribute values
// set one by one (never innerHTML), links are built here from ids, and the page's CSP forbids inline script.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const FILTERS = ["entity", "place", "bbox", "since", "until", "event_type", "category"];
const PAGE = 20;

// -- building the page, safely ---------------------------------------------------------------------

function put(node, attrs) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name)) throw new Error("no event handler attributes: " + name);
    if (name === "class") node.setAttribute("class", value);
    else if (name === "text") node.textContent = String(value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
}

function add(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// a node's children replaced by these (nulls left out)
function fill(node, ...children) {
  node.replaceChildren();
  return add(node, children);
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  put(node, attrs);
  return add(node, children);
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  put(node, attrs);
  return add(node, children);
}

function link(route, text, attrs) {
  return el("a", Object.assign({ href: "#" + route }, attrs || {}), text);
}

function articleRoute(id) {
  return "/article/" + encodeURIComponent(id);
}

// -- the API ----------------------------------------------------------------------------------------

class ApiError extends Error {
  constructor(body, status) {
    super((body && body.message) || "the server answered " + status);
    this.code = (body && body.code) || "http_" + status;
    this.parameter = body && body.parameter;
  }
}

async function api(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== "") query.set(k, v);
  }
  const url = "/api" + path + (query.toString() ? "?" + query : "");
  const response = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(body && body.error, response.status);
  return body;
}

function failure(error) {
  const where = error.parameter ? " (" + error.parameter + ")" : "";
  return el("p", { class: "error", role: "alert" }, error.code ? error.code + where + ": " : "", error.message);
}

// -- routing ----------------------------------------------------------------------------------------

function currentRoute() {
  const hash = location.hash.replace(/^#/, "") || "/search";
  const [path, query] = hash.split("?");
  return { parts: path.split("/").filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query || "") };
}

function go(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== "") query.set(k, v);
  location.hash = path + (query.toString() ? "?" + query : "");
}

const VIEWS = { search: searchView, article: articleView, entities: entitiesView, entity: entityView, map: mapView,
  stories: storiesView, story: storyView, figures: figuresView };

async function route() {
  const { parts, params } = currentRoute();
  const name = parts[0] in VIEWS ? parts[0] : "search";
  const main = document.getElementById("main");
  for (const a of document.querySelectorAll("nav a[data-view]")) {
    const on = a.dataset.view === name || (name === "article" && a.dataset.view === "search")
      || (name === "story" && a.dataset.view === "stories") || (name === "entity" && a.dataset.view === "entities");
    if (on) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
  }
  fill(main, el("p", { class: "muted" }, "Loading…"));
  try {
    await VIEWS[name](main, parts.slice(1), params);
  } catch (error) {
    fill(main, failure(error));
  }
}

// -- the filters form, shared by the views ------------------------------------------------------------

const FILTER_LABELS = {
  entity: ["Entity", "name or Q-id"], place: ["Place", "Mossoul, IQ"], bbox: ["Box", "W,S,E,N"],
  since: ["Since", "YYYY-MM-DD"], until: ["Until", "YYYY-MM-DD"], event_type: ["Event type", "ASSAULT, Battles"],
  category: ["Category", "killed"],
};

function filtersForm(params, options) {
  const fields = [];
  if (options.query) {
    fields.push(el("label", { class: "q" }, "Words",
      el("input", { type: "search", name: "q", value: params.get("q") || "", placeholder: "Mossoul, \"a phrase\", word*" })));
  }
  for (const name of options.filters || FILTERS) {
    const [label, hint] = FILTER_LABELS[name];
    fields.push(el("label", {}, label, el("input", { name, value: params.get(name) || "", placeholder: hint })));
  }
  for (const extra of options.extra || []) fields.push(extra);
  fields.push(el("button", { type: "submit" }, options.button || "Search"));
  const form = el("form", { class: "filters", role: "search" }, fields);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const chosen = {};
    for (const [k, v] of new FormData(form).entries()) if (String(v).trim()) chosen[k] = String(v).trim();
    go(options.path, chosen);
  });
  return form;
}

function filterValues(params, names) {
  const out = {};
  for (const name of names || FILTERS) if (params.get(name)) out[name] = params.get(name);
  return out;
}

function pager(page, params, path) {
  const offset = page.offset, shown = page.items.length;
  const line = el("div", { class: "pager" });
  const move = (to) => {
    const next = Object.fromEntries(params.entries());
    next.offset = String(Math.max(0, to));
    go(path, next);
  };
  const prev = el("button", { type: "button", disabled: offset === 0 }, "← Previous");
  prev.addEventListener("click", () => move(offset - page.limit));
  const next = el("button", { type: "button", disabled: offset + shown >= page.total }, "Next →");
  next.addEventListener("click", () => move(offset + page.limit));
  add(line, [prev, el("span", { class: "muted" },
    page.total ? `${offset + 1}–${offset + shown} of ${page.total}` : "nothing found"), next]);
  return line;
}

// -- search -------------------------------------------------------------------------------------------

async function searchView(main, _parts, params) {
  const form = filtersForm(params, { query: true, path: "/search" });
  fill(main, el("h1", {}, "Search the store"), form);
  const page = await api("/articles", Object.assign(filterValues(params),
    { q: params.get("q"), limit: PAGE, offset: params.get("offset") || 0 }));
  const list = el("ol", { class: "hits", "aria-label": "Articles found" });
  for (const hit of page.items) {
    const passage = el("p", { class: "passage" });
    for (const piece of hit.passage) passage.appendChild(piece.match ? el("mark", {}, piece.text) : document.createTextNode(piece.text));
    const copies = hit.sources > 1 ? ` · ${hit.sources - 1} copies` : "";
    list.appendChild(el("li", {},
      link(articleRoute(hit.id), hit.title || hit.id, { class: "hit" }),
      el("div", { class: "meta" }, (hit.published || "undated") + " · " + (hit.places.slice(0, 6).join(", ") || "no place")
        + copies + " · " + hit.id),
      passage));
  }
  add(main, [el("p", { class: "muted", role: "status" }, `${page.total} article${page.total === 1 ? "" : "s"}`), list,
    pager(page, params, "/search")]);
}

// -- an article, every fact marked --------------------------------------------------------------------

// which colour a piece of text takes when several facts cover it: the most precise first
const KIND_ORDER = ["quantity", "time", "place", "event", "entity", "counted", "cue", "statement"];
const KIND_NAMES = { quantity: "Quantities", time: "Times", place: "Places", event: "Events", entity: "Entities",
  statement: "Statements" };

function marksOf(a) {
  const marks = [];
  const mark = (span, kind, id) => { if (span && span[1] > span[0]) marks.push({ start: span[0], end: span[1], kind, id }); };
  for (const e of a.entities) for (const m of e.mentions) mark(m, "entity", e.id);
  for (const p of a.places) for (const m of p.mentions) mark(m, "place", p.id);
  for (const t of a.times) mark(t.span, "time", t.id);
  for (const q of a.quantities) { mark(q.span, "quantity", q.id); if (q.counted) mark(q.counted.span, "counted", q.id); }
  for (const s of a.statements) { mark(s.content.span, "statement", s.id); if (s.cue) mark(s.cue.span, "cue", s.id); }
  for (const v of a.events) for (const m of v.mentions.length ? v.mentions : [v.trigger]) mark(m.span, "event", v.id);
  return marks;
}

function markedText(text, marks, lang) {
  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(Math.max(0, Math.min(text.length, m.start))); cuts.add(Math.max(0, Math.min(text.length, m.end))); }
  const points = [...cuts].sort((x, y) => x - y);
  const body = el("div", { class: "body", lang: lang || null });
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = marks.filter((m) => m.start <= from && m.end >= to);
    const piece = text.slice(from, to);
    if (!covering.length) { body.appendChild(document.createTextNode(piece)); continue; }
    covering.sort((x, y) => KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) || (x.end - x.start) - (y.end - y.start));
    const kinds = [...new Set(covering.map((m) => m.kind))];
    const span = el("span", { class: "m " + kinds.map((k) => "k-" + k).join(" "),
      "data-ids": [...new Set(covering.map((m) => m.id))].join(" "), "data-kind": covering[0].kind }, piece);
    body.appendChild(span);
  }
  return body;
}

function recordIndex(a) {
  const byId = {};
  for (const kind of ["entities", "places", "times", "quantities", "statements", "events"]) {
    for (const r of a[kind]) byId[r.id] = { kind, r };
  }
  return byId;
}

function nameOf(byId, id, text) {
  if (!id || !byId[id]) return null;
  const { kind, r } = byId[id];
  if (kind === "times") return r.text ? `${r.text} (${r.value || r.type})` : r.value;
  if (kind === "quantities") return r.text;
  if (kind === "statements") return "«" + r.content.text.slice(0, 80) + (r.content.text.length > 80 ? "…" : "") + "»";
  if (kind === "events") return r.type + " (" + r.trigger.text + ")";
  return r.name || text;
}

function speakerOf(byId, s) {
  return nameOf(byId, s.speaker) || s.speaker_text;
}

// rows of what a record says, and the records it is linked to (whose spans light up with it)
function describe(byId, id) {
  const { kind, r } = byId[id];
  const rows = [];
  const row = (label, value) => { if (value !== null && value !== undefined && value !== "") rows.push([label, String(value)]); };
  let title = "", linked = [];
  if (kind === "quantities") {
    title = "Quantity: " + r.text;
    const value = r.value !== null ? r.value : [r.low, r.high].filter((x) => x !== null).join(" – ");
    row("value", value + (r.approx !== "exact" ? ` (${r.approx})` : "") + (r.unit ? " " + r.unit : ""));
    if (r.counted) { row("counts", r.counted.text); row("category", r.counted.category); }
    row("whose", nameOf(byId, r.entity)); row("where", nameOf(byId, r.place)); row("when", nameOf(byId, r.time));
    if (r.statement && byId[r.statement]) row("said by", speakerOf(byId, byId[r.statement].r));
    if (r.change) row("changed from", nameOf(byId, r.change.from));
    linked = [r.entity, r.place, r.time, r.statement, r.change && r.change.from];
  } else if (kind === "statements") {
    title = "Statement";
    row("speaker", speakerOf(byId, r)); row("cue", r.cue && r.cue.text); row("kind", r.kind);
    row("hedged", r.hedged ? "yes" : "no"); row("when", nameOf(byId, r.time)); row("channel", r.channel && r.channel.text);
    row("content", r.content.text);
    linked = [r.speaker, r.time];
  } else if (kind === "events") {
    title = "Event: " + r.type;
    if (r.acled) { row("ACLED", r.acled.event_type + " / " + r.acled.sub_event_type); row("actor 1", r.acled.actor1); row("actor 2", r.acled.actor2); }
    row("trigger", r.trigger.text); row("agent", nameOf(byId, r.agent)); row("target", nameOf(byId, r.target));
    row("place", nameOf(byId, r.place)); row("date", nameOf(byId, r.time)); row("modality", r.modality);
    row("fatalities", r.fatalities); row("primary", r.primary ? "yes" : null); row("background", r.background ? "yes" : null);
    if (r.statement && byId[r.statement]) row("reported by", speakerOf(byId, byId[r.statement].r));
    linked = [r.agent, r.target, r.place, r.time, r.statement, ...(r.quantities || [])];
  } else if (kind === "places") {
    title = "Place: " + r.name;
    row("country", r.country); row("feature", r.feature);
    row("coordinates", r.lat !== null ? `${r.lat.toFixed(3)}, ${r.lon.toFixed(3)}` : null); row("geonameid", r.geonameid);
    row("mentions", r.mentions.length);
    linked = [r.entity];
  } else if (kind === "times") {
    title = "Time: " + (r.text || r.value);
    row("type", r.type); row("value", r.value); row("anchor", r.anchor);
  } else {
    title = r.type + ": " + r.name;
    row("roles", (r.roles || []).join(", ")); row("Wikidata", r.wikidata); row("mentions", r.mentions.length);
    row("references", (r.references || []).length || null);
  }
  return { title, rows, linked: linked.filter((x) => x && byId[x]) };
}

async function articleView(main, parts) {
  const id = parts.join("/");
  const a = await api("/articles/" + encodeURIComponent(id));
  const byId = recordIndex(a);
  const body = markedText(a.text, marksOf(a), a.lang);
  const inspector = el("div", { class: "inspector", id: "inspector", "aria-live": "polite" },
    el("p", { class: "muted" }, "Hover or select a marked span, or choose a fact below, to see its record."));
  let pinned = null;

  const spansOf = (rid) => body.querySelectorAll(`[data-ids~="${CSS.escape(rid)}"]`);
  const clear = (cls) => { for (const s of body.querySelectorAll("." + cls)) s.classList.remove(cls); };
  // the record's own spans are "chosen"; those of the records it links to (a figure's counted words,
  // its place, time and statement; a statement's speaker; an event's actors) are "linked"
  function show(ids) {
    clear("linked"); clear("chosen");
    const [rid, ...others] = ids.filter((x) => byId[x]);
    if (!rid) { fill(inspector, el("p", { class: "muted" }, "No record here.")); return; }
    const d = describe(byId, rid);
    for (const s of spansOf(rid)) {
      // a figure's counted words carry its id too: they are linked to it, not it
      const counted = byId[rid].kind === "quantities" && !s.classList.contains("k-quantity");
      s.classList.add(counted ? "linked" : "chosen");
    }
    for (const other of d.linked) for (const s of spansOf(other)) if (!s.classList.contains("chosen")) s.classList.add("linked");
    const also = others.map((o) => describe(byId, o).title);
    fill(inspector, el("h3", {}, d.title), el("dl", {}, d.rows.map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)])),
      also.length ? el("p", { class: "muted" }, "Also within: " + also.join("; ")) : null);
  }
  const spanIds = (span) => {
    const ids = span.dataset.ids.split(" ");
    const first = ids.filter((x) => byId[x] && byId[x].kind.startsWith(span.dataset.kind));
    return [...new Set([...first, ...ids])];
  };
  body.addEventListener("mouseover", (event) => {
    const span = event.target.closest(".m");
    if (span && !pinned) show(spanIds(span));
  });
  body.addEventListener("click", (event) => {
    const span = event.target.closest(".m");
    if (!span) return;
    pinned = spanIds(span);
    show(pinned);
  });

  const facts = el("div", { class: "facts" });
  const buttons = [];
  for (const [kind, label] of [["quantities", "Quantities"], ["statements", "Statements"], ["events", "Events"],
    ["places", "Places"], ["times", "Times"], ["entities", "Entities"]]) {
    const list = el("ul", {});
    for (const r of a[kind]) {
      const d = describe(byId, r.id);
      const what = kind === "quantities" && r.counted ? " · " + r.counted.text : kind === "statements" ? " · " + (speakerOf(byId, r) || "?") : "";
      const button = el("button", { type: "button", "data-record": r.id, "aria-pressed": "false" }, d.title + what);
      button.addEventListener("click", () => {
        for (const b of buttons) b.setAttribute("aria-pressed", String(b === button));
        pinned = [r.id];
        show(pinned);
        const first = spansOf(r.id)[0];
        if (first) first.scrollIntoView({ block: "center" });
      });
      button.addEventListener("focus", () => { if (!pinned) show([r.id]); });
      buttons.push(button);
      list.appendChild(el("li", {}, button));
    }
    facts.appendChild(el("details", { open: kind === "quantities" || kind === "statements" || kind === "events" },
      el("summary", {}, `${label} (${a[kind].length})`), list));
  }
  const legend = el("div", { class: "legend", "aria-label": "Colours" },
    ["place", "time", "quantity", "entity", "event", "statement"].map((k) =>
      el("span", {}, el("span", { class: "swatch sw-" + k }), KIND_NAMES[k] || k)));
  const sources = a.sources.length > 1 ? el("p", { class: "muted" }, `Received ${a.sources.length} times: `
    + a.sources.map((s) => (s.source || "?") + " (" + (s.similarity ?? 1) + ")").join(", ")) : null;
  fill(main);
  add(main, [
    el("p", {}, link("/search", "← Search")),
    el("h1", {}, a.title || a.id),
    el("p", { class: "muted" }, [a.published || "undated", a.lang, a.id].filter(Boolean).join(" · ")),
    sources,
    el("div", { class: "article" }, body,
      el("aside", { "aria-label": "Facts" }, legend, inspector, el("h2", {}, "Facts"), facts))]);
}

// -- the map ------------------------------------------------------------------------------------------

let WORLD = null;
const EVENT_COLOURS = {
  "Battles": "#c0392b", "Explosions/Remote violence": "#8e44ad", "Violence against civilians": "#d35400",
  "Protests": "#2980b9", "Riots": "#16a085", "Strategic developments": "#7f8c8d",
};
const OTHER_COLOUR = "#34495e";

// a dot's radius in screen pixels: grows with the deaths, on a log scale (tolls run from 1 to
// millions, and an extraction error must not cover a continent), at most 18
function radius(fatalities) {
  return Math.min(18, 4 + 2.5 * Math.log2(1 + (fatalities || 0)));
}

function colourOf(props) {
  return EVENT_COLOURS[props.event_type] || OTHER_COLOUR;
}

async function world() {
  if (!WORLD) {
    const response = await fetch("/static/world-110m.json");
    WORLD = await response.json();
  }
  return WORLD;
}

function fitBox(points) {
  if (!points.length) return [-180, -85, 360, 170];
  let [w, e, s, n] = [180, -180, 90, -90];
  for (const [lon, lat] of points) { w = Math.min(w, lon); e = Math.max(e, lon); s = Math.min(s, lat); n = Math.max(n, lat); }
  const width = Math.max(24, (e - w) * 1.4), height = Math.max(14, (n - s) * 1.4, width / 2);
  const fullWidth = Math.max(width, height * 2);
  const cx = (w + e) / 2, cy = -(s + n) / 2;
  return [cx - fullWidth / 2, cy - fullWidth / 4, fullWidth, fullWidth / 2];
}

async function mapView(main, _parts, params) {
  const background = el("label", { class: "check" },
    el("input", { type: "checkbox", name: "include_background", value: "true", checked: params.get("include_background") === "true" }),
    "past events too");
  const form = filtersForm(params, { path: "/map", button: "Show", extra: [background] });
  const filters = filterValues(params);
  const [atlas, geo, places] = await Promise.all([world(),
    api("/events.geojson", Object.assign({ include_background: params.get("include_background") || undefined }, filters)),
    api("/places", Object.assign({ limit: 500 }, filters))]);
  const map = svg("svg", { class: "map", role: "group", "aria-label": `Map: ${geo.total} events`,
    preserveAspectRatio: "xMidYMid meet", tabindex: "0" });
  map.appendChild(svg("g", { "aria-hidden": "true" }, atlas.countries.map((c) =>
    svg("path", { class: "country", d: c.d }, svg("title", {}, c.name || "")))));
  const placesLayer = svg("g", { class: "places" });
  for (const p of places.items) {
    if (p.lat === null || p.lon === null) continue;
    placesLayer.appendChild(svg("circle", { class: "placedot", cx: p.lon, cy: -p.lat, r: 0.35 },
      svg("title", {}, `${p.name}: ${p.articles} article${p.articles === 1 ? "" : "s"}`)));
  }
  map.appendChild(placesLayer);
  const panel = el("div", { class: "inspector", id: "event-panel", "aria-live": "polite" },
    el("p", { class: "muted" }, "Select an event (click, or Tab then Enter) to see its sources."));
  const eventsLayer = svg("g", { class: "events" });
  const features = [...geo.features].sort((x, y) => (y.properties.fatalities || 0) - (x.properties.fatalities || 0));
  let view = fitBox(features.map((f) => f.geometry.coordinates));
  const dots = [];
  for (const f of features) {
    const p = f.properties;
    const [lon, lat] = f.geometry.coordinates;
    const kind = p.event_type ? `${p.event_type} / ${p.sub_event_type}` : p.type;
    const label = `${kind} at ${p.place || "?"}, ${p.date || "undated"}` + (p.fatalities ? `, ${p.fatalities} killed` : "");
    const dot = svg("circle", { class: "event", cx: lon, cy: -lat, fill: colourOf(p), tabindex: "0", role: "button",
      "aria-label": label, "data-id": p.id }, svg("title", {}, label));
    dots.push([dot, p]);
    const choose = () => {
      for (const [d] of dots) d.classList.remove("chosen");
      dot.classList.add("chosen");
      fill(panel, el("h3", {}, kind), el("dl", {},
        [["date", p.date], ["place", [p.place, p.country].filter(Boolean).join(", ")], ["actors", [p.actor1, p.actor2].filter(Boolean).join(" / ")],
          ["fatalities", p.fatalities], ["modality", p.modality], ["past event", p.background ? "yes" : null]]
          .filter(([, v]) => v !== null && v !== undefined && v !== "").map(([k, v]) => [el("dt", {}, k), el("dd", {}, String(v))])),
        p.notes ? el("p", {}, p.notes) : null,
        el("h3", {}, `Sources (${p.sources.length})`),
        el("ul", {}, p.sources.map((s) => el("li", {}, link(articleRoute(s.article), s.article),
          ` (${s.event}) `, s.published || "", s.fatalities !== null && s.fatalities !== undefined ? ` · ${s.fatalities} killed` : ""))));
    };
    dot.addEventListener("click", choose);
    dot.addEventListener("keydown", (event) => { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); choose(); } });
    eventsLayer.appendChild(dot);
  }
  map.appendChild(eventsLayer);
  const draw = () => {
    map.setAttribute("viewBox", view.map((x) => x.toFixed(3)).join(" "));
    const unit = view[2] / 900;  // degrees per screen pixel, about
    for (const [dot, p] of dots) dot.setAttribute("r", (radius(p.fatalities) * unit).toFixed(4));
    for (const c of placesLayer.children) c.setAttribute("r", (2.5 * unit).toFixed(4));
  };
  const zoom = (factor) => {
    const [x, y, w, h] = view;
    view = [x + w * (1 - factor) / 2, y + h * (1 - factor) / 2, w * factor, h * factor];
    draw();
  };
  const pan = (dx, dy) => { view = [view[0] + dx * view[2], view[1] + dy * view[3], view[2], view[3]]; draw(); };
  map.addEventListener("keydown", (event) => {
    const moves = { ArrowLeft: [-0.1, 0], ArrowRight: [0.1, 0], ArrowUp: [0, -0.1], ArrowDown: [0, 0.1] };
    if (event.target !== map) return;
    if (moves[event.key]) { event.preventDefault(); pan(...moves[event.key]); }
    if (event.key === "+" || event.key === "=") zoom(0.7);
    if (event.key === "-") zoom(1 / 0.7);
  });
  const button = (text, label, action) => {
    const b = el("button", { type: "button", "aria-label": label }, text);
    b.addEventListener("click", action);
    return b;
  };
  const types = [...new Set(geo.features.map((f) => f.properties.event_type || "other"))];
  const key = el("div", { class: "keyline", "aria-label": "Event colours" }, types.map((t) =>
    el("span", {}, svg("svg", { width: 12, height: 12, "aria-hidden": "true" }, svg("circle", { cx: 6, cy: 6, r: 5, fill: EVENT_COLOURS[t] || OTHER_COLOUR })), " ", t)),
  el("span", { class: "muted" }, "size: deaths (log scale); grey dots: places named"));
  const placesToggle = el("label", { class: "check" }, el("input", { type: "checkbox", checked: true }), " places");
  placesToggle.querySelector("input").addEventListener("change", (event) => {
    placesLayer.style.display = event.target.checked ? "" : "none";
  });
  draw();
  fill(main, el("h1", {}, "Map of events and places"), form,
    el("div", { class: "map-tools" }, button("+", "Zoom in", () => zoom(0.7)), button("−", "Zoom out", () => zoom(1 / 0.7)),
      button("World", "Whole world", () => { view = [-180, -85, 360, 170]; draw(); }),
      button("Fit", "Fit the events", () => { view = fitBox(features.map((f) => f.geometry.coordinates)); draw(); }),
      placesToggle, el("span", { class: "muted" }, `${geo.total} events placed · ${places.total} places · arrows pan, + and − zoom`)),
    el("div", { class: "mapview" }, el("div", {}, map, key), el("aside", { "aria-label": "Selected event" }, panel)),
    el("p", { class: "muted" }, "Country outlines: Natural Earth (public domain)."));
}

// -- entities and one entity's appearances --------------------------------------------------------------

const ENTITY_FILTERS = ["place", "since", "until", "event_type"];

function entityRoute(key) {
  return "/entity/" + encodeURIComponent(key);
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

async function entitiesView(main, _parts, params) {
  const form = filtersForm(params, { path: "/entities", filters: ENTITY_FILTERS, button: "Show", extra: [
    el("label", {}, "Name", el("input", { name: "name", value: params.get("name") || "", placeholder: "macron" })),
    el("label", {}, "Type", el("input", { name: "type", value: params.get("type") || "", placeholder: "PER, ORG" }))] });
  fill(main, el("h1", {}, "Entities"), form);
  const page = await api("/entities", Object.assign(filterValues(params, ENTITY_FILTERS),
    { name: params.get("name"), type: params.get("type"), limit: PAGE, offset: params.get("offset") || 0 }));
  const list = el("ol", { class: "entities", "aria-label": "Entities found" }, page.items.map((e) => el("li", {},
    link(entityRoute(e.key), e.name, { class: "entity" }),
    el("span", { class: "muted" }, ` ${e.type} · ${plural(e.articles, "article")} · ${plural(e.mentions, "mention")}`
      + (e.wikidata ? " · " + e.wikidata : "")))));
  add(main, [page.total ? list : el("p", { class: "muted" }, "No entity matches."), pager(page, params, "/entities")]);
}

function appearance(a) {
  const said = a.statements.map((s) => el("li", {}, el("span", { class: "badge b-statement" }, "said"),
    " «" + s.content.text + "»"));
  const did = a.events.map((e) => el("li", {}, el("span", { class: "badge b-event" }, e.type),
    ` ${e.agent === a.entity.id ? "does" : "undergoes"}: ${e.trigger.text}`
    + (e.modality && e.modality !== "asserted" ? ` (${e.modality})` : "")));
  return el("li", {},
    link(articleRoute(a.article), a.title || a.article), el("span", { class: "muted" }, ` (${a.published || "undated"})`),
    el("div", {}, "named as: " + [...new Set(a.mention_texts)].join(", ")),
    a.entity.roles.length ? el("div", {}, "roles: " + a.entity.roles.join(", ")) : null,
    said.length ? el("ul", { class: "said", "aria-label": "Statements" }, said) : null,
    did.length ? el("ul", { class: "did", "aria-label": "Events" }, did) : null);
}

async function entityView(main, parts, params) {
  const d = await api("/entities/" + encodeURIComponent(parts[0]), { limit: PAGE, offset: params.get("offset") || 0 });
  const seen = d.appearances;
  fill(main, el("p", {}, link("/entities", "← Entities")), el("h1", {}, d.name),
    el("p", { class: "muted" }, [d.type, d.wikidata, d.roles.length ? "roles: " + d.roles.join(", ") : null]
      .filter(Boolean).join(" · ")),
    el("h2", {}, `${plural(seen.total, "appearance")} (one per article and type)`),
    el("ol", { class: "appearances", "aria-label": "Appearances" }, seen.items.map(appearance)),
    pager(seen, params, entityRoute(parts[0])));
}

// -- stories and a story's timeline ---------------------------------------------------------------------

async function storiesView(main, _parts, params) {
  const form = filtersForm(params, { path: "/stories", filters: ["entity", "place", "since", "until"], button: "Show" });
  fill(main, el("h1", {}, "Stories"), form);
  const page = await api("/stories", Object.assign(filterValues(params, ["entity", "place", "since", "until"]),
    { limit: PAGE, offset: params.get("offset") || 0 }));
  const list = el("ol", { class: "stories" }, page.items.map((s) => el("li", {},
    link("/story/" + s.id, `Story ${s.id}: ${s.articles.length} articles, ${s.first || "?"} – ${s.last || "?"}`),
    el("div", { class: "muted" }, "actors: " + (s.actors.join(", ") || "–") + " · places: " + (s.places.join(", ") || "–")),
    el("div", {}, s.articles.slice(0, 3).map((a) => a.title || a.id).join(" · ")))));
  add(main, [page.total ? list : el("p", { class: "muted" }, "No story: `veille stories --db STORE` groups the articles into stories."),
    pager(page, params, "/stories")]);
}

function dayNumber(value) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value || "");
  return m ? Date.UTC(+m[1], (+m[2] || 1) - 1, +m[3] || 1) / 86400000 : null;
}

async function storyView(main, parts) {
  const t = await api("/stories/" + encodeURIComponent(parts[0]));
  const s = t.story;
  const dated = t.entries.filter((e) => dayNumber(e.date) !== null);
  const days = dated.map((e) => dayNumber(e.date));
  const [lo, hi] = [Math.min(...days), Math.max(...days)];
  const strip = svg("svg", { class: "strip", viewBox: "0 0 1000 70", preserveAspectRatio: "none", role: "img",
    "aria-label": `Timeline from ${s.first} to ${s.last}` });
  strip.appendChild(svg("line", { x1: 20, x2: 980, y1: 35, y2: 35, stroke: "#8d98a3" }));
  const x = (d) => 20 + (hi > lo ? (d - lo) / (hi - lo) : 0.5) * 960;
  for (const e of dated) {
    strip.appendChild(svg("circle", { class: "dot", cx: x(dayNumber(e.date)), cy: e.kind === "event" ? 25 : 45, r: 5,
      fill: e.kind === "event" ? "#c25e00" : "#8a7317" }, svg("title", {}, `${e.date}: ${e.text.slice(0, 100)}`)));
  }
  if (dated.length) {
    strip.appendChild(svg("text", { x: 20, y: 66 }, dated[0].date));
    strip.appendChild(svg("text", { x: 980, y: 66, "text-anchor": "end" }, dated[dated.length - 1].date));
  }
  const list = el("ol", { class: "timeline" }, t.entries.map((e) => el("li", {},
    el("span", {}, e.date || "undated"),
    el("span", {}, el("span", { class: "badge b-" + e.kind }, e.kind === "event" ? e.type : "said")),
    el("div", {},
      e.kind === "statement" ? el("strong", {}, (e.speaker || "someone") + ": ") : null,
      e.kind === "statement" ? "«" + e.text + "»" : e.text,
      el("div", { class: "muted" }, [e.place, e.modality && e.modality !== "asserted" ? e.modality : null,
        e.fatalities ? e.fatalities + " killed" : null, "source: "].filter(Boolean).join(" · "),
      link(articleRoute(e.article), e.title || e.article), ` (${e.published || "undated"})`)))));
  fill(main, el("p", {}, link("/stories", "← Stories")),
    el("h1", {}, `Story ${s.id}: ${s.articles.length} articles, ${s.first || "?"} – ${s.last || "?"}`),
    el("p", { class: "muted" }, "actors: " + (s.actors.join(", ") || "–") + " · places: " + (s.places.join(", ") || "–")),
    strip, el("h2", {}, `${t.entries.length} dated events and statements`), list);
}

// -- figures ----------------------------------------------------------------------------------------------

function chart(series) {
  const box = svg("svg", { class: "chart", viewBox: "0 0 800 340", role: "img", "aria-label": "Chart of " + series.label });
  const points = series.points.map((p) => {
    const day = dayNumber(p.moment);
    const low = p.value !== null ? p.value : (p.low !== null ? p.low : 0);
    const high = p.value !== null ? p.value : (p.high !== null ? p.high : low);
    return { p, day, low, high, mid: p.value !== null ? p.value : (low + high) / 2 };
  }).filter((x) => x.day !== null);
  if (!points.length) return el("p", { class: "muted" }, "No figure of this series has a date to draw it at.");
  const days = points.map((x) => x.day), top = Math.max(...points.map((x) => x.high)) * 1.15 || 1;
  const [d0, d1] = [Math.min(...days), Math.max(...days)];
  const Xday = (d) => 60 + (d1 > d0 ? (d - d0) / (d1 - d0) : 0.5) * 700, Y = (v) => 300 - (v / top) * 270;
  box.appendChild(svg("line", { class: "axis", x1: 60, x2: 770, y1: 300, y2: 300 }));
  box.appendChild(svg("line", { class: "axis", x1: 60, x2: 60, y1: 25, y2: 300 }));
  for (let i = 0; i <= 4; i++) {
    const v = (top / 4) * i;
    box.appendChild(svg("text", { x: 54, y: Y(v) + 4, "text-anchor": "end" }, Math.round(v).toLocaleString("en")));
  }
  const byDay = [...points].sort((x, y) => x.day - y.day);
  box.appendChild(svg("text", { x: 60, y: 320 }, byDay[0].p.moment));
  box.appendChild(svg("text", { x: 770, y: 320, "text-anchor": "end" }, byDay[byDay.length - 1].p.moment));
  const clashing = new Set(series.contradictions.flatMap((c) => [c.a, c.b]));
  const sameDay = {};  // figures of one day side by side, in the series' order
  for (const x of points) sameDay[x.day] = (sameDay[x.day] || 0) + 1;
  const seen = {};
  const X = (d) => {
    seen[d] = (seen[d] || 0) + 1;
    return Xday(d) + (seen[d] - (sameDay[d] + 1) / 2) * Math.min(36, 40 / sameDay[d]);
  };
  for (const x of points) {
    const key = x.p.article + "/" + x.p.quantity, at = X(x.day);
    if (x.high > x.low) box.appendChild(svg("line", { class: "range", x1: at, x2: at, y1: Y(x.low), y2: Y(x.high) }));
    box.appendChild(svg("circle", { class: "pt", cx: at, cy: Y(x.mid), r: 5 },
      svg("title", {}, `${x.p.text} (${x.p.moment}) — ${x.p.article}`)));
    if (clashing.has(key)) box.appendChild(svg("circle", { class: "clash", cx: at, cy: Y(x.mid), r: 10 }));
    if (points.length <= 12 || clashing.has(key)) box.appendChild(svg("text", { x: at + 7, y: Y(x.mid) - 7 }, x.p.text));
  }
  return box;
}

function seriesDetail(series) {
  const clashing = new Set(series.contradictions.flatMap((c) => [c.a, c.b]));
  const rows = series.points.map((p) => el("tr", { class: clashing.has(p.article + "/" + p.quantity) ? "clashing" : null },
    el("td", {}, p.text), el("td", {}, p.counted), el("td", {}, p.time_value || p.moment || "undated"),
    el("td", {}, p.speaker || "–", p.hedged ? " (hedged)" : ""), el("td", {}, link(articleRoute(p.article), p.article))));
  return el("div", {}, el("h2", {}, series.label), chart(series),
    series.contradictions.length ? el("div", {}, el("h2", {}, `Contradictions (${series.contradictions.length})`),
      el("ul", {}, series.contradictions.map((c) => el("li", {}, c.a_text, " vs ", c.b_text)))) : el("p", { class: "muted" }, "No contradiction."),
    el("table", { class: "sources" }, el("thead", {}, el("tr", {}, ["figure", "counts", "when", "speaker", "source"].map((h) => el("th", {}, h)))),
      el("tbody", {}, rows)));
}

async function figuresView(main, _parts, params) {
  const words = el("label", {}, "Series", el("input", { name: "series", value: params.get("series") || "", placeholder: "United States" }));
  const form = filtersForm(params, { path: "/figures", button: "Show", extra: [words] });
  fill(main, el("h1", {}, "Figures over time"), form);
  const page = await api("/figures", Object.assign(filterValues(params), { series: params.get("series"),
    limit: 100, offset: params.get("offset") || 0 }));
  const detail = el("div", { class: "series", "aria-live": "polite" });
  const buttons = [];
  const choose = (i) => {
    buttons.forEach((b, j) => b.setAttribute("aria-pressed", String(i === j)));
    fill(detail, seriesDetail(page.items[i]));
  };
  const list = el("ul", { class: "serieslist", "aria-label": "Series" }, page.items.map((s, i) => {
    const b = el("button", { type: "button", "aria-pressed": "false" }, `${s.label} — ${s.points.length} figure${s.points.length === 1 ? "" : "s"}`,
      s.contradictions.length ? ` · ${s.contradictions.length} contradiction${s.contradictions.length === 1 ? "" : "s"}` : "");
    b.addEventListener("click", () => choose(i));
    buttons.push(b);
    return el("li", {}, b);
  }));
  add(main, [el("p", { class: "muted" }, `${page.total} series`), el("div", { class: "figures" }, list, detail), pager(page, params, "/figures")]);
  if (page.items.length) choose(0);
}

// -- start --------------------------------------------------------------------------------------------

async function storeLine() {
  try {
    const h = await api("/health");
    document.getElementById("store-line").textContent = `${h.articles} articles · ${h.writes ? "writes on" : "read-only"}`;
  } catch (error) {
    document.getElementById("store-line").textContent = "store unavailable";
  }
}

window.addEventListener("hashchange", route);
window.addEventListener("DOMContentLoaded", () => { storeLine(); route(); });

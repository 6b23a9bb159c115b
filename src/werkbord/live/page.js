"use strict";
// Every text from the board is set with textContent: no note can become markup.
const M = JSON.parse(document.getElementById("messages").textContent);
const $ = (id) => document.getElementById(id);
let last = null;          // the last state the server sent
let fetchedAt = 0;        // Date.now() when it came
let serverGone = false;

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}
function fmt(template, values) {
  return template.replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));
}
function hhmm(epochSeconds) {
  const d = new Date(epochSeconds * 1000);
  return String(d.getHours()).padStart(2, "0") + ":" + String(d.getMinutes()).padStart(2, "0");
}
function serverNow() {
  return last ? last.status.now + (Date.now() - fetchedAt) / 1000 : Date.now() / 1000;
}
function clock(seconds) {
  const s = Math.max(0, Math.ceil(seconds));
  return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
}

function renderStatus() {
  const st = last ? last.status : null;
  $("updated").textContent = st && st.last_ok ? fmt(M.updated, { time: hhmm(st.last_ok) }) : "";
  const stale = serverGone || (st && st.stale);
  $("stale").hidden = !stale;
  const why = serverGone ? M.page_offline : M.faltering;
  $("stale").textContent = ($("updated").textContent ? ", " : "") + why;
  if (st) {
    $("cadence").textContent = "· " + (st.watch_file ? M.on_save : fmt(M.every_seconds, { n: Math.round(st.interval) }));
  }
}

function renderTimer() {
  const t = last && last.status.timer;
  const box = $("timer");
  if (!t) { box.hidden = true; return; }
  box.hidden = false;
  let left = t.remaining;
  if (!t.paused && !t.stopped) left = Math.max(0, left - (Date.now() - fetchedAt) / 1000);
  let state = M.timer_left + " " + clock(left);
  if (t.stopped) state = M.timer_stopped;
  else if (left <= 0) state = M.timer_up;
  else if (t.paused) state += " · " + M.timer_paused;
  box.textContent = M.timer + " · " + t.title + " — " + state;
  box.classList.toggle("ended", t.stopped || left <= 0);
}

function quietMinutes(card) {
  if (card.changed_at === null || card.changed_at === undefined) return 0;
  return Math.max(0, Math.floor((serverNow() - card.changed_at) / 60));
}

function renderCard(card, quietLimit) {
  const box = el("article", "card");
  box.dataset.group = card.index;
  const minutes = quietMinutes(card);
  const h = el("h2");
  h.append(el("span", "name", card.name));
  // A group that wrote nothing yet is neither quiet nor busy: "nog niets geschreven" says it.
  if (card.written) {
    h.append(el("span", "since", minutes >= 1 ? fmt(M.quiet_since, { n: minutes }) : M.active));
  }
  box.append(h);
  if (minutes >= quietLimit) box.classList.add("quiet");
  if (!card.written) {
    box.classList.add("empty");
    box.append(el("p", "nothing", M.nothing_written));
  }
  box.append(el("h3", null, M.step1_notes));
  const t = el("table");
  for (const p of card.prompts) {
    const tr = el("tr");
    const label = el("td", "label", p.label);
    label.title = p.label;  // the full prompt when the card shortens it
    tr.append(label, el("td", p.count ? "n" : "n zero", p.count));
    t.append(tr);
  }
  box.append(t);
  const z = el("div", "row zones");
  z.append(el("span", "what", M.placed_abc));
  for (const k of ["A", "B", "C"]) z.append(el("span", "zone " + k, k + " " + card.zones[k]));
  z.append(el("span", "lane", card.lane + " " + M.in_lane));
  if (card.outside) z.append(el("span", "lane", "· " + card.outside + " " + M.outside_short));
  box.append(z);
  const f = el("div", "row forms");
  f.append(el("span", "what", M.forms_filled), el("strong", null, card.forms_filled + "/" + card.forms),
           el("span", null, M.forms_word));
  if (card.actions > card.forms_filled) f.append(el("span", "lane", "· " + card.actions + " " + M.free_actions));
  box.append(f);
  return box;
}

function renderGroups() {
  const s = last && last.session;
  $("waiting").hidden = !!s;
  if (!s) { $("groups").replaceChildren(); return; }
  const limit = last.status.quiet_minutes || 5;
  $("groups").replaceChildren(...s.groups.map((c) => renderCard(c, limit)));
}

function figure(f) {
  const fig = el("figure");
  fig.dataset.slug = f.slug;
  fig.append(el("figcaption", null, f.caption));
  const img = el("img");
  img.alt = f.caption;
  img.src = "/figure/" + encodeURIComponent(f.slug) + ".svg?v=" + encodeURIComponent(f.version);
  fig.append(img);
  if (f.note) fig.append(el("p", "fignote", f.note));
  return fig;
}

function sameFigures(box, figs) {
  const now = Array.from(box.children).map((c) => c.dataset.key || "");
  return now.length === figs.length && figs.every((f, i) => now[i] === f.slug + "@" + f.version);
}
function setFigures(box, figs) {
  if (sameFigures(box, figs)) return;  // unchanged pictures are not reloaded (no flicker)
  box.replaceChildren(...figs.map((f) => { const n = figure(f); n.dataset.key = f.slug + "@" + f.version; return n; }));
}

function renderPlenary() {
  const s = last && last.session;
  if (!s) return;
  const p = s.plenary;
  $("worked").textContent = p.worked;
  setFigures($("figs"), p.figures);
  setFigures($("survey"), p.survey ? [p.survey] : []);
  $("wanted-title").textContent = M.wanted_long;
  const items = p.wanted.map((w) => {
    const li = el("li");
    li.append(el("strong", null, w.name), document.createTextNode(" — " + w.count + " "), el("span", "who", "(" + w.groups + ")"));
    return li;
  });
  $("wanted").replaceChildren(...(items.length ? items : [el("li", "nothing", M.no_wanted_yet)]));
  $("actions-title").textContent = M.all_actions;
  const rows = [];
  if (p.actions.length) {
    const head = el("tr");
    for (const k of ["party", "group", "action", "owner", "deadline"]) head.append(el("th", null, M[k] || k));
    rows.push(head);
    for (const a of p.actions) {
      const tr = el("tr");
      for (const k of ["party", "group", "action", "owner", "deadline"]) tr.append(el("td", null, a[k]));
      rows.push(tr);
    }
  } else {
    const tr = el("tr");
    tr.append(el("td", "nothing", M.no_actions_yet));
    rows.push(tr);
  }
  $("actions").replaceChildren(...rows);
}

function render() {
  const s = last && last.session;
  if (s) {
    $("title").textContent = s.title + " · " + M.live_title;
    document.title = s.title + " · werkbord live";
    const raw = !s.pseudonymised;
    $("privacy").textContent = raw ? M.not_pseudonymised_live : M.privacy;
    $("privacy").classList.toggle("raw", raw);
  }
  renderStatus();
  renderTimer();
  renderGroups();
  renderPlenary();
}

async function poll() {
  try {
    const r = await fetch("/api/state", { cache: "no-store" });
    if (!r.ok) throw new Error(String(r.status));
    last = await r.json();
    fetchedAt = Date.now();
    serverGone = false;
    render();
  } catch (e) {
    serverGone = true;
    renderStatus();
  } finally {
    setTimeout(poll, 2000);
  }
}

function showPlenary(on) {
  document.body.classList.toggle("plenary", on);
  $("to-plenary").hidden = on;
  $("to-groups").hidden = !on;
  if (on && document.documentElement.requestFullscreen && !document.fullscreenElement) {
    document.documentElement.requestFullscreen().catch(() => {});
  } else if (!on && document.fullscreenElement) {
    document.exitFullscreen().catch(() => {});
  }
}

$("to-plenary").textContent = M.view_plenary;
$("to-groups").textContent = M.back_to_groups;
$("to-plenary").addEventListener("click", () => showPlenary(true));
$("to-groups").addEventListener("click", () => showPlenary(false));
$("privacy").textContent = M.privacy;
$("waiting").textContent = M.first_harvest;
showPlenary(location.hash === "#plenary" || location.hash === "#plenair");
// Quiet minutes and the timer move on between polls.
setInterval(() => { if (last) { renderTimer(); renderGroups(); } }, 15000);
setInterval(renderTimer, 1000);
poll();

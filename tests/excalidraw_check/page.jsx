// Runs inside headless Chromium: opens /scene.excalidraw the way File → Open does
// (loadFromBlob with the editor's current state), mounts it in the real <Excalidraw>, waits for
// the fonts, then compares what the editor holds with what the file said and measures every
// text line with the real font. The result goes to window.__report for check.mjs.
import React from "react";
import { createRoot } from "react-dom/client";
import { Excalidraw, convertToExcalidrawElements, loadFromBlob, restore, serializeAsJSON } from "@excalidraw/excalidraw";
import "@excalidraw/excalidraw/index.css";

window.EXCALIDRAW_ASSET_PATH = window.location.origin + "/";
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const KEPT = ["type", "x", "y", "width", "height", "text", "originalText", "fontSize", "fontFamily",
  "lineHeight", "containerId", "frameId", "locked", "index", "name", "backgroundColor", "textAlign",
  "verticalAlign", "autoResize"];

function contentBox(c) {
  // The editor's bound-text box (textElement.ts getContainerCoords / getBoundTextMaxWidth).
  if (c.type === "ellipse") {
    const ox = (c.width / 2) * (1 - Math.SQRT2 / 2), oy = (c.height / 2) * (1 - Math.SQRT2 / 2);
    return { x: c.x + 5 + ox, y: c.y + 5 + oy,
      w: Math.round((c.width / 2) * Math.SQRT2) - 10, h: Math.round((c.height / 2) * Math.SQRT2) - 10 };
  }
  return { x: c.x + 5, y: c.y + 5, w: c.width - 10, h: c.height - 10 };
}

async function check(api) {
  const raw = await (await fetch("/scene.excalidraw")).text();
  const input = JSON.parse(raw);
  const blob = new Blob([raw], { type: "application/json" });
  const data = await loadFromBlob(blob, api.getAppState(), api.getSceneElementsIncludingDeleted());
  api.updateScene({ elements: data.elements, appState: data.appState });
  await document.fonts.ready;
  await sleep(1500);
  await document.fonts.ready;
  const got = api.getSceneElementsIncludingDeleted();
  const byId = new Map(got.map((e) => [e.id, e]));
  const report = { input: input.elements.length, editor: got.length, missing: [], deleted: [], changed: [],
    overflow: [], outsideFrame: [], fontsOk: {}, appStateLoaded: {} };
  for (const e of input.elements) {
    const g = byId.get(e.id);
    if (!g) { report.missing.push(e.id); continue; }
    if (g.isDeleted) report.deleted.push(e.id);
    for (const k of KEPT) {
      if (k in e && JSON.stringify(e[k]) !== JSON.stringify(g[k])) {
        report.changed.push({ id: e.id, field: k, file: e[k], editor: g[k] });
      }
    }
    if (JSON.stringify(e.boundElements) !== JSON.stringify(g.boundElements)) {
      report.changed.push({ id: e.id, field: "boundElements", file: e.boundElements, editor: g.boundElements });
    }
  }
  const ctx = document.createElement("canvas").getContext("2d");
  for (const size of [16, 20, 28, 36]) report.fontsOk[size] = document.fonts.check(`${size}px Nunito`);
  for (const t of got.filter((e) => e.type === "text" && !e.isDeleted)) {
    ctx.font = `${t.fontSize}px Nunito, Segoe UI Emoji`;
    const widest = Math.max(...t.text.split("\n").map((l) => ctx.measureText(l).width));
    const height = t.text.split("\n").length * t.fontSize * t.lineHeight;
    let box = { x: t.x, y: t.y, w: t.width, h: Infinity };
    if (t.containerId) box = contentBox(byId.get(t.containerId));
    const left = t.textAlign === "center" ? t.x + t.width / 2 - widest / 2 : t.x;
    if (widest > box.w + 0.5 || left < box.x - 0.5 || left + widest > box.x + box.w + 0.5 ||
        t.y < box.y - 0.5 || t.y + height > box.y + box.h + 0.5) {
      report.overflow.push({ id: t.id, text: t.text.slice(0, 40), widest, allowed: box.w, height, boxH: box.h });
    }
  }
  for (const e of got.filter((e) => e.frameId && !e.isDeleted)) {
    const f = byId.get(e.frameId);
    if (!f || f.type !== "frame" || e.x < f.x || e.y < f.y || e.x + e.width > f.x + f.width ||
        e.y + e.height > f.y + f.height) report.outsideFrame.push(e.id);
  }
  const st = api.getAppState();
  report.appStateLoaded = { scrollX: st.scrollX, scrollY: st.scrollY, zoom: st.zoom.value, width: st.width };
  // Where the view is centred, in scene coordinates.
  report.viewCentre = { x: st.width / 2 / st.zoom.value - st.scrollX, y: st.height / 2 / st.zoom.value - st.scrollY };
  // A host that embeds the scene as initialData goes through restore() without dropping the
  // view: our scrollX/scrollY/zoom should survive there.
  const viaInitialData = restore(input, null, null).appState;
  report.initialDataView = { scrollX: viaInitialData.scrollX, scrollY: viaInitialData.scrollY,
    zoom: viaInitialData.zoom.value, fileSays: input.appState };
  // Play participant: the editor itself adds a labelled sticky and a free text inside the first
  // group frame and deletes one unlocked sticky; then save as File → Save would. check.mjs hands
  // the saved file to werkbord's reader.
  const groupFrame = got.filter((e) => e.type === "frame")[1];
  const victim = got.find((e) => e.type === "rectangle" && !e.locked && e.boundElements?.length);
  if (groupFrame && victim) {
    const added = convertToExcalidrawElements([
      { type: "rectangle", x: groupFrame.x + 100, y: groupFrame.y + 300, width: 190, height: 120,
        backgroundColor: "#a5d8ff", label: { text: "Wijkagent erbij halen" }, frameId: groupFrame.id },
      { type: "text", x: groupFrame.x + 400, y: groupFrame.y + 300, text: "Vrije notitie", frameId: groupFrame.id },
    ]);
    const victimText = victim.boundElements[0].id;
    const next = [...got.map((e) => (e.id === victim.id || e.id === victimText ? { ...e, isDeleted: true } : e)),
      ...added];
    api.updateScene({ elements: next });
    await sleep(300);
    report.saved = serializeAsJSON(api.getSceneElementsIncludingDeleted(), api.getAppState(), {}, "local");
    report.deletedByParticipant = victim.id;
    report.addedByParticipant = added.filter((e) => e.type !== "text" || !e.containerId).map((e) => e.id);
  }
  window.__report = report;
}

function App() {
  return (
    <div style={{ height: "100vh" }}>
      <Excalidraw excalidrawAPI={(api) => { window.__api = api; check(api).catch((e) => {
        window.__report = { error: String(e && e.stack || e) }; }); }} />
    </div>
  );
}
createRoot(document.getElementById("root")).render(<App />);

// Serve the bundle + Excalidraw's fonts + the scene, drive headless Chromium, print the report.
// Usage (from the scratch folder run.sh prepares): node check.mjs SCENE.excalidraw [SCREENSHOT.png]
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import puppeteer from "puppeteer-core";

const [scenePath, shot, savedPath] = process.argv.slice(2);
const dist = path.resolve("node_modules/@excalidraw/excalidraw/dist/prod");
const types = { ".js": "text/javascript", ".css": "text/css", ".woff2": "font/woff2", ".html": "text/html" };
const server = http.createServer((req, res) => {
  const url = decodeURIComponent(req.url.split("?")[0]);
  let file;
  if (url === "/") file = path.resolve("index.html");
  else if (url === "/scene.excalidraw") file = path.resolve(scenePath);
  else if (url.startsWith("/fonts/")) file = path.join(dist, url);
  else file = path.resolve("out" + url);
  fs.readFile(file, (err, body) => {
    if (err) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { "content-type": types[path.extname(file)] || "application/json" });
    res.end(body);
  });
}).listen(0);
const port = server.address().port;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  defaultViewport: { width: 1600, height: 900 },
});
const errors = [];
try {
  const page = await browser.newPage();
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => window.__report, { timeout: 120000 });
  const report = await page.evaluate(() => window.__report);
  if (savedPath && report.saved) fs.writeFileSync(savedPath, report.saved);
  delete report.saved;
  report.consoleErrors = errors.filter((e) => !/Failed to load resource|fonts/i.test(e)).slice(0, 20);
  // Re-open labels werkbord wrapped after a "/" as a participant would (double-click, Escape):
  // the editor wraps the label's originalText again, and must not split a word anew.
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const slashed = await page.evaluate(() => window.__api.getSceneElements()
    .filter((e) => e.type === "text" && e.containerId && !e.isDeleted && /\/\n/.test(e.text))
    .map((e) => ({ id: e.id, container: e.containerId, text: e.text })));
  report.reopenedChanged = [];
  for (const t of slashed.slice(0, 8)) {
    await page.evaluate((id) => {
      const api = window.__api;
      api.updateScene({ appState: { selectedElementIds: {} } });
      api.scrollToContent(api.getSceneElements().find((e) => e.id === id), { fitToViewport: true, animate: false });
    }, t.container);
    await sleep(300);
    await page.mouse.click(800, 450, { clickCount: 2 }); // the container sits in the middle of the view
    await sleep(400);
    await page.keyboard.press("Escape");
    await sleep(400);
    const after = await page.evaluate((id) => window.__api.getSceneElements().find((e) => e.id === id)?.text, t.id);
    if (after !== t.text) report.reopenedChanged.push({ id: t.id, before: t.text, after });
  }
  report.reopened = Math.min(slashed.length, 8);
  console.log(JSON.stringify(report, null, 1));
  if (shot) {
    await page.screenshot({ path: shot });
    // A second picture: the first group frame, fitted to the window.
    await page.evaluate(() => {
      const api = window.__api;
      const frames = api.getSceneElements().filter((e) => e.type === "frame");
      if (frames.length > 1) api.scrollToContent(frames[1], { fitToViewport: true, animate: false });
    });
    await new Promise((r) => setTimeout(r, 1000));
    await page.screenshot({ path: shot.replace(/\.png$/, "-group.png") });
  }
  const ok = !report.error && !report.missing.length && !report.deleted.length && !report.changed.length &&
    !report.overflow.length && !report.outsideFrame.length && !report.reopenedChanged.length;
  process.exitCode = ok ? 0 : 1;
} finally {
  await browser.close();
  server.close();
}

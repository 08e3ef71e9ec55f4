#!/usr/bin/env bash
# Renders processes/*.bpmn to docs/images/<process-key>.png the way Camunda Modeler draws them:
# bpmn-js's own viewer (the renderer inside Camunda Modeler), with the Camunda moddle extension,
# in headless Chromium, fitted to the whole diagram, cropped to it with a margin, white background,
# device scale factor 2.
#
# Run from the repository root:
#
#   docs/tools/render-diagrams.sh
#
# Needs node, npm and chromium (/usr/bin/chromium, or set CHROMIUM=/path/to/chromium) and a font for
# Chinese (the labels are Chinese). When chromium or the font is missing and the script runs as root,
# it installs Debian's chromium and fonts-noto-cjk with apt-get. The npm packages (bpmn-js 18,
# camunda-bpmn-moddle 8, and playwright-core 1, which drives the system chromium and never downloads
# a browser of its own) are installed into target/diagram-tools.
# It fails if bpmn-js reports any import error or warning, or the page logs an error.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo="$PWD"
tools="${DIAGRAM_TOOLS_HOME:-$repo/target/diagram-tools}"
out="$repo/docs/images"
chromium="${CHROMIUM:-/usr/bin/chromium}"

has_cjk_font() { fc-list :lang=zh family 2>/dev/null | grep . >/dev/null; }
if [ ! -x "$chromium" ] || ! has_cjk_font; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-cjk
  fi
fi
if [ ! -x "$chromium" ]; then
  echo "render-diagrams: no chromium at $chromium (apt-get install chromium fonts-noto-cjk, or set CHROMIUM)" >&2
  exit 1
fi
if ! has_cjk_font; then
  echo "render-diagrams: no font for the Chinese labels (apt-get install fonts-noto-cjk)" >&2
  exit 1
fi

mkdir -p "$tools" "$out"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
pins=(bpmn-js@18 camunda-bpmn-moddle@8 playwright-core@1)
installed=1
for pin in "${pins[@]}"; do
  name="${pin%@*}" major="${pin##*@}"
  have="$(node -p "try { require('$tools/node_modules/$name/package.json').version } catch (e) { '' }")"
  [ "${have%%.*}" = "$major" ] || installed=0
done
if [ "$installed" = 0 ]; then
  [ -f "$tools/package.json" ] || (cd "$tools" && npm init -y >/dev/null)
  (cd "$tools" && npm install --no-audit --no-fund --loglevel=error "${pins[@]}")
fi

cat >"$tools/render.js" <<'JS'
// Usage: node render.js <tools dir> <output dir> <chromium> <file.bpmn>...
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const [toolsDir, outDir, executablePath, ...files] = process.argv.slice(2);
const PADDING = 40; // CSS px of white around the diagram's bounding box
const WATERMARK_ROOM = 200; // CSS px added to the canvas's height, split above and below the diagram
const pagesDir = path.join(toolsDir, 'pages');
fs.mkdirSync(pagesDir, { recursive: true });

// JSON that is safe inside an inline <script>
const inline = (value) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028|\u2029/g, (c) => '\\u' + c.charCodeAt(0).toString(16));

function writePage(file) {
  const camunda = JSON.parse(fs.readFileSync(path.join(toolsDir, 'node_modules/camunda-bpmn-moddle/resources/camunda.json'), 'utf8'));
  const xml = fs.readFileSync(file, 'utf8');
  const html = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>${path.basename(file)}</title>
<link rel="stylesheet" href="../node_modules/bpmn-js/dist/assets/diagram-js.css">
<link rel="stylesheet" href="../node_modules/bpmn-js/dist/assets/bpmn-js.css">
<style>
  html, body { margin: 0; padding: 0; background: #fff; overflow: hidden; }
  #canvas { width: 800px; height: 600px; background: #fff; }
</style>
<script src="../node_modules/bpmn-js/dist/bpmn-viewer.production.min.js"></script>
</head>
<body>
<div id="canvas"></div>
<script>
(async () => {
  const PADDING = ${PADDING};
  const WATERMARK_ROOM = ${WATERMARK_ROOM};
  const xml = ${inline(xml)};
  const container = document.getElementById('canvas');
  const viewer = new BpmnJS({ container, moddleExtensions: { camunda: ${inline(camunda)} } });
  try {
    const { warnings } = await viewer.importXML(xml);
    window.bpmnViewer = viewer; // for inspecting the layout from the browser
    const canvas = viewer.get('canvas');
    // size the canvas to the whole diagram plus padding, then let bpmn-js fit and centre it
    const inner = canvas.viewbox().inner;
    container.style.width = Math.ceil(inner.width + 2 * PADDING) + 'px';
    // extra room above and below: the bpmn.io watermark, in the canvas's bottom right corner, stays outside the crop
    container.style.height = Math.ceil(inner.height + 2 * PADDING + WATERMARK_ROOM) + 'px';
    canvas.resized();
    canvas.zoom('fit-viewport', 'auto');
    await document.fonts.ready;
    const box = container.querySelector('svg .viewport').getBoundingClientRect();
    const processes = viewer.getDefinitions().rootElements.filter((e) => e.$type === 'bpmn:Process');
    window.renderResult = {
      ok: true,
      warnings: warnings.map((w) => w.message),
      processKey: processes.length === 1 ? processes[0].id : null,
      scale: canvas.zoom(),
      box: { x: box.x, y: box.y, width: box.width, height: box.height },
      page: { width: container.offsetWidth, height: container.offsetHeight },
    };
  } catch (err) {
    window.renderResult = { ok: false, error: String(err && err.message || err), warnings: (err.warnings || []).map((w) => w.message) };
  }
})();
</script>
</body>
</html>
`;
  const page = path.join(pagesDir, path.basename(file, '.bpmn') + '.html');
  fs.writeFileSync(page, html);
  return page;
}

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'render-diagrams-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
    viewport: { width: 800, height: 600 },
    deviceScaleFactor: 2,
  });
  let failed = 0;
  try {
    for (const file of files) {
      const page = await context.newPage();
      const problems = [];
      page.on('pageerror', (e) => problems.push('page error: ' + e.message));
      page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push('console ' + m.type() + ': ' + m.text()); });
      page.on('requestfailed', (r) => problems.push('failed to load ' + r.url()));
      await page.goto('file://' + writePage(file));
      await page.waitForFunction(() => window.renderResult, null, { timeout: 60000 });
      const result = await page.evaluate(() => window.renderResult);
      if (!result.ok) problems.push('import error: ' + result.error);
      for (const w of result.warnings) problems.push('import warning: ' + w);
      if (problems.length) {
        failed++;
        console.error(`${file}:\n  ` + problems.join('\n  '));
        await page.close();
        continue;
      }
      const key = result.processKey || path.basename(file, '.bpmn');
      // make the window as large as the canvas so that nothing is cut off, then crop to the diagram
      await page.setViewportSize({ width: result.page.width, height: result.page.height });
      const again = await page.evaluate(() => {
        const r = document.querySelector('#canvas svg .viewport').getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      });
      const x = Math.max(0, Math.floor(again.x - PADDING));
      const y = Math.max(0, Math.floor(again.y - PADDING));
      const clip = {
        x, y,
        width: Math.min(result.page.width, Math.ceil(again.x + again.width + PADDING)) - x,
        height: Math.min(result.page.height, Math.ceil(again.y + again.height + PADDING)) - y,
      };
      const mark = await page.evaluate(() => {
        const el = document.querySelector('.bjs-powered-by');
        const r = el && el.getBoundingClientRect();
        return r && { x: r.x, y: r.y, width: r.width, height: r.height };
      });
      if (mark && mark.x < clip.x + clip.width && clip.x < mark.x + mark.width && mark.y < clip.y + clip.height && clip.y < mark.y + mark.height) {
        throw new Error(`${file}: the crop ${JSON.stringify(clip)} would include the watermark ${JSON.stringify(mark)}`);
      }
      const png = path.join(outDir, key + '.png');
      await page.screenshot({ path: png, clip, omitBackground: false });
      console.log(`${path.relative(process.cwd(), file)} -> ${path.relative(process.cwd(), png)} (${clip.width}x${clip.height} CSS px at scale ${result.scale}, device scale factor 2)`);
      await page.close();
    }
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  if (failed) {
    console.error(`render-diagrams: ${failed} of ${files.length} diagrams failed`);
    process.exit(1);
  }
})().catch((err) => { console.error(err); process.exit(1); });
JS

(cd "$repo" && node "$tools/render.js" "$tools" "$out" "$chromium" processes/*.bpmn)

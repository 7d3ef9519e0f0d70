// Renders every ../../bpmn/*.bpmn to ../../docs/diagrams/<process key>.svg with the bpmn-js viewer (the renderer of
// Camunda Modeler) in headless Debian Chromium: npm run --silent diagrams [-- ../../bpmn/x.bpmn ...]
//
// The browser is the system one (/usr/bin/chromium, or CHROMIUM=/path); playwright-core never downloads a browser.
// The page loads nothing from the network: the viewer bundle is injected from node_modules.
// ProcessDiagramsTest (JUnit) fails when an SVG is missing or no longer matches its model, so run this after every
// change to a model and commit the SVGs with it.
import { readFileSync, writeFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const outDir = join(repo, 'docs/diagrams');
const require = createRequire(import.meta.url);
const viewerBundle = require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js');
const viewerCss = ['bpmn-js/dist/assets/diagram-js.css', 'bpmn-js/dist/assets/bpmn-js.css']
  .map((p) => readFileSync(require.resolve(p), 'utf8'))
  .join('\n');

const files = process.argv.length > 2
  ? process.argv.slice(2).map((f) => resolve(f))
  : readdirSync(join(repo, 'bpmn')).filter((f) => f.endsWith('.bpmn')).sort().map((f) => join(repo, 'bpmn', f));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let failed = 0;
try {
  const page = await browser.newPage();
  // Nothing leaves the machine: the page is built from strings and the local bundle.
  await page.route('**/*', (route) => route.abort());
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${viewerCss}
    html, body, #canvas { margin: 0; width: 1600px; height: 1000px; }</style></head>
    <body><div id="canvas"></div></body></html>`);
  await page.addScriptTag({ path: viewerBundle });
  mkdirSync(outDir, { recursive: true });
  const written = new Set();
  for (const file of files) {
    const xml = readFileSync(file, 'utf8');
    const key = /<(?:bpmn:)?process\b[^>]*\bid="([^"]+)"/.exec(xml)?.[1];
    if (!key) {
      console.error(`no <process id> in ${file}`);
      failed++;
      continue;
    }
    const result = await page.evaluate(async (source) => {
      const viewer = new window.BpmnJS({ container: '#canvas' });
      try {
        const { warnings } = await viewer.importXML(source);
        // Each element's kind (and event definitions) goes into the SVG, so ProcessDiagramsTest also sees a task
        // that changed kind or marker at the same place, e.g.
        // data-bpmn-type="bpmn:BoundaryEvent bpmn:TimerEventDefinition non-interrupting".
        const registry = viewer.get('elementRegistry');
        for (const element of registry.getAll()) {
          const bo = element.businessObject;
          if (!bo || element.type === 'label' || !element.parent) continue;
          const kinds = [bo.$type, ...(bo.eventDefinitions || []).map((d) => d.$type)];
          if (bo.loopCharacteristics) {
            kinds.push(bo.loopCharacteristics.$type + (bo.loopCharacteristics.isSequential ? ':sequential' : ''));
          }
          if (bo.cancelActivity === false || bo.isInterrupting === false) kinds.push('non-interrupting');
          registry.getGraphics(element).setAttribute('data-bpmn-type', kinds.join(' '));
        }
        const { svg } = await viewer.saveSVG();
        return { svg, warnings: warnings.map((w) => w.message) };
      } catch (e) {
        return { error: String(e && e.message || e) };
      } finally {
        viewer.destroy();
      }
    }, xml);
    if (result.error || result.warnings.length) {
      console.error(`${file}: ${result.error || result.warnings.join('; ')}`);
      failed++;
      continue;
    }
    const out = join(outDir, `${key}.svg`);
    const header = `<!-- Generated from bpmn/${file.split('/').pop()} by tools/diagrams (npm run diagrams). Do not edit. -->\n`;
    // bpmn-js names arrow markers at random; number them so a regenerated diagram only differs where the model does.
    const markers = new Map();
    const svg = result.svg.replace(/(id="|url\(['"]?#)(marker-[A-Za-z0-9]+)/g, (all, before, id) => {
      if (!markers.has(id)) markers.set(id, `marker-${markers.size + 1}`);
      return before + markers.get(id);
    });
    writeFileSync(out, svg.replace(/^(<\?xml[^>]*\?>\n?)?/, (decl) => (decl || '') + header) + '\n');
    written.add(`${key}.svg`);
    console.log(`${file.replace(repo + '/', '')} -> ${out.replace(repo + '/', '')}`);
  }
  // A full run also removes the diagram of a model that is gone.
  if (process.argv.length <= 2 && !failed) {
    for (const old of readdirSync(outDir).filter((f) => f.endsWith('.svg') && !written.has(f))) {
      rmSync(join(outDir, old));
      console.log(`removed docs/diagrams/${old} (no bpmn/ model)`);
    }
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);

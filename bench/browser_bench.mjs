// Browser figures in headless Chromium (SwiftShader: CPU rendering, compare ratios only):
// time to facet.ready, the core's rebuilds inside WebAssembly, and the time from setDesign to the
// changed frame on screen.
import { launch, serveApp, openApp } from '../tests/e2e/browser.mjs';

const { server, url } = await serveApp();
const context = await launch();
try {
  const start = Date.now();
  const { page } = await openApp(context, url);
  const readyMs = Date.now() - start;
  const core = await page.evaluate(() => facet.benchmark(30));
  const frameMs = await page.evaluate(async () => {
    const design = JSON.parse(facet.getDesign());
    const samples = [];
    for (let i = 0; i < 10; i++) {
      design.piece.shank.width_mm = 3.5 + (i % 2) * 0.5;
      delete design.design_id;
      const t0 = performance.now();
      facet.setDesign(JSON.stringify(design));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    return samples[Math.floor(samples.length / 2)];
  });
  console.log(`browser: first frame (facet.ready) after ${readyMs} ms`);
  console.log(`browser: band preview rebuild in wasm ${core.preview_ms.toFixed(2)} ms, production mesh + report ${core.production_ms.toFixed(2)} ms (mean of ${core.runs})`);
  console.log(`browser: validate + normalise a halo spec in wasm ${core.validate_halo_ms.toFixed(3)} ms`);
  console.log(`browser: 6-prong solitaire preview rebuild in wasm ${core.solitaire_preview_ms.toFixed(2)} ms (mean of ${core.runs}), production mesh + report ${core.solitaire_production_ms.toFixed(0)} ms (mean of ${core.solitaire_production_runs})`);
  console.log(`browser: three-stone preview rebuild in wasm ${core.three_stone_preview_ms.toFixed(2)} ms (mean of ${core.runs})`);
  console.log(`browser: pendant preview rebuild in wasm ${core.pendant_preview_ms.toFixed(2)} ms (mean of ${core.runs}; the cup and the bail as part meshes)`);
  console.log(`browser: setDesign to changed frame on screen, median ${frameMs.toFixed(1)} ms (SwiftShader)`);
} finally {
  await context.close();
  server.close();
}

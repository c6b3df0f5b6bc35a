// Browser figures in headless Chromium (SwiftShader: CPU rendering, compare ratios only):
// time to facet.ready, the core's rebuilds inside WebAssembly, and the time from setDesign to the
// changed frame on screen.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serveApp, openApp } from '../tests/e2e/browser.mjs';
import { serve } from '../scripts/serve.mjs';

// three.js (npm three) drawing `facet build`'s piece.glb of a tests/data spec in
// bench/three-frames/index.html: ms a frame over `frames`, its compile and its first frame.
async function threeFrames(specName, frames) {
  const root = mkdtempSync(join(tmpdir(), 'facet-three-bench-'));
  execFileSync(new URL('../build/native/facet', import.meta.url).pathname,
               ['build', new URL(`../tests/data/${specName}.facet.json`, import.meta.url).pathname, '-o', join(root, 'out'), '--force']);
  copyFileSync(join(root, 'out', 'piece.glb'), join(root, 'piece.glb'));
  copyFileSync(new URL('./three-frames/index.html', import.meta.url), join(root, 'index.html'));
  symlinkSync(new URL('../node_modules/three', import.meta.url).pathname, join(root, 'three'));
  const threeServer = await serve(root, 0);
  const threeContext = await launch({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await threeContext.newPage();
    await page.goto(`http://127.0.0.1:${threeServer.address().port}/`);
    return await page.evaluate(async (n) => {
      const bench = await window.bench;
      return { compileMs: bench.compileMs, firstFrameMs: bench.firstFrameMs, frameMs: bench.timeFrames(n) };
    }, frames);
  } finally {
    await threeContext.close();
    threeServer.close();
  }
}

const { server, url } = await serveApp();
const context = await launch({ viewport: { width: 1280, height: 800 } });
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
  // Frames with a halo ring on screen at 1280 x 800: still (the kept picture copied onto the
  // canvas) and turning under the mouse (the piece drawn every frame at the moving tier).
  const halo = readFileSync(new URL('../tests/data/halo-oval-18.facet.json', import.meta.url), 'utf8');
  await page.evaluate((json) => facet.setDesign(json), halo);
  const frames = (n) => page.evaluate((count) => new Promise((resolve) => {
    const step = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  }), n);
  await frames(10);
  await page.waitForTimeout(1000);
  let stats0 = await page.evaluate(() => facet.frameStats());
  let t0 = Date.now();
  await frames(30);
  const stillMs = (Date.now() - t0) / 30;
  let stats1 = await page.evaluate(() => facet.frameStats());
  const stillDrawn = stats1.drawn + stats1.refined - stats0.drawn - stats0.refined;
  // A drag as a hand makes it: a move every frame, dispatched in the page (no round trips).
  const turning = await page.evaluate(async () => {
    const canvas = document.querySelector('#canvas');
    const send = (type, x) => canvas.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: 400, button: 0, buttons: type === 'mouseup' ? 0 : 1 }));
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    send('mousemove', 800);
    send('mousedown', 800);
    await frame();
    const times = [];
    let last = await frame();
    for (let i = 1; i <= 40; ++i) {
      send('mousemove', 800 + i * 4);
      const now = await frame();
      times.push(now - last);
      last = now;
    }
    send('mouseup', 960);
    const steady = times.slice(10).sort((a, b) => a - b);  // after the tier has settled
    return steady[Math.floor(steady.length / 2)];
  });
  const turningMs = turning;
  const stats2 = await page.evaluate(() => facet.frameStats());
  // The same halo ring drawn frame after frame, each waited for: ours at the best tier (six
  // bounces, 4x multisampled) and the lowest, against three.js drawing the exported GLB.
  const ours = await page.evaluate(() => facet.renderBenchmark(10));
  const three = await threeFrames('halo-oval-18', 10);
  console.log(`browser: first frame (facet.ready) after ${readyMs} ms`);
  console.log(`browser: halo ring at 1280 x 800: a still frame ${stillMs.toFixed(1)} ms (${stillDrawn} of 30 drawn), a turning frame ${turningMs.toFixed(1)} ms (median of the last 30 of 40; ${stats2.drawn - stats1.drawn} drawn, ${stats2.refined - stats1.refined} strips refined, stones at ${stats2.gem_bounces} bounces)`);
  console.log(`browser: band preview rebuild in wasm ${core.preview_ms.toFixed(2)} ms, production mesh + report ${core.production_ms.toFixed(2)} ms (mean of ${core.runs})`);
  console.log(`browser: validate + normalise a halo spec in wasm ${core.validate_halo_ms.toFixed(3)} ms`);
  console.log(`browser: 6-prong solitaire preview rebuild in wasm ${core.solitaire_preview_ms.toFixed(2)} ms (mean of ${core.runs}), production mesh + report ${core.solitaire_production_ms.toFixed(0)} ms (mean of ${core.solitaire_production_runs})`);
  console.log(`browser: three-stone preview rebuild in wasm ${core.three_stone_preview_ms.toFixed(2)} ms (mean of ${core.runs})`);
  console.log(`browser: pendant preview rebuild in wasm ${core.pendant_preview_ms.toFixed(2)} ms (mean of ${core.runs}; the cup and the bail as part meshes)`);
  console.log(`browser: setDesign to changed frame on screen, median ${frameMs.toFixed(1)} ms (SwiftShader)`);
  console.log(`browser: halo ring frame at ${ours.width_px} x ${ours.height_px}, waited for: ours ${ours.best_tier_ms.toFixed(0)} ms at the best tier (6 bounces), ${ours.lowest_tier_ms.toFixed(0)} ms at the lowest (half size, untraced); three.js with the GLB ${three.frameMs.toFixed(0)} ms`);
  console.log(`browser: shader compile + link: ours ${ours.compile_ms.toFixed(0)} ms (all programs, up front), environment + prefilter + split-sum table ${ours.environment_ms.toFixed(0)} ms; three.js compile ${three.compileMs.toFixed(0)} ms`);
  console.log(`browser: three.js page's first frame after ${three.firstFrameMs.toFixed(0)} ms (GLB loaded, PMREM, compile)`);
} finally {
  await context.close();
  server.close();
}

// window.facet: the configurator's JavaScript API, for shops that embed it and for tests.
//   facet.ready            Promise, resolved after the first frame is on screen
//   facet.getDesign()      the design spec as a JSON string (normalised, with design_id)
//   facet.setDesign(json)  {ok, errors: [{path, message}], warnings}; an invalid design changes nothing
//   facet.report()         the report object, the same as the CLI's report.json
//   facet.undo() / redo()  one step back / forward, as the panel's buttons; false when there is none
//   facet.shareUrl()       this page's address with the whole design in its #fragment
//   facet.setLanguage(code) 'en' or 'zh-CN' (also 'zh', 'zh-Hans', 'en-GB'...): {ok, language};
//                          remembered for the next visit. facet.language() is the current one.
//                          Before a choice: ?lang= in the address, else the browser's language.
//   facet.setLighting(name) 'studio' (the light tent, the default) or 'display_case' (a shop
//                          counter: dark, pinpoint spots): {ok, lighting}. facet.lighting() is the current one.
//   facet.onChange(cb)     cb({design, report, price}) once each change has settled (and at start);
//                          returns a function that stops the calls
//   facet.setPriceTable(table, currency)  a shop's facet.prices table (object or JSON text);
//                          {ok, errors: [{path, message}]}; a bad table changes nothing
//   facet.exportPackage()  the factory package (spec, STL, 3MF, GLB, job sheet, report) as a zip Blob
//   facet.snapshot(w, h)   a picture of the piece, w x h pixels (16-4096), framed whole from the
//                          customer's view: a PNG data URL; RangeError for a size out of range
//   facet.uiLayout()       where the panel's controls are on the page (for tests and guided tours)
// The design is autosaved (localStorage) and the address's fragment follows it; on load a link's
// design wins over the autosaved one.
// It also sets up `Module` for facet.js (Emscripten) and turns touch into mouse and wheel events.
'use strict';
(function () {
  const canvas = document.getElementById('canvas');
  const status = document.getElementById('status');
  let resolveReady, rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });
  let started = false;

  // Strings go through the heap, not ccall's stack copy: a shop may pass megabytes (the core then
  // refuses them by size), and 4 bytes per character on a 5 MB stack would overflow it.
  function call(name, ...args) {
    if (!started) throw new Error('facet is not ready yet: await facet.ready first');
    const pointers = args.map((text) => {
      const bytes = Module.lengthBytesUTF8(text) + 1;
      const pointer = Module._malloc(bytes);
      Module.stringToUTF8(text, pointer, bytes);
      return pointer;
    });
    try {
      return Module.UTF8ToString(Module['_' + name](...pointers));
    } finally {
      pointers.forEach((pointer) => Module._free(pointer));
    }
  }

  function callNumber(name) {
    if (!started) throw new Error('facet is not ready yet: await facet.ready first');
    return Module.ccall(name, 'number', [], []);
  }

  const listeners = new Set();
  let lastChange = null;

  window.facet = {
    ready,
    getDesign() { return call('facet_get_design'); },
    setDesign(json) {
      const text = typeof json === 'string' ? json : JSON.stringify(json);
      return JSON.parse(call('facet_set_design', text));
    },
    report() { return JSON.parse(call('facet_report')); },
    undo() { return callNumber('facet_undo') === 1; },
    redo() { return callNumber('facet_redo') === 1; },
    shareUrl() { return call('facet_share_url'); },
    setLanguage(code) {
      if (!started) throw new Error('facet is not ready yet: await facet.ready first');
      const ok = Module.ccall('facet_set_language', 'number', ['string'], [String(code).slice(0, 32)]) === 1;
      return { ok, language: call('facet_language') };
    },
    language() { return call('facet_language'); },
    setLighting(name) {
      if (!started) throw new Error('facet is not ready yet: await facet.ready first');
      const ok = Module.ccall('facet_set_lighting', 'number', ['string'], [String(name).slice(0, 32)]) === 1;
      return { ok, lighting: call('facet_lighting') };
    },
    lighting() { return call('facet_lighting'); },
    onChange(callback) {
      listeners.add(callback);
      if (lastChange) callback(lastChange);  // a late subscriber hears the current design at once
      return () => listeners.delete(callback);
    },
    setPriceTable(table, currency = '') {
      const text = typeof table === 'string' ? table : JSON.stringify(table);
      return JSON.parse(call('facet_set_price_table', text, currency));
    },
    exportPackage() {
      const name = call('facet_package_name');
      const pointer = callNumber('facet_export_package');
      const size = callNumber('facet_result_size');
      return new File([Module.HEAPU8.slice(pointer, pointer + size)], name, { type: 'application/zip' });
    },
    snapshot(width = 1600, height = 1200) {
      if (!started) throw new Error('facet is not ready yet: await facet.ready first');
      const pointer = Module.ccall('facet_snapshot', 'number', ['number', 'number'], [Math.round(width) | 0, Math.round(height) | 0]);
      if (pointer === 0) throw new RangeError('facet.snapshot: ' + call('facet_last_error'));
      const bytes = Module.HEAPU8.subarray(pointer, pointer + callNumber('facet_result_size'));
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
      return 'data:image/png;base64,' + btoa(binary);
    },
    // Where each named control of the panel was drawn, in CSS pixels: {"size.plus": {x, y, width,
    // height}, "metal.alloy:Pt950": ..., "shank.width": ...}. Open combos list their options too.
    uiLayout() { return JSON.parse(call('facet_ui_layout')); },
    // How the frames went: {drawn, copied, refined, gem_bounces, scale}. The piece is drawn only
    // when the view or the design changes, at the moving tier (its bounces in the stones and the
    // fraction of the size it is drawn at), and once more, at the best quality and full size, when
    // it comes to rest; otherwise a frame copies the kept picture.
    frameStats() { return JSON.parse(call('facet_frame_stats')); },
    // For bench/: mean ms of the core's rebuilds inside WebAssembly, {preview_ms, production_ms}.
    benchmark(runs = 20) { return JSON.parse(Module.ccall('facet_benchmark', 'string', ['number'], [runs])); },
    // For bench/: ms a frame of the piece takes at the canvas's size at the best and the lowest
    // tier, and start-up's shader compile and environment, {best_tier_ms, lowest_tier_ms, ...}.
    renderBenchmark(frames = 10) { return JSON.parse(Module.ccall('facet_render_benchmark', 'string', ['number'], [frames])); },
  };

  window.Module = {
    canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    onFirstFrame() {
      started = true;
      status.remove();
      resolveReady(window.facet);
    },
    onDesignChange(designText, reportText) {
      const report = JSON.parse(reportText);
      lastChange = { design: JSON.parse(designText), report, price: report.price ?? null };
      for (const callback of listeners) {
        try { callback(lastChange); } catch (e) { console.error('facet.onChange callback failed:', e); }
      }
    },
    onFatal(message) {
      status.textContent = 'The configurator could not start: ' + message;
      status.className = 'error';
      rejectReady(new Error(message));
    },
  };

  // Touch: one finger acts as the mouse (turns the piece, works the panel); two fingers pinch to
  // zoom. Emscripten's GLFW listens for mouse events only.
  function mouse(type, touch) {
    canvas.dispatchEvent(new MouseEvent(type, {
      bubbles: true, cancelable: true, clientX: touch.clientX, clientY: touch.clientY, button: 0,
      buttons: type === 'mouseup' ? 0 : 1,
    }));
  }
  // Wheel: notches with the native sign (wheel up / fingers apart = +1 = closer). Emscripten's GLFW
  // would pass raw pixels with the browser's sign, so it never sees wheel events.
  const PIXELS_PER_NOTCH = 100, LINES_PER_NOTCH = 3, NOTCHES_PER_PAGE = 10;
  function scroll(notchesX, notchesY) {
    if (started) Module._facet_scroll(notchesX, notchesY);
  }
  canvas.addEventListener('wheel', (e) => {
    e.preventDefault();
    e.stopImmediatePropagation();
    const scale = e.deltaMode === 1 ? 1 / LINES_PER_NOTCH : e.deltaMode === 2 ? NOTCHES_PER_PAGE : 1 / PIXELS_PER_NOTCH;
    scroll(-e.deltaX * scale, -e.deltaY * scale);
  }, { capture: true, passive: false });

  let pinchDistance = 0;
  const spread = (t) => Math.hypot(t[0].clientX - t[1].clientX, t[0].clientY - t[1].clientY);
  canvas.addEventListener('touchstart', (e) => {
    e.preventDefault();
    if (e.touches.length === 1) {
      mouse('mousemove', e.touches[0]);
      mouse('mousedown', e.touches[0]);
    } else if (e.touches.length === 2) {
      mouse('mouseup', e.touches[0]);
      pinchDistance = spread(e.touches);
    }
  }, { passive: false });
  canvas.addEventListener('touchmove', (e) => {
    e.preventDefault();
    if (e.touches.length === 1) {
      mouse('mousemove', e.touches[0]);
    } else if (e.touches.length === 2 && pinchDistance > 0) {
      // Pinch: the midpoint goes to the mouse position (so a pinch over the panel scrolls it), the
      // change in spread to the wheel: 50 CSS pixels apart is one notch closer.
      const now = spread(e.touches);
      mouse('mousemove', { clientX: (e.touches[0].clientX + e.touches[1].clientX) / 2,
                           clientY: (e.touches[0].clientY + e.touches[1].clientY) / 2 });
      scroll(0, (now - pinchDistance) / 50);
      pinchDistance = now;
    }
  }, { passive: false });
  canvas.addEventListener('touchend', (e) => {
    e.preventDefault();
    if (e.touches.length === 0) mouse('mouseup', e.changedTouches[0]);
    if (e.touches.length < 2) pinchDistance = 0;
  }, { passive: false });
})();

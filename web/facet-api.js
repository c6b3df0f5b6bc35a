// window.facet: the configurator's JavaScript API, for shops that embed it and for tests.
//   facet.ready            Promise, resolved after the first frame is on screen
//   facet.getDesign()      the design spec as a JSON string (normalised, with design_id)
//   facet.setDesign(json)  {ok, errors: [{path, message}], warnings}; an invalid design changes nothing
//   facet.report()         the report object, the same as the CLI's report.json
// It also sets up `Module` for facet.js (Emscripten) and turns touch into mouse and wheel events.
'use strict';
(function () {
  const canvas = document.getElementById('canvas');
  const status = document.getElementById('status');
  let resolveReady, rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });
  let started = false;

  function call(name, ...args) {
    if (!started) throw new Error('facet is not ready yet: await facet.ready first');
    const types = args.map(() => 'string');
    return Module.ccall(name, 'string', types, args);
  }

  window.facet = {
    ready,
    getDesign() { return call('facet_get_design'); },
    setDesign(json) {
      const text = typeof json === 'string' ? json : JSON.stringify(json);
      return JSON.parse(call('facet_set_design', text));
    },
    report() { return JSON.parse(call('facet_report')); },
    // For bench/: mean ms of the core's rebuilds inside WebAssembly, {preview_ms, production_ms}.
    benchmark(runs = 20) { return JSON.parse(Module.ccall('facet_benchmark', 'string', ['number'], [runs])); },
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
    onFatal(message) {
      status.textContent = 'The configurator could not start: ' + message;
      status.className = 'error';
      rejectReady(new Error(message));
    },
  };

  // Touch: one finger acts as the mouse (turns the piece, works the panel); two fingers pinch to
  // zoom, sent as wheel events. Emscripten's GLFW listens for mouse and wheel events only.
  function mouse(type, touch) {
    canvas.dispatchEvent(new MouseEvent(type, {
      bubbles: true, cancelable: true, clientX: touch.clientX, clientY: touch.clientY, button: 0,
      buttons: type === 'mouseup' ? 0 : 1,
    }));
  }
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
      const now = spread(e.touches);
      const mid = { clientX: (e.touches[0].clientX + e.touches[1].clientX) / 2,
                    clientY: (e.touches[0].clientY + e.touches[1].clientY) / 2 };
      canvas.dispatchEvent(new WheelEvent('wheel', {
        bubbles: true, cancelable: true, clientX: mid.clientX, clientY: mid.clientY,
        deltaMode: 0, deltaY: (pinchDistance - now) * 2,
      }));
      pinchDistance = now;
    }
  }, { passive: false });
  canvas.addEventListener('touchend', (e) => {
    e.preventDefault();
    if (e.touches.length === 0) mouse('mouseup', e.changedTouches[0]);
    if (e.touches.length < 2) pinchDistance = 0;
  }, { passive: false });
})();

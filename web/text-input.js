// The input method's bridge. The panel is drawn on a canvas, and a canvas receives key presses but
// no input-method composition: pinyin (or zhuyin, kana, a phone's handwriting pad) could never
// reach an engraving. So when the customer clicks or taps a text field of the panel, this lays a
// real <input> over it, with the design's text, and gives it the keyboard. The system's input
// method composes in it as anywhere else; each committed change goes to the app
// (facet_type_text), which applies it as typing into the panel would, turns the ring to show it,
// and keeps it one undo step until the box lets go (Enter, Escape, or a click elsewhere).
// The box is focused inside the click's own event, which is what lets a phone open its keyboard.
'use strict';
(function () {
  const canvas = document.getElementById('canvas');
  // The panel's text fields (names as in facet.uiLayout()) and how many characters each takes
  // (the spec's limit for an engraving; a template's name, spec/template_shelf.hpp).
  const FIELDS = { 'engraving.text': { max: 64, label: 'Engraving text' }, 'template.name': { max: 32, label: 'Template name' } };

  const box = document.createElement('input');
  box.id = 'facet-text-input';
  box.type = 'text';
  box.autocomplete = 'off';
  box.spellcheck = false;
  box.hidden = true;
  box.style.cssText = 'position:fixed;z-index:10;box-sizing:border-box;margin:0;padding:0 8px;' +
    'border:1.5px solid #9e7838;border-radius:6px;background:#fff;color:#222;outline:none;' +
    'font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","PingFang SC","Microsoft YaHei",sans-serif;';
  document.body.appendChild(box);

  let field = null;   // the field being typed into, or null
  let follow = 0;     // requestAnimationFrame id while open

  function ready() { return typeof Module !== 'undefined' && Module.calledRun && window.facet; }

  function layout() {
    try { return window.facet.uiLayout(); } catch (e) { return {}; }
  }

  function fieldAt(x, y) {
    const rects = layout();
    for (const name of Object.keys(FIELDS)) {
      const r = rects[name];
      if (r && x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height) return name;
    }
    return null;
  }

  function place(r) {
    const c = canvas.getBoundingClientRect();
    box.style.left = c.left + r.x + 'px';
    box.style.top = c.top + r.y + 'px';
    box.style.width = r.width + 'px';
    box.style.height = r.height + 'px';
    box.style.fontSize = Math.max(12, Math.round(r.height * 0.55)) + 'px';
  }

  function fieldText(name) {
    return Module.ccall('facet_field_text', 'string', ['string'], [name]);
  }

  // Keeps the box over its field while the panel moves (it scrolls; a phone's keyboard resizes
  // the page). While the field is scrolled out of view the box fades out of the way (it keeps the
  // keyboard: closing it there would drop the keyboard of a phone whose page just shrank).
  function track() {
    if (!field) return;
    const r = layout()[field];
    if (r) place(r);
    box.style.opacity = r ? '1' : '0';
    box.style.pointerEvents = r ? 'auto' : 'none';
    follow = requestAnimationFrame(track);
  }

  function open(name) {
    field = name;
    box.maxLength = FIELDS[name].max;
    box.setAttribute('aria-label', FIELDS[name].label);
    box.value = fieldText(name);
    box.hidden = false;
    place(layout()[name]);
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
    cancelAnimationFrame(follow);
    follow = requestAnimationFrame(track);
  }

  function send() {
    if (!field) return;
    const result = JSON.parse(Module.ccall('facet_type_text', 'string', ['string', 'string'], [field, box.value]));
    box.setAttribute('aria-invalid', result.ok ? 'false' : 'true');
    box.style.borderColor = result.ok ? '#9e7838' : '#b3261e';
  }

  function close() {
    if (!field) return;
    field = null;
    cancelAnimationFrame(follow);
    box.hidden = true;
    box.style.borderColor = '#9e7838';
    box.style.opacity = '1';
    box.style.pointerEvents = 'auto';
    Module.ccall('facet_typing_done', null, [], []);
  }

  // A click (or a tap, which facet-api.js turns into mouse events) on a text field opens the box.
  canvas.addEventListener('mouseup', (e) => {
    if (!ready() || e.button !== 0) return;
    const c = canvas.getBoundingClientRect();
    const name = fieldAt(e.clientX - c.left, e.clientY - c.top);
    if (name) open(name);
  });

  // While a composition runs, its letters (the pinyin) are not text yet: only what it commits is.
  box.addEventListener('input', (e) => { if (!e.isComposing) send(); });
  box.addEventListener('compositionend', send);
  // Keys typed here are the box's. Emscripten's GLFW listens on the window in the capture phase
  // (and cancels Backspace there), so this listener, added first (this file loads before
  // facet.js), stops them at the window: the app's shortcuts (Ctrl+Z) and the panel never see
  // them, and the box still gets its text (stopping an event does not cancel its default action).
  for (const type of ['keydown', 'keypress', 'keyup']) {
    window.addEventListener(type, (e) => {
      if (e.target !== box) return;
      e.stopImmediatePropagation();
      if (type === 'keydown' && !e.isComposing && (e.key === 'Enter' || e.key === 'Escape')) box.blur();
    }, true);
  }
  box.addEventListener('blur', close);
  // The wheel over the box scrolls the panel under it, as over the rest of the panel.
  box.addEventListener('wheel', (e) => {
    e.preventDefault();
    canvas.dispatchEvent(new WheelEvent('wheel', e));
  }, { passive: false });
})();

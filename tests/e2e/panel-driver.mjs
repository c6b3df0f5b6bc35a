// Driving the Dear ImGui panel as a user would: the mouse and keyboard at the positions the panel
// reports through facet.uiLayout(). Shared by the browser tests.
import assert from 'node:assert/strict';

export function panelDriver(page) {
  const frames = (n = 3) => page.evaluate((count) => new Promise((resolve) => {
    const step = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  }), n);

  // The control's rectangle; scrolls the panel with the mouse wheel, as a user would (up to the top,
  // then down), until it shows.
  async function rect(name) {
    const wheelSteps = [...Array(12).fill(-120), ...Array(80).fill(120)];
    // The wheel goes over a control of the scrolling list; the last one seen while that scrolls away.
    let anchor = { x: 100, y: 400, width: 100, height: 10 };
    for (const delta of [0, ...wheelSteps]) {
      const layout = await page.evaluate(() => facet.uiLayout());
      if (delta === 0 && layout[name]) return layout[name];
      if (delta !== 0) {
        anchor = layout['size.value'] ?? layout['metal.alloy'] ?? layout['shank.width'] ?? layout['gallery.band'] ?? anchor;
        await page.mouse.move(anchor.x + anchor.width / 2, anchor.y + anchor.height / 2);
        await page.mouse.wheel(0, delta);
        await frames();
        const now = await page.evaluate(() => facet.uiLayout());
        if (now[name]) return now[name];
      }
      if (name.includes(':')) break;  // an option of a list that is not open: scrolling will not show it
    }
    const layout = await page.evaluate(() => facet.uiLayout());
    assert.fail(`the panel shows "${name}" (has: ${Object.keys(layout).join(', ')})`);
  }

  async function click(name, fractionX = 0.5) {
    const r = await rect(name);
    await page.mouse.click(r.x + r.width * fractionX, r.y + r.height / 2);
    await frames();
  }

  // Types `text` into the panel's text box `name` as a user would: a click into it, Ctrl+A, the
  // text, Enter. A frame passes between the steps: the panel reads the mouse and keyboard once a
  // frame, and a box's first frame active is not the one to select in (keys sent together with the
  // click were lost when the panel tests ran in sequence).
  async function typeInto(name, text) {
    const box = await rect(name);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await frames();
    await page.keyboard.press('Control+A');
    await frames();
    await page.keyboard.type(text);
    await frames();
    await page.keyboard.press('Enter');
    await frames();
  }

  // Presses on a slider at `fromX`, drags to `toX` (page pixels) along its middle and lets go.
  async function drag(slider, fromX, toX) {
    const y = slider.y + slider.height / 2;
    await page.mouse.move(fromX, y);
    await page.mouse.down();
    await page.mouse.move(toX, y, { steps: 5 });
    await page.mouse.up();
  }

  // The report once `settled(report)` holds: a set piece's report follows its production mesh,
  // rebuilt after the design has been still for a moment. The last report if it never does.
  async function settledReport(settled) {
    let report;
    for (let i = 0; i < 100; ++i) {
      await frames(5);
      report = await page.evaluate(() => facet.report());
      if (settled(report)) break;
    }
    return report;
  }

  const design = async () => JSON.parse(await page.evaluate(() => facet.getDesign())).piece;

  return { frames, rect, click, typeInto, drag, settledReport, design };
}

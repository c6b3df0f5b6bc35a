// Pixel measurements on screenshots, computed inside the page (the browser decodes the PNG).
export async function diffFraction(page, pngA, pngB) {
  return page.evaluate(async ([a, b]) => {
    const load = async (b64) => {
      const bitmap = await createImageBitmap(await (await fetch('data:image/png;base64,' + b64)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const g = canvas.getContext('2d');
      g.drawImage(bitmap, 0, 0);
      return g.getImageData(0, 0, bitmap.width, bitmap.height).data;
    };
    const [x, y] = [await load(a), await load(b)];
    if (x.length !== y.length) return 1;
    let differing = 0;
    for (let i = 0; i < x.length; i += 4) {
      if (Math.max(Math.abs(x[i] - y[i]), Math.abs(x[i + 1] - y[i + 1]), Math.abs(x[i + 2] - y[i + 2])) > 16) differing++;
    }
    return differing / (x.length / 4);
  }, [pngA.toString('base64'), pngB.toString('base64')]);
}

// Fraction of pixels in a region that are gold-coloured (warm: R > G > B with a clear spread), and
// how many are "metal" at all (not the neutral grey backdrop: strongly lit or shadowed or coloured).
export async function hueStats(page, png, region) {
  return page.evaluate(async ([b64, r]) => {
    const bitmap = await createImageBitmap(await (await fetch('data:image/png;base64,' + b64)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = canvas.getContext('2d');
    g.drawImage(bitmap, 0, 0);
    const d = g.getImageData(r.x, r.y, r.width, r.height).data;
    let gold = 0, chromatic = 0;
    for (let i = 0; i < d.length; i += 4) {
      const [R, G, B] = [d[i], d[i + 1], d[i + 2]];
      if (R > G && G > B && R - B > 40) gold++;
      if (Math.max(R, G, B) - Math.min(R, G, B) > 30) chromatic++;
    }
    const n = d.length / 4;
    return { gold: gold / n, chromatic: chromatic / n };
  }, [png.toString('base64'), region]);
}

// Bounding boxes of rows holding the panel's accent colour (buttons, combo arrows), top to bottom.
export async function accentRows(page, png, region) {
  return page.evaluate(async ([b64, r]) => {
    const bitmap = await createImageBitmap(await (await fetch('data:image/png;base64,' + b64)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = canvas.getContext('2d');
    g.drawImage(bitmap, 0, 0);
    const d = g.getImageData(r.x, r.y, r.width, r.height).data;
    const accent = [158, 120, 56];
    const rows = [];
    for (let y = 0; y < r.height; y++) {
      let minX = -1, maxX = -1;
      for (let x = 0; x < r.width; x++) {
        const i = (y * r.width + x) * 4;
        if (Math.abs(d[i] - accent[0]) < 12 && Math.abs(d[i + 1] - accent[1]) < 12 && Math.abs(d[i + 2] - accent[2]) < 12) {
          if (minX < 0) minX = x;
          maxX = x;
        }
      }
      if (minX >= 0 && maxX - minX > 20) rows.push({ y: y + r.y, minX: minX + r.x, maxX: maxX + r.x });
    }
    // Merge consecutive rows into bands.
    const bands = [];
    for (const row of rows) {
      const last = bands[bands.length - 1];
      if (last && row.y === last.bottom + 1) { last.bottom = row.y; last.minX = Math.min(last.minX, row.minX); last.maxX = Math.max(last.maxX, row.maxX); }
      else bands.push({ top: row.y, bottom: row.y, minX: row.minX, maxX: row.maxX });
    }
    return bands;
  }, [png.toString('base64'), region]);
}

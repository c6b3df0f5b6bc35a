// Pixel measurements on screenshots, computed inside the page (the browser decodes the PNG).

// Decodes the PNGs in the page, cuts `region` ({x, y, width, height}, or null for the whole image)
// out of each, and runs `analyse(pixelArrays, region)` there. `analyse` must be self-contained: it is
// sent to the page as source text.
async function inPage(page, pngs, region, analyse) {
  return page.evaluate(async ([images, wanted, source]) => {
    const decoded = await Promise.all(images.map(async (b64) => {
      const bitmap = await createImageBitmap(await (await fetch('data:image/png;base64,' + b64)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const g = canvas.getContext('2d');
      g.drawImage(bitmap, 0, 0);
      const r = wanted ?? { x: 0, y: 0, width: bitmap.width, height: bitmap.height };
      return { r, data: g.getImageData(r.x, r.y, r.width, r.height).data };
    }));
    return (0, eval)(`(${source})`)(decoded.map((d) => d.data), decoded[0].r);
  }, [pngs.map((png) => png.toString('base64')), region, analyse.toString()]);
}

// Fraction of pixels whose colour changed by more than 16 in some channel.
export function diffFraction(page, pngA, pngB) {
  return inPage(page, [pngA, pngB], null, ([x, y]) => {
    if (x.length !== y.length) return 1;
    let differing = 0;
    for (let i = 0; i < x.length; i += 4) {
      if (Math.max(Math.abs(x[i] - y[i]), Math.abs(x[i + 1] - y[i + 1]), Math.abs(x[i + 2] - y[i + 2])) > 16) differing++;
    }
    return differing / (x.length / 4);
  });
}

// Fraction of pixels in a region that are gold-coloured (warm: R > G > B with a clear spread), and
// that are coloured at all (the backdrop is neutral grey).
export function hueStats(page, png, region) {
  return inPage(page, [png], region, ([d]) => {
    let gold = 0, chromatic = 0;
    for (let i = 0; i < d.length; i += 4) {
      const [R, G, B] = [d[i], d[i + 1], d[i + 2]];
      if (R > G && G > B && R - B > 40) gold++;
      if (Math.max(R, G, B) - Math.min(R, G, B) > 30) chromatic++;
    }
    const n = d.length / 4;
    return { gold: gold / n, chromatic: chromatic / n };
  });
}

// Fraction of pixels in a region that are green (jadeite, emerald): green well above red and blue.
export function greenFraction(page, png, region) {
  return inPage(page, [png], region, ([d]) => {
    let green = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i + 1] > d[i] + 20 && d[i + 1] > d[i + 2] + 10) green++;
    return green / (d.length / 4);
  });
}

// Mean of the red, green and blue levels over a region (0-255): how light it is.
export function meanLevel(page, png, region) {
  return inPage(page, [png], region, ([d]) => {
    let sum = 0;
    for (let i = 0; i < d.length; i += 4) sum += d[i] + d[i + 1] + d[i + 2];
    return sum / (3 * (d.length / 4));
  });
}

// Of a region's pixels, the share that are blue (blue well above red and green), and of those the
// share that are a deep blue (darker than mid-grey), not a pale one.
export function blueDepth(page, png, region) {
  return inPage(page, [png], region, ([d]) => {
    let blue = 0, deep = 0;
    for (let i = 0; i < d.length; i += 4) {
      const [R, G, B] = [d[i], d[i + 1], d[i + 2]];
      if (B > R + 40 && B > G + 30) {
        blue++;
        if (B > R + 50 && B > G + 40 && (R + G + B) / 3 < 150) deep++;
      }
    }
    return { blue: blue / (d.length / 4), deep: blue ? deep / blue : 0 };
  });
}

// Mean red, green and blue levels over a region (0-255 each).
export function meanColor(page, png, region) {
  return inPage(page, [png], region, ([d]) => {
    const sum = [0, 0, 0];
    for (let i = 0; i < d.length; i += 4) for (let c = 0; c < 3; ++c) sum[c] += d[i + c];
    return sum.map((s) => s / (d.length / 4));
  });
}

// Fraction of pixels that are warm (red well above blue): gold metal, not the grey studio.
export function goldFraction(page, png) {
  return inPage(page, [png], null, ([data]) => {
    let count = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] - data[i + 2] > 40) count++;
    return count / (data.length / 4);
  });
}

// Fraction of pixels that are not the studio backdrop (a light, neutral grey, darker in the
// piece's shadow on the floor).
export function pieceFraction(page, png, region = null) {
  return inPage(page, [png], region, ([data]) => {
    let piece = 0;
    for (let i = 0; i < data.length; i += 4) {
      const grey = Math.max(Math.abs(data[i] - data[i + 1]), Math.abs(data[i + 1] - data[i + 2])) < 6 && data[i] > 150;
      if (!grey) piece++;
    }
    return piece / (data.length / 4);
  });
}

// For stones, in a region: the fractions of dark pixels (luminance under 80), of bright ones (over
// 220) and of coloured ones (channels more than 40 apart): contrast and fire.
export function stoneStats(page, png, region) {
  return inPage(page, [png], region, ([d]) => {
    let dark = 0, bright = 0, coloured = 0;
    for (let i = 0; i < d.length; i += 4) {
      const [R, G, B] = [d[i], d[i + 1], d[i + 2]];
      const luminance = 0.2126 * R + 0.7152 * G + 0.0722 * B;
      if (luminance < 80) dark++;
      if (luminance > 220) bright++;
      if (Math.max(R, G, B) - Math.min(R, G, B) > 40) coloured++;
    }
    const n = d.length / 4;
    return { dark: dark / n, bright: bright / n, coloured: coloured / n };
  });
}

// Luminance over a region: its 10th and 90th percentiles, the mean spread between the channels
// (chroma), and the fraction of pixels burnt out to white. A shaded, lustrous surface shows a
// wide range; a flat one a narrow band, often burnt out.
export function levelSpread(page, png, region) {
  return inPage(page, [png], region, ([d]) => {
    const levels = [];
    let chroma = 0, burnt = 0;
    for (let i = 0; i < d.length; i += 4) {
      const [R, G, B] = [d[i], d[i + 1], d[i + 2]];
      levels.push(0.2126 * R + 0.7152 * G + 0.0722 * B);
      chroma += Math.max(R, G, B) - Math.min(R, G, B);
      if (Math.min(R, G, B) >= 250) burnt++;
    }
    levels.sort((a, b) => a - b);
    const n = levels.length;
    return { p10: levels[Math.floor(0.1 * n)], p90: levels[Math.floor(0.9 * n)], chroma: chroma / n, burnt: burnt / n };
  });
}

// Fine detail on the metal: the mean luminance step between neighbouring pixels (across and down)
// where both are gold (red well above blue). A hammered surface breaks the reflections into many
// small facets; a polished one shows smooth gradients.
export function metalDetail(page, png) {
  return inPage(page, [png], null, ([d], r) => {
    const gold = (i) => d[i] - d[i + 2] > 40;
    const luminance = (i) => 0.2126 * d[i] + 0.7152 * d[i + 1] + 0.0722 * d[i + 2];
    let sum = 0, count = 0;
    for (let y = 0; y + 1 < r.height; ++y) {
      for (let x = 0; x + 1 < r.width; ++x) {
        const i = (y * r.width + x) * 4;
        for (const j of [i + 4, i + r.width * 4]) {
          if (!gold(i) || !gold(j)) continue;
          sum += Math.abs(luminance(i) - luminance(j));
          count++;
        }
      }
    }
    return count ? sum / count : 0;
  });
}

// Sharpness: the mean absolute Laplacian of luminance over a region. A picture drawn smaller and
// scaled up has softer edges (the piece's outline, the prongs, the facets) and scores lower.
export function sharpness(page, png, region = null) {
  return inPage(page, [png], region, ([d], r) => {
    const L = (x, y) => { const i = (y * r.width + x) * 4; return 0.2126 * d[i] + 0.7152 * d[i + 1] + 0.0722 * d[i + 2]; };
    let sum = 0, count = 0;
    for (let y = 1; y + 1 < r.height; ++y) {
      for (let x = 1; x + 1 < r.width; ++x) {
        sum += Math.abs(4 * L(x, y) - L(x - 1, y) - L(x + 1, y) - L(x, y - 1) - L(x, y + 1));
        count++;
      }
    }
    return sum / count;
  });
}

// The backdrop just under the piece (8 rows below its lowest pixel down the middle of the
// picture): its brightness there and a quarter of the picture to each side on the same row (means
// of R over 11 columns). The backdrop's vignette makes the middle of a row its brightest, so a
// middle darker than both sides is the piece's shadow on the floor.
export function floorUnderPiece(page, png) {
  return inPage(page, [png], null, ([d], r) => {
    const isPiece = (x, y) => {
      const i = 4 * (y * r.width + x);
      return Math.max(Math.abs(d[i] - d[i + 1]), Math.abs(d[i + 1] - d[i + 2])) >= 6 || d[i] < 150;
    };
    const cx = Math.floor(r.width / 2);
    let lowest = -1;
    for (let y = 0; y < r.height; ++y) if (isPiece(cx, y)) lowest = y;
    const row = Math.min(r.height - 1, lowest + 8);
    const mean = (at) => { let s = 0; for (let x = at - 5; x <= at + 5; ++x) s += d[4 * (row * r.width + x)]; return s / 11; };
    const quarter = Math.floor(r.width / 4);
    return { lowest, middle: mean(cx), sides: Math.min(mean(cx - quarter), mean(cx + quarter)) };
  });
}

import { launch, serveApp, openApp, PHONE } from './browser.mjs';
const { server, url } = await serveApp();
for (const [name, opts] of [['desktop', {}], ['phone', PHONE]]) {
  const ctx = await launch(opts);
  const { page, errors } = await openApp(ctx, url);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `/tmp/${name}.png` });
  console.log(name, 'errors:', errors);
  await ctx.close();
}
server.close();

import { chromium } from 'playwright';
import { readdirSync, existsSync } from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
const marks = readdirSync('dist/marks');
const urls = [];
for (const m of marks) {
  for (const f of ['readiness','audit','questionnaire','priorities','surveys','plan','report','team','answers','shared']) if (existsSync(`dist/marks/${m}/${f}/index.html`)) urls.push(`/marks/${m}/${f}/`);
  if (existsSync(`dist/marks/${m}/levels`)) for (const l of readdirSync(`dist/marks/${m}/levels`)) if (existsSync(`dist/marks/${m}/levels/${l}/self-assessment/index.html`)) { urls.push(`/marks/${m}/levels/${l}/self-assessment/`); for (let i=1;i<=9;i++) urls.push(`/marks/${m}/levels/${l}/self-assessment/#area-${i}`); }
}
for (const u of urls) {
  await page.goto('http://localhost:62340' + u);
  await page.waitForSelector('[data-hydrated]', { timeout: 5000 }).catch(() => {});
  if (u.includes('#area')) { if (!(await page.locator('[data-testid=task-part]').count())) continue; }
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log((h / 844).toFixed(1), u);
}
await browser.close();

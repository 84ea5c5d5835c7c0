import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run"] });
const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
await page.addInitScript(() => {
  window.__lcp = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__lcp.push({ t: e.startTime, size: e.size, tag: e.element?.tagName, cls: e.element?.className, text: (e.element?.textContent||"").slice(0,60), rt: e.renderTime, lt: e.loadTime }); }).observe({ type: "largest-contentful-paint", buffered: true });
  new MutationObserver(() => { if (document.documentElement.dataset.app) window.__take = performance.now(); }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-app"] });
});
await page.goto(process.argv[2]);
await page.waitForTimeout(1500);
console.log(JSON.stringify(await page.evaluate(() => ({ lcp: window.__lcp, take: window.__take })), null, 1));
await browser.close();

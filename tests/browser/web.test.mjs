// The calculator page (index.html) in headless Chromium, used as each
// person would use it: by mouse and keyboard, typing as people type
// (keyboard.type, never fill), at 1280x800 and 390x844, and in print. Every
// test also fails on a console error or warning, an uncaught exception or a
// request to another origin. Expected figures come from the same engine
// under Node; the page's own hook (window.inmailPage) tells what it shows.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
  openSite,
  problemsOfEachTest,
  seriousAxeViolations,
  settledSnapshot,
  typeInto,
  watchProblems,
} from '../js/browser.mjs';
import { SITE_DIR, loadSiteModule, removeTemporaryDirs, temporaryDir } from '../js/site.mjs';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
// A4 portrait less its margins, in CSS pixels.
const PRINT_WIDTH = 718;
// Recruiter Lite, 40 InMails a month, 25 % answered (issue 14): two InMails
// wait in the first month. Its start is pinned: the shortfall depends on
// the days of that month.
const LITE = 'v=2&plan=recruiter_lite&start=2027-01&sends_per_month=40&response_rate=25';
const PRICES = `seat_prices=${encodeURIComponent('{"recruiter_lite":170,"recruiter":825.5,"sales_navigator":99.99}')}`;

let site;
let engine;
let today;
const problems = problemsOfEachTest(() => site?.browser, { cleanup: async () => removeTemporaryDirs() });

before(async () => {
  const module = await loadSiteModule();
  engine = await module.loadEngine();
  today = module.localMonth();
  site = await openSite();
});

after(async () => {
  await site?.close();
});

// A page that records console problems, uncaught exceptions and requests
// that leave the site's origin.
async function newPage(query = '', { viewport = DESKTOP, colorScheme = 'light', bypassCSP = false, clockAt } = {}) {
  const context = await site.browser.newContext({ viewport, colorScheme, bypassCSP, acceptDownloads: true });
  if (clockAt) await context.clock.setFixedTime(clockAt);
  // The test server (Node's http) refuses request lines over 16 KB; a browser
  // does not, so the page itself is served for such a link.
  await context.route(
    (url) => url.search.length > 8000,
    (route) => route.fulfill({ path: join(SITE_DIR, 'index.html'), contentType: 'text/html; charset=utf-8' }),
  );
  const page = await context.newPage();
  watchProblems(page, problems);
  const origin = new URL(site.url).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith(`blob:${origin}/`) && !url.startsWith('data:'))
      problems.push(`request to another origin: ${url}`);
  });
  await page.goto(`${site.url}${query}`);
  await settledSnapshot(page);
  return page;
}

const settled = (page) => settledSnapshot(page);
// An input of the form by its label (the plan comparison has price inputs of its own).
const field = (page, label) => page.locator('#scenario-form').getByLabel(label, { exact: true });
const summary = (page, key) => page.locator(`[data-summary="${key}"]`).textContent();
const verdict = (page) => page.getByRole('status').and(page.locator('#verdict'));

// What the engine says for a link, as the page should show it.
function expectedView(query, options = {}) {
  return engine.openPage(query, { today, ...options }).view;
}

// Whether the element's box and the viewport share any pixel.
function inViewport(locator) {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth && box.height > 0;
  });
}

// The field's error as the page shows it (the text its input names as its description).
async function describedText(input) {
  return input.evaluate((element) =>
    element
      .getAttribute('aria-describedby')
      .split(' ')
      .map((id) => document.getElementById(id))
      .filter((node) => node && !node.hidden)
      .map((node) => node.textContent)
      .join(' | '),
  );
}

async function downloadCsv(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

describe('a first visit', () => {
  test('shows the worked example, labelled as one; one click clears it', async () => {
    const page = await newPage();
    const example = expectedView('');
    const banner = page.locator('#example');
    assert.equal(await banner.isVisible(), true);
    assert.equal(await banner.locator('p').textContent(), example.example.text);
    assert.equal(new URL(page.url()).search, '');
    assert.equal((await settled(page)).query, '');
    assert.equal(await verdict(page).locator('.verdict-headline').textContent(), example.figures.verdict.headline);
    await page.getByRole('button', { name: 'Clear the example' }).click();
    const cleared = await settled(page);
    assert.deepEqual(cleared.scenario, { policy: 'current' });
    assert.equal(new URL(page.url()).search, '?v=2');
    assert.equal(await banner.isVisible(), false);
    // Focus goes back to the form's heading, not to the top of the page.
    assert.equal(await page.evaluate(() => document.activeElement.id), 'inputs-heading');
  });

  test("the 2015 bonus is not offered under today's rules", async () => {
    const page = await newPage();
    assert.equal(await field(page, 'January 2015 bonus').count(), 0);
    const old = await newPage('?policy=2015&start=2014-12');
    assert.equal(await field(old, 'January 2015 bonus').isVisible(), true);
  });
});

describe('the verdict', () => {
  test('answers the Recruiter Lite scenario in words, in a status region', async () => {
    const page = await newPage(`?${LITE}`);
    const { headline, detail } = expectedView(LITE).figures.verdict;
    assert.match(headline, /January 2027 falls short, by 2 InMails/);
    assert.match(detail, /start with 2 credits \(an opening balance\), or send 38 a month/);
    const box = verdict(page);
    assert.equal(await box.count(), 1);
    assert.equal(await box.locator('.verdict-headline').textContent(), headline);
    assert.equal(await box.locator('.verdict-detail').textContent(), detail);
  });

  for (const [size, viewport] of [
    ['1280x800', DESKTOP],
    ['390x844', PHONE],
  ]) {
    test(`stays in view while typing in Seats, InMails per seat per month and a seat price (${size})`, async () => {
      const page = await newPage(`?${LITE}`, { viewport });
      const box = verdict(page);
      const checkInView = async () => assert.equal(await inViewport(box), true, 'the verdict left the screen');
      for (const [label, text] of [
        ['Seats', '3'],
        ['InMails per seat per month', '45'],
        ['Seat price per month (Recruiter Lite)', '170,50'],
      ]) {
        await typeInto(page, field(page, label), text, { afterEachKey: checkInView });
        // The input typed into is not hidden under the verdict.
        const [input, bar] = await Promise.all([field(page, label).boundingBox(), box.boundingBox()]);
        assert.ok(input.y + input.height <= bar.y || input.y >= bar.y + bar.height, `${label} is under the verdict`);
      }
      const shown = await settled(page);
      assert.equal(shown.scenario.seats, 3);
      assert.equal(shown.result.totals.cost.total_cents, 17050 * 3 * 12);
    });
  }
});

describe('numbers as people type them', () => {
  test('"170,50" as a price is 170.50 a seat a month', async () => {
    const page = await newPage(`?${LITE}&seats=2&currency=USD`);
    await typeInto(page, field(page, 'Seat price per month (Recruiter Lite)'), '170,50');
    const shown = await settled(page);
    assert.equal(shown.scenario.seat_prices.recruiter_lite, 170.5);
    assert.equal(shown.result.totals.cost.total_cents, 17050 * 2 * 12);
    assert.equal(await summary(page, 'cost_total'), '$4,092.00');
    // What was typed stays as typed.
    assert.equal(await field(page, 'Seat price per month (Recruiter Lite)').inputValue(), '170,50');
  });

  test('"1,250" as a price is an error at its field that says both readings; no figure uses either', async () => {
    const page = await newPage(`?${LITE}`);
    const price = field(page, 'Seat price per month (Recruiter Lite)');
    await typeInto(page, price, '1,250');
    const shown = await settled(page);
    assert.equal(shown.result, null);
    assert.deepEqual(
      shown.errors.map((error) => error.field),
      ['seat_prices.recruiter_lite'],
    );
    assert.equal(await price.getAttribute('aria-invalid'), 'true');
    const described = await describedText(price);
    assert.match(described, /1250/);
    assert.match(described, /1\.25/);
    assert.equal(await price.inputValue(), '1,250');
    // The figures on screen are the last good input's ("1,25" on the way), marked as such.
    assert.equal(await page.locator('#stale-note').isVisible(), true);
    assert.match(await page.locator('main').getAttribute('class'), /\bstale\b/);
  });

  test('"2,5" seats: must be a whole number', async () => {
    const page = await newPage(`?${LITE}`);
    const seats = field(page, 'Seats');
    await typeInto(page, seats, '2,5');
    const shown = await settled(page);
    assert.equal(shown.result, null);
    assert.match(await describedText(seats), /must be a whole number/);
    assert.equal(await seats.getAttribute('aria-invalid'), 'true');
    await typeInto(page, seats, '2');
    assert.equal((await settled(page)).scenario.seats, 2);
    assert.equal(await seats.getAttribute('aria-invalid'), null);
  });
});

describe('links as people share them', () => {
  test('tracking parameters go, an unknown key is a notice that stays in the link through an edit', async () => {
    const query = 'v=2&plan=recruiter_lite&sends_per_month=40&response_rate=25&utm_source=linkedin&fbclid=x&colour=red';
    const page = await newPage(`?${query}`);
    const shown = await settled(page);
    assert.deepEqual(shown.errors, []);
    assert.equal(shown.result.totals.sent, expectedView(query).figures.result.totals.sent);
    assert.match(await page.locator('#notices').textContent(), /colour/);
    assert.equal(await page.locator('#notices').isVisible(), true);
    await typeInto(page, field(page, 'Seats'), '2');
    await page.keyboard.press('Tab');
    await settled(page);
    const params = new URL(page.url()).searchParams;
    assert.equal(params.get('colour'), 'red');
    assert.equal(params.get('seats'), '2');
    assert.equal(params.has('utm_source'), false);
    assert.equal(params.has('fbclid'), false);
  });

  const HOSTILE = [
    ['a 100 KB query', `v=2&months=6&note=${'a'.repeat(100 * 1024)}`],
    ['a lone %', '%'],
    ['a key-less =1', '=1'],
    ['name=%00', 'name=%00'],
    ['a repeated key', 'v=2&seats=2&seats=3'],
    ['bytes that are not UTF-8', 'plan=%ff'],
  ];
  for (const [name, query] of HOSTILE) {
    test(`a hostile link (${name}) gives field errors or notices, never a broken page`, async () => {
      const page = await newPage(`?${query}`);
      const shown = await settled(page);
      const view = expectedView(query);
      assert.deepEqual(shown.errors, view.errors);
      for (const error of view.errors) {
        // Each problem is at its input, or in the notices above the form.
        const text =
          (await page.locator('#form-sections').textContent()) + (await page.locator('#notices').textContent());
        assert.ok(text.includes(error.message), `${error.field}: ${error.message}`);
      }
      for (const notice of view.notices)
        assert.ok((await page.locator('#notices').textContent()).includes(notice.text));
      assert.equal(await verdict(page).isVisible(), true);
      // The page still works: an edit brings figures.
      await typeInto(page, field(page, 'Months'), '7');
      // (An edit writes the link anew: the link's own problems go with it.)
      const fixed = await settled(page);
      assert.deepEqual(fixed.errors, []);
      assert.equal(fixed.result.months.length, 7);
      assert.equal(await page.locator('#months-table tbody tr').count(), 7);
    });
  }

  test('a clock set outside 2000-2100 is reported, and the page is there to say so', async () => {
    const page = await newPage('', { clockAt: new Date(1999, 5, 15) });
    const shown = await settled(page);
    assert.deepEqual(
      shown.errors.map((error) => error.field),
      ['today'],
    );
    assert.equal(shown.result, null);
    assert.match(await page.locator('main').textContent(), /2000-01 to 2100-12/);
  });
});

describe('layout', () => {
  test('at 1280x800 the results column is beside the form, and overflowing tables say so and keep their first column', async () => {
    const page = await newPage(`?${LITE}&${PRICES}&currency=EUR`);
    const [form, results] = await Promise.all([
      page.locator('#scenario-form').boundingBox(),
      page.locator('.results-column').boundingBox(),
    ]);
    assert.ok(results.x >= form.x + form.width, 'the results are not beside the form');
    assert.ok(Math.abs(results.y - form.y) < 40, 'the results do not start beside the form');
    const scroller = page.locator('#plan-comparison .table-scroll');
    await scroller.scrollIntoViewIfNeeded();
    assert.match((await scroller.getAttribute('data-more')) ?? '', /right/);
    const firstColumn = scroller.locator('tbody th').first();
    const before = await firstColumn.boundingBox();
    // Scrolled sideways as a person would, with the wheel over the table.
    await scroller.hover();
    await page.mouse.wheel(400, 0);
    await page.waitForFunction(() => document.querySelector('#plan-comparison .table-scroll').scrollLeft > 0);
    assert.match(await scroller.getAttribute('data-more'), /left/);
    const afterScroll = await firstColumn.boundingBox();
    assert.ok(Math.abs(afterScroll.x - before.x) < 1, 'the first column scrolled away');
    assert.equal(await firstColumn.isVisible(), true);
  });

  test('at 390x844 the figures are one tap away and the form is short', async () => {
    const page = await newPage(`?${LITE}`, { viewport: PHONE });
    const formHeight = (await page.locator('#scenario-form').boundingBox()).height;
    assert.ok(formHeight < 2000, `the form is ${formHeight} px tall`);
    await page.getByRole('link', { name: 'See the figures' }).click();
    await page.waitForFunction(() => document.querySelector('#summary').getBoundingClientRect().top < innerHeight);
    assert.equal(await inViewport(page.locator('#summary')), true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);
  });

  test('the chart shows the InMails not sent, a labelled y axis and the latest month in its legend', async () => {
    const page = await newPage(`?${LITE}`);
    const { chart } = expectedView(LITE).figures;
    assert.ok((await page.locator('#chart rect.series-unsent').count()) > 0, 'no bar of InMails not sent');
    assert.equal(await page.locator('#chart .axis-label').textContent(), chart.y_label);
    const legend = await page.locator('#chart-legend').textContent();
    for (const series of chart.series) assert.ok(legend.includes(`${series.label}: ${series.latest}`), series.label);
    assert.ok(legend.includes(chart.months.at(-1)));
    assert.ok(legend.includes('InMails not sent'));
  });
});

describe('words and formats', () => {
  test('counts with thousands separators, money through Intl, one word for credits back', async () => {
    const counts = await newPage('?v=2&plan=custom&allotment=2000&sends_per_month=1060');
    assert.equal(await summary(counts, 'sent'), '12,720');
    const rows = await counts.locator('#months-table tbody tr th').count();
    assert.equal(rows, 12);
    const money = await newPage(
      `?v=2&seats=9&sends_per_month=100&response_rate=20&currency=USD&seat_prices=${encodeURIComponent('{"recruiter":825}')}`,
    );
    assert.equal(await summary(money, 'cost_total'), '$89,100.00');
    assert.equal(await summary(money, 'cost_per_sent'), '$8.25');
    for (const page of [counts, money]) {
      const text = await page.locator('body').textContent();
      assert.doesNotMatch(text, /Refunded/i);
      assert.match(text, /Credited back/);
    }
  });
});

describe('print', () => {
  test('within A4 portrait: the scenario in words, the verdict, every comparison column, the legend', async () => {
    const query = `${LITE}&seats=2&${PRICES}&currency=USD&goal_responses=20`;
    const page = await newPage(`?${query}`, { viewport: { width: PRINT_WIDTH, height: 1000 } });
    await page.emulateMedia({ media: 'print' });
    const view = expectedView(query, { comparisons: true });
    const wide = await page.evaluate((width) => {
      const tooWide = [];
      for (const element of document.querySelectorAll('body *')) {
        const box = element.getBoundingClientRect();
        if (box.width > 0 && (box.right > width + 1 || box.left < -1))
          tooWide.push(`${element.tagName}#${element.id}.${element.className}`);
      }
      return tooWide;
    }, PRINT_WIDTH);
    assert.deepEqual(wide, []);
    const words = page.locator('#print-words');
    assert.equal(await words.isVisible(), true);
    for (const line of view.scenario_words) assert.ok((await words.textContent()).includes(line), line);
    assert.equal(await verdict(page).isVisible(), true);
    assert.equal(await page.locator('#scenario-form').isVisible(), false);
    for (const [table, header] of [
      ['Policy comparison', view.comparisons.policies.header],
      ['Plan comparison', view.comparisons.plans.header],
    ]) {
      const shown = page.getByRole('table', { name: table }).locator('thead th');
      assert.deepEqual(await shown.allTextContents(), header, table);
      for (const cell of await shown.all()) {
        const box = await cell.boundingBox();
        assert.ok(box.width > 0 && box.x + box.width <= PRINT_WIDTH, `${table}: ${await cell.textContent()}`);
      }
    }
    const legend = await page.locator('#chart-legend').textContent();
    assert.doesNotMatch(legend, /--/);
    assert.ok(legend.includes('InMails not sent'));
    // Its colour keys print (backgrounds do not unless told).
    const keys = await page
      .locator('#chart-legend .swatch')
      .evaluateAll((swatches) => swatches.map((swatch) => getComputedStyle(swatch).printColorAdjust));
    assert.ok(keys.length >= 4 && keys.every((value) => value === 'exact'), keys.join());
  });

  for (const format of ['A4', 'Letter']) {
    test(`a ${format} PDF renders to pages`, async () => {
      const page = await newPage(`?${LITE}&seats=2&${PRICES}&currency=USD`);
      const folder = temporaryDir(`print-${format}`);
      const pdf = join(folder, 'page.pdf');
      writeFileSync(pdf, await page.pdf({ format }));
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(folder, 'page')]);
      const pages = readdirSync(folder).filter((file) => file.endsWith('.png'));
      assert.ok(pages.length >= 1 && pages.length <= 6, `${pages.length} pages`);
      // INMAIL_KEEP_PRINTS=folder keeps the pages, to look at them.
      const keep = process.env.INMAIL_KEEP_PRINTS;
      if (keep && existsSync(keep))
        for (const file of pages) writeFileSync(join(keep, `${format}-${file}`), readFileSync(join(folder, file)));
    });
  }
});

describe('CSV, history, comparisons and the goal', () => {
  test("the CSV's name says what it is and its first lines are the header block", async () => {
    const query = `${LITE}&${PRICES}&currency=EUR`;
    const page = await newPage(`?${query}`);
    const { state } = engine.openPage(query, { today });
    const { name, text } = await downloadCsv(page);
    const expected = engine.pageCsv(state, { today });
    assert.equal(name, expected.name);
    assert.match(name, /^inmail-credits-recruiter_lite-2027-01-12-months\.csv$/);
    const lines = text.split('\n');
    assert.match(lines[0], /^InMail credit calculator: projection made \d{4}-\d{2}-\d{2}$/);
    assert.equal(text.slice(text.indexOf('\n')), expected.csv.slice(expected.csv.indexOf('\n')));
  });

  test('one history entry per committed edit; Back restores', async () => {
    const page = await newPage(`?${LITE}`);
    const entries = () => page.evaluate(() => history.length);
    const start = await entries();
    await typeInto(page, field(page, 'Months'), '24');
    await page.keyboard.press('Tab');
    await typeInto(page, field(page, 'Seats'), '3');
    await page.keyboard.press('Tab');
    await settled(page);
    assert.equal(await entries(), start + 2);
    await page.goBack();
    let shown = await settled(page);
    assert.equal(shown.scenario.months, 24);
    assert.equal(shown.scenario.seats, undefined);
    assert.equal(await field(page, 'Seats').inputValue(), '1');
    await page.goBack();
    shown = await settled(page);
    assert.equal(shown.query, LITE);
    assert.equal(await field(page, 'Months').inputValue(), '12');
  });

  test("the plan comparison's price inputs keep their focus while typing", async () => {
    const page = await newPage(`?${LITE}`);
    const price = page
      .getByRole('table', { name: 'Plan comparison' })
      .getByLabel('Seat price per month (Sales Navigator)');
    await typeInto(page, price, '99,99', {
      afterEachKey: async () => assert.equal(await price.evaluate((input) => input === document.activeElement), true),
    });
    const shown = await settled(page);
    assert.equal(shown.scenario.seat_prices.sales_navigator, 99.99);
    assert.equal(await price.evaluate((input) => input === document.activeElement), true);
    assert.equal(await price.inputValue(), '99,99');
  });

  for (const way of ['mouse', 'keyboard']) {
    test(`the goal: cheapest and current plans marked, "Use these seats" by ${way} adopts the row`, async () => {
      const page = await newPage(`?${LITE}&${PRICES}`);
      await typeInto(page, field(page, 'Responses wanted per month'), '20');
      await page.keyboard.press('Tab');
      const shown = await settled(page);
      const { goal } = shown.result;
      assert.equal(goal.responses_per_month, 20);
      const table = page.locator('#goal-table');
      const inUse = table.locator('tbody tr.mark-in-use');
      assert.equal(await inUse.count(), 1);
      assert.match(await inUse.locator('th').textContent(), /^Recruiter Lite/);
      const cheapest = table.locator('tbody tr[class*="mark-cheapest"]');
      assert.equal(await cheapest.count(), 1);
      const row = goal.rows.find((candidate) => candidate.plan === goal.cheapest);
      const button = cheapest.getByRole('button', { name: /Use these seats/ });
      if (way === 'mouse') await button.click();
      else {
        await button.focus();
        await page.keyboard.press('Enter');
      }
      const adopted = await settled(page);
      assert.equal(adopted.scenario.plan, goal.cheapest);
      assert.equal(adopted.scenario.seats, row.seats);
      assert.equal(adopted.scenario.sends_per_month, row.sends_per_seat);
      assert.equal(await field(page, 'Plan').inputValue(), goal.cheapest);
    });
  }

  test('a sending plan typed into InMails per seat per month: the link carries it, the solvers say why they have none', async () => {
    const page = await newPage(`?${LITE}`);
    await typeInto(page, field(page, 'InMails per seat per month'), '40, 40, 120, 120, 20');
    await page.keyboard.press('Tab');
    const shown = await settled(page);
    assert.deepEqual(shown.scenario.sends_per_month, [40, 40, 120, 120, 20]);
    assert.equal(new URL(page.url()).searchParams.get('sends_per_month'), '40,40,120,120,20');
    assert.equal(shown.result.solvers.max_sustainable_sends, null);
    const notes = await page.locator('#summary-notes').textContent();
    assert.match(notes, /sending plan/i);
    assert.match(await summary(page, 'max_sustainable_sends'), /n\/a/);
  });
});

describe('keyboard, accessibility and themes', () => {
  test('keyboard only: clear the example, then fill in the team', async () => {
    const page = await newPage();
    await page.locator('body').focus();
    // Tab to "Clear the example" as a person would, and press it.
    for (let presses = 0; presses < 30; presses += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement.dataset.edit === 'clear_example')) break;
    }
    await page.keyboard.press('Enter');
    assert.deepEqual((await settled(page)).scenario, { policy: 'current' });
    // On to Seats by Tab alone, typing into each field on the way there.
    for (let presses = 0; presses < 40; presses += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement.dataset.field === 'groups[0].seats')) break;
    }
    await page.keyboard.type('4');
    await page.keyboard.press('Tab');
    await page.keyboard.type('60');
    await page.keyboard.press('Tab');
    const shown = await settled(page);
    assert.equal(shown.scenario.seats, 4);
    assert.equal(shown.scenario.sends_per_month, 60);
  });

  for (const [size, viewport] of [
    ['1280x800', DESKTOP],
    ['390x844', PHONE],
  ]) {
    for (const colorScheme of ['light', 'dark']) {
      test(`axe-core finds no serious or critical violation (${size}, ${colorScheme})`, async () => {
        const page = await newPage(`?${LITE}&${PRICES}&goal_responses=20&trials=50&colour=red`, {
          viewport,
          colorScheme,
          bypassCSP: true,
        });
        await page.locator('#group-0-report summary').click();
        assert.deepEqual(await seriousAxeViolations(page), []);
      });
    }
  }

  test("axe-core finds no serious or critical violation while the figures are an earlier input's", async () => {
    const page = await newPage(`?${LITE}&${PRICES}`, { bypassCSP: true });
    await typeInto(page, field(page, 'Seats'), '2,5');
    await settled(page);
    assert.equal(await page.locator('#stale-note').isVisible(), true);
    assert.deepEqual(await seriousAxeViolations(page), []);
  });

  test('the dark theme renders: dark background, light text, the chart in its colours', async () => {
    const page = await newPage(`?${LITE}`, { colorScheme: 'dark' });
    const colours = await page.evaluate(() => ({
      body: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.body).color,
      bar: getComputedStyle(document.querySelector('#chart rect.series-sent')).fill,
    }));
    const brightness = (rgb) =>
      rgb
        .match(/\d+/g)
        .slice(0, 3)
        .map(Number)
        .reduce((sum, value) => sum + value, 0);
    assert.ok(brightness(colours.body) < 150, colours.body);
    assert.ok(brightness(colours.text) > 500, colours.text);
    assert.notEqual(colours.bar, 'rgb(0, 0, 0)');
  });
});

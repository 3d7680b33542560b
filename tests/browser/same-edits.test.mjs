// One edit, one answer: the same edits, made by mouse and keyboard on the JS
// page (index.html) and on the Dear ImGui page (imgui.html), leave the same
// link, the same scenario, the same errors at the same fields and the same
// figures, because both pages send their edits to the engine's page model
// and draw its view. Each case also pins what the edit must do, worked out
// from the rules of editing (docs/engine.md, "Picking a plan", and the
// link codec of docs/url-query.md).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { imguiDriver } from '../js/imgui-driver.mjs';
import {
  WEBGL_READBACK_NOISE,
  openSite,
  settledImguiSnapshot,
  settledSnapshot,
  typeInto,
  watchProblems,
} from '../js/browser.mjs';

const LITE = 'v=2&plan=recruiter_lite&start=2027-01&months=6&sends_per_month=40&response_rate=25';
const PRICES = `seat_prices=${encodeURIComponent('{"recruiter_lite":170,"recruiter":825}')}`;

// Steps as a person takes them: type text into an input, pick an option of
// a choice, or press a button (an action, of a group where it is one); each
// input named by the engine's field path, as both pages name their inputs.
const type = (path, text) => ({ type: path, text });
const pick = (path, value) => ({ pick: path, value });
const press = (action, group) => ({ press: action, group });

const CASES = [
  {
    name: 'a pooled team picks Recruiter Lite, which cannot pool: its pooling goes, nothing else',
    link: 'v=2&plan=recruiter&seats=3&sends_per_month=100&response_rate=20&pooled=true',
    steps: [pick('plan', 'recruiter_lite')],
    query: 'v=2&plan=recruiter_lite&seats=3&sends_per_month=100&response_rate=20',
    errors: [],
  },
  {
    name: 'Custom keeps the allotment in use and the seat prices; its own price is typed with a decimal comma',
    link: `${LITE}&${PRICES}`,
    steps: [pick('plan', 'custom'), type('seat_prices.custom', '99,50')],
    // The prices keep the order they were given in.
    query: `v=2&plan=custom&allotment=30&start=2027-01&months=6&sends_per_month=40&response_rate=25&seat_prices=${encodeURIComponent('{"recruiter_lite":170,"recruiter":825,"custom":99.5}')}`,
    errors: [],
  },
  {
    name: 'a currency label longer than 12 characters is an error at the currency',
    link: LITE,
    steps: [type('currency', 'x'.repeat(21))],
    query: `${LITE}&currency=${'x'.repeat(21)}`,
    errors: [{ field: 'currency', message: 'must be at most 12 characters' }],
  },
  {
    name: 'values out of range are errors at their fields, kept in the link',
    link: LITE,
    steps: [type('months', '0'), type('groups[0].response_rate', '101')],
    query: 'v=2&plan=recruiter_lite&start=2027-01&months=0&sends_per_month=40&response_rate=101',
    errors: [
      { field: 'months', message: 'must be between 1 and 120' },
      { field: 'response_rate', message: 'must be between 0 and 100' },
    ],
  },
  {
    name: 'a shared link: tracking parameters go, an unknown key stays through an edit',
    link: `${LITE}&utm_source=linkedin&fbclid=abc&colour=red`,
    steps: [type('groups[0].seats', '2')],
    query: 'v=2&plan=recruiter_lite&start=2027-01&months=6&seats=2&sends_per_month=40&response_rate=25&colour=red',
    errors: [],
  },
  {
    name: 'numbers as people write them: "2,5" % is 2.5 %, "1,250" as a price says both readings',
    link: `${LITE}&${PRICES}`,
    steps: [type('groups[0].response_rate', '2,5'), type('seat_prices.recruiter_lite', '1,250')],
    query: `v=2&plan=recruiter_lite&start=2027-01&months=6&sends_per_month=40&response_rate=2.5&seat_prices=${encodeURIComponent('{"recruiter_lite":"1,250","recruiter":825}')}`,
    errors: [{ field: 'seat_prices.recruiter_lite', message: 'could be 1250 or 1.25: type 1250 or 1.25' }],
  },
  {
    name: 'a sending plan typed month by month, and a second group with its seats',
    link: LITE,
    steps: [type('groups[0].sends_per_month', '40, 40, 120'), press('add_group'), type('groups[1].seats', '2')],
    query: `v=2&plan=recruiter_lite&start=2027-01&months=6&groups=${encodeURIComponent('[{"sends_per_month":[40,40,120],"response_rate":25},{"seats":2}]')}`,
    errors: [],
  },
  {
    name: 'groups added and one removed: the others keep what was typed into them',
    link: LITE,
    steps: [
      press('add_group'),
      type('groups[1].seats', '2'),
      press('add_group'),
      type('groups[2].seats', '5'),
      press('remove_group', 1),
    ],
    query: `v=2&plan=recruiter_lite&start=2027-01&months=6&groups=${encodeURIComponent('[{"sends_per_month":40,"response_rate":25},{"seats":5}]')}`,
    errors: [],
  },
];

// The JS page, by keyboard (typing) and mouse (choices, buttons).
async function editJsPage(page, step) {
  if (step.press) {
    const ofGroup = step.group === undefined ? '' : `[data-group="${step.group}"]`;
    await page.locator(`[data-edit="${step.press}"]${ofGroup}`).click();
  } else if (step.pick) {
    const choice = page.locator(`#scenario-form [data-field="${step.pick}"]`);
    if ((await choice.first().getAttribute('type')) === 'radio') {
      await page.locator(`#scenario-form [data-field="${step.pick}"][value="${step.value}"]`).click();
    } else {
      await choice.selectOption(step.value);
    }
  } else {
    // A form input where the form has one, else the plan comparison's (another plan's price).
    const inForm = page.locator(`#scenario-form [data-field="${step.type}"]`);
    const input = (await inForm.count()) > 0 ? inForm : page.locator(`[data-field="${step.type}"]`);
    await typeInto(page, input.first(), step.text);
    await page.keyboard.press('Tab');
  }
  return settledSnapshot(page);
}

describe('the same edits on both pages', { timeout: 600000 }, () => {
  let site;
  let imguiPage;
  const problems = [];
  const imgui = imguiDriver(() => imguiPage);

  // ImGui's buttons are named by their action, and the group's index.
  async function editImguiPage(step) {
    if (step.press) await imgui.clickOn(step.group === undefined ? step.press : `${step.press}_${step.group}`);
    else if (step.pick) await imgui.pick(step.pick, step.value);
    else await imgui.typeInto(step.type, step.text);
    return settledImguiSnapshot(imguiPage);
  }

  before(async () => {
    site = await openSite();
  });
  after(() => site?.close());

  for (const { name, link, steps, query, errors } of CASES) {
    test(name, async () => {
      problems.length = 0;
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
      const jsPage = await context.newPage();
      imguiPage = await context.newPage();
      watchProblems(jsPage, problems);
      watchProblems(imguiPage, problems, { ignore: WEBGL_READBACK_NOISE });
      await jsPage.goto(`${site.url}index.html?${link}`);
      await imguiPage.goto(`${site.url}imgui.html?${link}`);
      let js = await settledSnapshot(jsPage);
      let ui = await settledImguiSnapshot(imguiPage);
      for (const step of steps) {
        js = await editJsPage(jsPage, step);
        ui = await editImguiPage(step);
        assert.equal(ui.query, js.query, `after ${JSON.stringify(step)}`);
        assert.deepEqual(ui.errors, js.errors, `after ${JSON.stringify(step)}`);
      }
      assert.equal(js.query, query);
      assert.deepEqual(js.errors, errors);
      assert.deepEqual(ui.scenario, js.scenario);
      assert.deepEqual(ui.result, js.result);
      assert.equal(js.result === null, errors.length > 0, 'figures show unless the input has errors');
      // Both addresses hold the link.
      assert.ok(jsPage.url().endsWith(`index.html?${query}`), jsPage.url());
      assert.ok(imguiPage.url().endsWith(`imgui.html?${query}`), imguiPage.url());
      await context.close();
      assert.deepEqual(problems, [], 'the consoles stay clean');
    });
  }
});

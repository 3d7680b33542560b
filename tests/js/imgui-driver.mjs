// The Dear ImGui page driven as a person drives it: by mouse and keyboard
// through window.inmailUi.widgetRects(), one frame at a time. Shared by the
// ImGui page's tests and the tests that make the same edits on both pages.
import assert from 'node:assert/strict';

/**
 * The driver of the ImGui page that `currentPage()` returns (a Playwright
 * Page on imgui.html, looked up on every call, so one driver serves page
 * after page).
 */
export function imguiDriver(currentPage) {
  // Resolves once the page has run at least one more frame: the emscripten
  // main loop runs on requestAnimationFrame too.
  const nextFrame = () =>
    currentPage().evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

  // Waits for Monte Carlo (it runs once the inputs have settled).
  async function settle() {
    await currentPage().waitForFunction(() => !window.inmailUi.pending());
    await nextFrame();
  }

  const snapshot = () => currentPage().evaluate(() => window.inmailUi.snapshot());
  const rects = () => currentPage().evaluate(() => window.inmailUi.widgetRects());
  const focused = () => currentPage().evaluate(() => window.inmailUi.focused());

  // A widget's rectangle once it is in view. The inputs panel scrolls, as a
  // person scrolls it, by the mouse wheel until the widget is wholly shown in
  // it (ImGui does not draw, so does not list, what is scrolled away): towards
  // the widget when it is partly shown, else down to the end, then up.
  async function widget(name) {
    const page = currentPage();
    let notches = 1;
    for (let turn = 0; turn < 60; turn += 1) {
      const shown = await rects();
      const rect = shown[name];
      const panel = shown.inputs;
      const inPanel = rect && rect.x >= panel.x && rect.x < panel.x + panel.width && rect.y + rect.height > panel.y;
      if (rect && (!inPanel || (rect.y >= panel.y && rect.y + rect.height <= panel.y + panel.height))) {
        return rect;
      }
      if (rect) notches = rect.y < panel.y ? -1 : 1;
      await page.mouse.move(panel.x + panel.width / 2, panel.y + panel.height / 2);
      await page.mouse.wheel(0, notches * 100);
      await nextFrame();
      await nextFrame();
      if (!rect && JSON.stringify(await rects()) === JSON.stringify(shown)) notches = -notches;
    }
    assert.fail(`no widget ${name} on screen`);
  }

  // ImGui 1.86 samples keys once a frame, so every press lasts a few frames.
  async function press(key) {
    await currentPage().keyboard.down(key);
    await nextFrame();
    await nextFrame();
    await currentPage().keyboard.up(key);
    await nextFrame();
  }

  // Ctrl+A held over frames, like every key here.
  async function selectAll() {
    await currentPage().keyboard.down('Control');
    await press('a');
    await currentPage().keyboard.up('Control');
    await nextFrame();
  }

  async function click(rect) {
    const { mouse } = currentPage();
    await mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
    await mouse.down();
    await nextFrame();
    await mouse.up();
    await nextFrame();
  }

  // Clicks a widget by its name, then lets the page settle.
  async function clickOn(name) {
    await click(await widget(name));
    await settle();
  }

  // Replaces the text of an input as a person does: a click (which on a
  // number starts typing once let go without moving), Ctrl+A, the text, Enter.
  async function typeInto(name, text) {
    await click(await widget(name));
    await selectAll();
    await currentPage().keyboard.type(text);
    await press('Enter');
    await settle();
  }

  // Presses `key` until the widget `name` has the keyboard focus.
  async function moveFocusTo(name, key) {
    for (let step = 0; step < 10 && (await focused()) !== name; step += 1) await press(key);
    assert.equal(await focused(), name);
  }

  // Opens a picker and chooses one of its options, by mouse.
  async function pick(field, value) {
    await clickOn(field);
    await clickOn(`${field}.options.${value}`);
  }

  // Drags from the centre of a widget by (dx, dy) CSS pixels in `steps` frames.
  async function drag(name, dx, dy, steps = 8) {
    const rect = await widget(name);
    const { mouse } = currentPage();
    const x = rect.x + rect.width / 2;
    const y = rect.y + rect.height / 2;
    await mouse.move(x, y);
    await mouse.down();
    await nextFrame();
    for (let step = 1; step <= steps; step += 1) {
      await mouse.move(x + (dx * step) / steps, y + (dy * step) / steps);
      await nextFrame();
    }
    await mouse.up();
    await settle();
  }

  return {
    nextFrame,
    settle,
    snapshot,
    rects,
    focused,
    widget,
    press,
    selectAll,
    click,
    clickOn,
    typeInto,
    moveFocusTo,
    pick,
    drag,
  };
}

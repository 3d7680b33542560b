// How a page and an integrator use inmail.js, compiled with --strict
// against web/inmail.d.ts (tests/js/types.test.mjs). Never run: it only has
// to type-check, and each @ts-expect-error line must stay an error.
import { loadEngine, localMonth } from '../../web/inmail.js';
import type { Cell, Edit, Engine, FieldView, PageState, PageView, Result } from '../../web/inmail.js';

/** A cell's text; money the page writes through the reader's locale. */
function cellText(cell: Cell, currency: string): string {
  return typeof cell === 'string' ? cell : `${(cell.cents / 100).toFixed(2)} ${currency}`;
}

/** Every input of a view, as a form draws it. */
function inputs(view: PageView): FieldView[] {
  return view.sections.flatMap((section) => [
    ...section.fields,
    ...section.groups.flatMap((group) => [...group.fields, ...group.report.counts]),
  ]);
}

/** What an edit is about, in words: the union narrows on `kind`. */
function describe(edit: Edit): string {
  switch (edit.kind) {
    case 'set':
      return `${edit.field} = ${edit.text}`;
    case 'set_month':
      return `${edit.field}[${edit.month}] = ${edit.value}`;
    case 'remove_group':
    case 'use_report':
      return `group ${edit.group + 1}`;
    case 'adopt_goal':
      return `plan ${edit.text}`;
    case 'drop':
      return `drop ${edit.field}`;
    case 'add_group':
    case 'clear_example':
      return edit.kind;
    default: {
      const unknown: never = edit;
      return unknown;
    }
  }
}

function verdictLine(view: PageView): string {
  const figures = view.figures;
  if (!figures) return view.status;
  const { tone, headline, detail } = figures.verdict;
  const sign = tone === 'enough' ? '✓' : tone === 'short' ? '!' : '';
  return `${sign} ${headline} ${detail}`;
}

function totalsLine(result: Result): string {
  const cost = result.totals.cost;
  const perResponse = cost?.per_response_cents ?? null;
  const goal = result.goal?.cheapest ?? 'no goal';
  return `${result.totals.sent} sent, ${result.totals.unsent} not sent; ${perResponse} cents a response; ${goal}`;
}

async function page(): Promise<void> {
  const engine: Engine = await loadEngine();
  const today = localMonth(new Date());
  let { state, view } = engine.openPage(location.search, { today });
  const send = (edit: Edit): void => {
    ({ state, view } = engine.update(state, edit, { today }));
  };
  send({ kind: 'set', field: 'groups[0].seats', text: '3' });
  send({ kind: 'set', field: 'seat_prices.recruiter_lite', text: '170,50' });
  send({ kind: 'set_month', field: 'groups[0].sends_per_month', month: 2, value: 120 });
  send({ kind: 'adopt_goal', text: 'sales_navigator' });
  for (const field of inputs(view)) if (field.applies && field.error) console.log(field.label, field.error);
  console.log(verdictLine(view), describe({ kind: 'clear_example' }));
  const heavy = engine.view(state, { today, comparisons: true, goal: true, monteCarlo: true });
  for (const row of heavy.comparisons?.plans.rows ?? []) console.log(row.map((cell) => cellText(cell, view.currency)));
  for (const row of heavy.goal?.rows ?? []) if (row.adoptable) send({ kind: 'adopt_goal', text: row.plan });
  const band = heavy.figures?.chart.band;
  if (band) console.log(band[0].latest, band[1].latest);
  console.log(heavy.monte_carlo?.lines.join(' '));
  const file = engine.pageCsv(state, { today, date: '2026-12-02' });
  if ('errors' in file) console.log(file.errors.map((error) => `${error.field}: ${error.message}`));
  else console.log(file.name, file.csv.length);
  const kept: PageState = state;
  console.log(kept.scenario['policy'], kept.currency, kept.example);

  const projected = engine.project({ plan: 'recruiter_lite', sends_per_month: [40, 40, 120], goal_responses: 20 });
  if ('errors' in projected) console.log(projected.errors.length);
  else console.log(totalsLine(projected));
  console.log(engine.schema.labels.cost_per_response, engine.schema.goal_notes.length, engine.version);

  // @ts-expect-error: a set edit carries the text as typed
  send({ kind: 'set', field: 'months' });
  // @ts-expect-error: text is what the person typed, never a number
  send({ kind: 'set', field: 'months', text: 6 });
  // @ts-expect-error: no such edit
  send({ kind: 'reset' });
  // @ts-expect-error: a goal row is adopted by its plan's name
  send({ kind: 'adopt_goal', text: 'gold' });
  // @ts-expect-error: the state is the engine's; a scenario is not one
  engine.view({ policy: 'current' });
  // @ts-expect-error: a view may have no figures
  console.log(view.figures.verdict);
}

void page();

// Types of build/site/inmail.js, the InMail credit engine as an ES module.
// Shapes follow the spec (credit-model.md v3, sections 2, 4, 4b, 4c, 4d and
// 6) and the engine's page model (engine/include/inmail/page_model.h, its
// JSON forms in engine/src/page/page_json.cpp). Checked by
// tests/js/types.test.mjs (in `node --test tests/js/`): tests/types/usage.ts
// compiles against this file with --strict, and the engine's real outputs
// must have these types.

export type PolicyName = 'current' | '2015' | 'legacy';
export type PlanName =
  | 'recruiter'
  | 'recruiter_professional_services'
  | 'recruiter_lite'
  | 'talent_finder'
  | 'sales_navigator'
  | 'premium_career'
  | 'premium_business'
  | 'custom';

/** "YYYY-MM" */
export type Month = string;

export interface GroupInput {
  name?: string | null;
  seats?: number | null;
  /** InMails per seat a month, or a sending plan: one entry a month, the last repeating (v3). */
  sends_per_month?: number | number[] | null;
  /** Percent, 0..100 with at most 2 decimals. */
  response_rate?: number | null;
  response_days?: number | null;
}

/**
 * A scenario; every key is optional and `null` means "not given". Defaults
 * are the engine's (spec section 2; `result.resolved` tells the ones in use).
 */
export interface Scenario extends GroupInput {
  policy?: PolicyName | null;
  plan?: PlanName | null;
  allotment?: number | null;
  start?: Month | null;
  months?: number | null;
  pooled?: boolean | null;
  groups?: GroupInput[] | null;
  opening_balance?: number | null;
  launch_bonus?: boolean | null;
  /** Days, or "none": credits never lapse by age. */
  expiry_days?: number | 'none' | null;
  /** Credits per seat after a refresh, or "none". */
  balance_cap?: number | 'none' | null;
  refresh_day?: number | null;
  trials?: number | null;
  /** Unsigned 64-bit; JavaScript numbers are exact only up to 2^53. */
  seed?: number | null;
  /** Price of one seat for one month, by plan, in the user's one currency (at most 2 decimals). */
  seat_prices?: Partial<Record<PlanName, number>> | null;
  compare?: boolean | null;
  /** Responses the team wants per calendar month: adds `result.goal` (v3). */
  goal_responses?: number | null;
}

export interface MonthFigures {
  month: Month;
  opening: number;
  granted: number;
  bonus: number;
  refunded: number;
  sent: number;
  unsent: number;
  responses: number;
  expired: number;
  closing: number;
}

/** A group's share of a month; `refunded` is what its sends earned back. */
export interface GroupMonthFigures {
  month: Month;
  sent: number;
  unsent: number;
  responses: number;
  refunded: number;
  /** Days on which the group trips LinkedIn Recruiter's 13 % rule. */
  rate_warning_days: number;
}

export interface GroupFigures {
  name: string;
  rate_warning_days: number;
  months: GroupMonthFigures[];
}

/** Whole cents; null where the divisor is 0. */
export interface Cost {
  total_cents: number;
  per_sent_cents: number | null;
  per_response_cents: number | null;
}

/** Sums over the months, credits back due after the last day, and the cost (null without a price for the plan). */
export interface Totals extends Omit<MonthFigures, 'month' | 'opening' | 'closing'> {
  pending_refunds: number;
  cost: Cost | null;
}

export interface MonteCarloMonth {
  month: Month;
  closing_p10: number;
  closing_p50: number;
  closing_p90: number;
  shortfall_probability: number;
}

export interface MonteCarlo {
  trials: number;
  seed: number;
  months: MonteCarloMonth[];
}

/** A comparison row: the scenario under another policy or on another plan (spec section 4c). */
export interface ComparisonRow {
  policy: PolicyName;
  plan: PlanName;
  allotment: number;
  pooled: boolean;
  balance_cap: number | null;
  totals: Totals;
}

export interface Comparisons {
  policies: ComparisonRow[];
  plans: ComparisonRow[];
}

/** A plan's answer to the goal (spec section 4d); seats, sends and totals are null where no number of seats does it. */
export interface GoalRow {
  plan: PlanName;
  allotment: number;
  pooled: boolean;
  balance_cap: number | null;
  seats: number | null;
  sends_per_seat: number | null;
  totals: Totals | null;
}

/** "How many seats, on which plan, for R responses a month?" (spec section 4d). */
export interface Goal {
  responses_per_month: number;
  /** The team's InMails a month at the group's rate; null with a reason. */
  sends_per_month: number | null;
  reason: 'several_groups' | 'zero_response_rate' | null;
  /** The row with the lowest total cost among those with a cost. */
  cheapest: PlanName | null;
  rows: GoalRow[];
}

/** The scenario as the engine used it, every default filled in. */
export interface Resolved {
  policy: PolicyName;
  plan: PlanName;
  allotment: number;
  start: Month;
  months: number;
  pooled: boolean;
  /** null: no cap. */
  balance_cap: number | null;
  /** null: credits never lapse by age. */
  expiry_days: number | null;
}

/** The projection (spec section 4). */
export interface Result {
  months: MonthFigures[];
  groups: GroupFigures[];
  totals: Totals;
  solvers: {
    /** Null with several groups or a sending plan. */
    max_sustainable_sends: number | null;
    /** Percent; null with several groups, a sending plan, under legacy, or when even 100 % leaves InMails unsent. */
    break_even_response_rate: number | null;
  };
  monte_carlo: MonteCarlo | null;
  comparisons: Comparisons | null;
  goal: Goal | null;
  resolved: Resolved;
}

export interface FieldError {
  /** Path of the input field, e.g. "groups[0].response_rate", "seat_prices.recruiter", "today"; "" for the whole input. */
  field: string;
  message: string;
}

export interface Errors {
  errors: FieldError[];
}

// ---------------------------------------------------------------- schema

export type FieldKind =
  | 'choice'
  | 'integer'
  | 'hundredths'
  | 'limit'
  | 'month'
  | 'text'
  | 'boolean'
  | 'seed'
  | 'groups'
  | 'schedule'
  | 'prices';

export interface FieldInfo {
  key: string;
  label: string;
  hint: string;
  /** Where a form puts it: "Plan", "Calendar", "Team", ... */
  section: string;
  kind: FieldKind;
  /** Limits; in hundredths for the kinds "hundredths" and "prices"; the length for "text". */
  min: number;
  max: number;
  /** A key of each group (and of the single group's shorthand). */
  in_group: boolean;
  /** The fixed default; null where it depends on the policy, the plan or `today`. */
  default: string | number | boolean | Record<string, never> | null;
}

export interface PolicyInfo {
  name: PolicyName;
  display_name: string;
  /** One line: where the policy's rules come from. */
  source: string;
  default_start: Month | null;
}

export interface PlanInfo {
  name: PlanName;
  display_name: string;
  source: string;
  /** Credits per seat and month under each policy; null where it has none (Custom: the user's). */
  allotments: Record<PolicyName, number | null>;
  /** The policies that offer the plan, in list order. */
  offered_by: PolicyName[];
  pools: boolean;
  pools_default: boolean;
  /** Allotment from LinkedIn's later help pages, not the 2015 announcement. */
  from_help_pages: boolean;
  /** LinkedIn Recruiter's 13 % rule applies. */
  rate_rule: boolean;
}

export interface Column {
  key: string;
  label: string;
}

/** A fixed text with a code to match on. */
export interface Explanation {
  code: string;
  title: string;
  text: string;
  source: string;
}

export interface Schema {
  version: string;
  spec_version: string;
  /** Every scenario key in the spec's order, group keys where `groups` is. */
  fields: FieldInfo[];
  /** Keys a link holds besides the scenario's: the currency label. */
  link_fields: FieldInfo[];
  /** In list order, today's rules first. */
  policies: PolicyInfo[];
  plans: PlanInfo[];
  /** The labels of figures that are not a column's, and the word for "no limit". */
  labels: {
    month: string;
    group: string;
    closing_at_end: string;
    max_sustainable_sends: string;
    break_even_response_rate: string;
    total_cost: string;
    cost_per_sent: string;
    cost_per_response: string;
    cheapest_per_response: string;
    sending_plan: string;
    goal_team_sends: string;
    goal_sends_per_seat: string;
    seats: string;
    plan: string;
    cheapest: string;
    in_use: string;
    allotment_short: string;
    pooled_short: string;
    no_limit: string;
  };
  /** The group keys a scenario may hold at its top for its single group. */
  shorthand_keys: string[];
  month_columns: Column[];
  group_month_columns: Column[];
  total_columns: Column[];
  /** Every reason a solver can have no answer. */
  solver_notes: Explanation[];
  /** Every reason the goal can have no rows. */
  goal_notes: Explanation[];
  rules: { rate_warning: Explanation; report_helper: Explanation };
}

// ---------------------------------------------------------------- page model

/**
 * A scenario as a person gave it: only the keys they set, values as they
 * wrote them, so possibly invalid (a price typed "1,250" stays text, a
 * link's "months=twelve" too). Once it has no errors it is a Scenario.
 */
export type ScenarioAsGiven = { readonly [key: string]: unknown };

/**
 * What a page holds between edits. Keep it and pass it back to update(),
 * view() and pageCsv(); read `scenario`, `currency` and `example` if you
 * like, and leave the rest to the engine, which reads any part it cannot
 * use as its default.
 */
export interface PageState {
  readonly scenario: ScenarioAsGiven;
  /** The label costs are shown in; kept in the link. */
  readonly currency: string;
  /** Link keys that are no setting (tracking parameters aside), as [key, value], in order: notices, kept in the link. */
  readonly unknown_link_keys: readonly (readonly [key: string, value: string])[];
  /** The opened link's own problems, until the next edit writes the link anew. */
  readonly link_errors: readonly FieldError[];
  /** The text of an input, by field path, where it is not the value's own writing. */
  readonly typed: { readonly [path: string]: string };
  /** The counts of each group's "From your InMail report", as typed, by group index. */
  readonly report: { readonly [group: string]: { sent: string; accepted: string; declined: string } };
  /** A first visit's worked example. */
  readonly example: boolean;
  /** The last scenario as given that had no errors: its figures stay in view, dimmed, while the input has errors. */
  readonly last_good: ScenarioAsGiven | null;
}

/**
 * A field path: "months", "groups[1].seats", "seat_prices.recruiter",
 * "currency", "groups[0].report.sent" (the report helper's counts).
 */
export type FieldPath = string;

/** One change a person makes; the engine ignores what it cannot apply. */
export type Edit =
  /** A field set to the text as typed ("170,50", "40, 40, 120", "" for the default). */
  | { kind: 'set'; field: FieldPath; text: string }
  | { kind: 'add_group' }
  | { kind: 'remove_group'; group: number }
  /** The group's report helper's rate becomes its response rate. */
  | { kind: 'use_report'; group: number }
  /** A row of the goal table: its plan, seats and volume become the scenario's. */
  | { kind: 'adopt_goal'; text: PlanName }
  /** The worked example gives way to today's rules with every default. */
  | { kind: 'clear_example' }
  /** A value the page has no input for (a link's unknown key) is removed. */
  | { kind: 'drop'; field: FieldPath }
  /** One month of a sending plan, as a bar dragged on a chart. */
  | { kind: 'set_month'; field: FieldPath; month: number; value: number };

export type EditKind = Edit['kind'];

/** An option of a choice (policy, plan, pooling). */
export interface ChoiceView {
  value: string;
  label: string;
  /** Where its rules or figures come from; or why it is not offered. */
  note: string;
  /** A heading the option sits under; "" for none. */
  group: string;
  enabled: boolean;
}

/** The kind of input a field wants: the schema's kind, "decimal" for rates and prices, "tristate" for pooling. */
export type FieldViewKind =
  | 'choice'
  | 'tristate'
  | 'boolean'
  | 'integer'
  | 'decimal'
  | 'schedule'
  | 'limit'
  | 'month'
  | 'text'
  | 'seed';

/** One input, as a page draws it. */
export interface FieldView {
  path: FieldPath;
  label: string;
  hint: string;
  kind: FieldViewKind;
  /** What the input shows: as typed, else the value given. */
  text: string;
  /** What an empty input means: the default in force, in words. */
  placeholder: string;
  /** The engine's problem with it; "" when none. */
  error: string;
  /** More about the value in force (a plan's source, a warning); "" when none. */
  note: string;
  /** false: not offered (the 2015 bonus under today's rules), so not drawn. */
  applies: boolean;
  given: boolean;
  /** The range a slider or drag covers, in the field's own unit, and a step a drag of one pixel moves. */
  min: number;
  max: number;
  step: number;
  /** The value as a number, when it is one. */
  number: number | null;
  /** The number an empty input stands for (the default in force), where a drag starts; null when none. */
  in_force: number | null;
  choices: ChoiceView[];
}

/** "From your InMail report" under a group. */
export interface ReportView {
  title: string;
  /** How the rate is worked out. */
  text: string;
  source: string;
  /** Sent, accepted, declined. */
  counts: FieldView[];
  /** "Use 25.5 % as the response rate", or "" while the counts give no rate. */
  action: string;
}

export interface GroupView {
  /** Its name, or "Group 2". */
  title: string;
  fields: FieldView[];
  /** The 13 % rule at this group, if it trips it; "" otherwise. */
  warning: string;
  report: ReportView;
  removable: boolean;
  /** The label of the action that removes it; "" when it cannot be removed. */
  remove: string;
  /** The sending plan per month, as the chart's bars show it. */
  plan_by_month: number[];
}

export interface SectionView {
  title: string;
  /** Drawn closed unless it holds an error or a value given. */
  folded: boolean;
  fields: FieldView[];
  /** The Team section's groups. */
  groups: GroupView[];
  /** The label of the action that adds a group; "" when no more may be added. */
  add_group: string;
}

/** Money: the engine's text, and the amount in cents for a page to write the way the reader's locale writes money. */
export interface MoneyCell {
  text: string;
  cents: number;
}

/** A table cell: text as the engine wrote it (counts with thousands separators), or money. */
export type Cell = string | MoneyCell;

export interface TableView {
  title: string;
  header: string[];
  rows: Cell[][];
  /** Per row, its tags joined by ", ": "in use", "cheapest that sends all", both, or "". */
  marks: string[];
}

export interface SummaryItem {
  key: string;
  label: string;
  value: Cell;
  /** Why there is no answer, or when; "" when nothing to add. */
  note: string;
}

export interface SeriesView {
  key: string;
  label: string;
  /** One a month. */
  values: number[];
  /** The same, written for people. */
  texts: string[];
  /** The last month's value, as the legend shows it. */
  latest: string;
}

export interface ChartView {
  title: string;
  y_label: string;
  months: Month[];
  /** Closing balance, InMails sent, InMails not sent, credited back. */
  series: SeriesView[];
  /** From 0 to the axis's top, evenly spaced, and the same written for people. */
  y_ticks: number[];
  y_tick_texts: string[];
  /** Monte Carlo's p10 and p90 of the closing balance, once its trials ran. */
  band: [SeriesView, SeriesView] | null;
}

/** The answer in words: enough or not, when it first falls short and by how much, and the smallest fix. */
export interface Verdict {
  tone: 'enough' | 'short' | 'empty';
  headline: string;
  detail: string;
}

/** The figures of one scenario: the input's, or the last good one's (see PageView.figures_stale). */
export interface FiguresView {
  result: Result;
  verdict: Verdict;
  summary: SummaryItem[];
  /** One per group that trips the 13 % rule. */
  rate_warnings: string[];
  /** The 13 % rule in words, with its source, when a warning shows; "" otherwise. */
  rate_rule: string;
  chart: ChartView;
  months: TableView;
  groups: TableView;
  /** Why a solver has no answer, once per reason. */
  notes: string[];
}

export interface ComparisonsView {
  policies: TableView;
  plans: TableView;
  hint: string;
  /** The seat price input of each row of the plan comparison, in row order. */
  plan_prices: FieldView[];
}

export interface GoalRowView {
  /** For the edit { kind: 'adopt_goal', text: plan }. */
  plan: PlanName;
  cells: Cell[];
  /** "in use", "cheapest", both joined by ", ", or "". */
  mark: string;
  adoptable: boolean;
}

export interface GoalView {
  /** "How many seats for 20 responses a month?" */
  question: string;
  /** The volume it takes, or why there are no rows. */
  answer: string;
  header: string[];
  rows: GoalRowView[];
  /** The label of the action that adopts a row: "Use these seats". */
  adopt: string;
}

/** A problem without an input of its own, or an unknown key of the link. */
export interface Notice {
  /** The key it is about, for { kind: 'drop' }; may be "". */
  field: string;
  text: string;
  droppable: boolean;
  /** The label of the action that drops the key; "" when it cannot be dropped. */
  drop: string;
}

/** The words of a page's own controls: the parts of the results it may show as tabs, and its actions. */
export interface PageLabels {
  title: string;
  summary: string;
  goal: string;
  months: string;
  policies: string;
  plans: string;
  copy_csv: string;
  copy_link: string;
  open_js_page: string;
  /** What a page says once the CSV is on the clipboard. */
  csv_copied: string;
  /** ... and the link. */
  link_copied: string;
  /** Under a sending plan's bars, where a page lets them be dragged. */
  plan_bars: string;
}

export interface ExampleView {
  text: string;
  /** The label of the action that clears it. */
  clear: string;
}

/** Everything a page shows for a state. */
export interface PageView {
  /** Null until the input (or an earlier one) has no errors. */
  figures: FiguresView | null;
  /** The link, without "?"; "" for the worked example. */
  query: string;
  /** Every problem, the caller's clock's and the link's first. */
  errors: FieldError[];
  notices: Notice[];
  example: ExampleView | null;
  sections: SectionView[];
  currency: string;
  /** The figures are an earlier input's. */
  figures_stale: boolean;
  /** The figures' scenario asks for Monte Carlo trials (run with `monteCarlo: true`). */
  monte_carlo_asked: boolean;
  /** One line for a live region: what changed. */
  status: string;
  /** With `comparisons: true`. */
  comparisons: ComparisonsView | null;
  /** With `goal: true` and goal_responses given. */
  goal: GoalView | null;
  /** With `monteCarlo: true` and trials asked for. */
  monte_carlo: { lines: string[] } | null;
  /** While the figures' scenario runs Monte Carlo and it was not asked for yet: what a page says instead; "" otherwise. */
  monte_carlo_pending: string;
  /** The scenario in words, for print and CSV. */
  scenario_words: string[];
  labels: PageLabels;
}

/** A state and what a page shows for it. */
export interface PageAnswer {
  state: PageState;
  view: PageView;
}

export interface CsvFile {
  /** What to save it as: "inmail-credits-recruiter_lite-2027-01-12-months.csv". */
  name: string;
  /** A header block (the scenario in words, the date), then `inmail-calc project --format csv`'s tables. */
  csv: string;
}

export interface TodayOption {
  /**
   * The caller's month, "YYYY-MM": today's rules start then unless the scenario says. Default: the local month.
   * Outside 2000-01..2100-12 (a clock set wrong) it is an error of field "today", listed first, and there are no figures.
   */
  today?: Month;
}

/** The parts of a view that cost up to a few dozen projections each: ask for them where they can wait (a worker). */
export interface ViewOptions extends TodayOption {
  comparisons?: boolean;
  goal?: boolean;
  monteCarlo?: boolean;
}

export interface CsvOptions extends TodayOption {
  /** The day the CSV is made, "YYYY-MM-DD", for its header and name. Default: today in UTC. */
  date?: string;
}

export interface Engine {
  /** The engine's version: project()'s VERSION in CMakeLists.txt, as in package.json. */
  readonly version: string;
  /** The engine's description of itself: fields, plans, policies, labels, rules. */
  readonly schema: Schema;
  /** The projection (Monte Carlo included when trials > 0), or every input error. A string is taken as scenario JSON text. */
  project(scenario: Scenario | string, options?: TodayOption): Result | Errors;
  /** project() on JSON text, returning the JSON text of the result or errors (compact, the spec's key order). */
  projectJson(scenarioJson: string, options?: TodayOption): string;
  /** `{ errors: [] }` when the scenario is valid. */
  validate(scenario: Scenario | string, options?: TodayOption): Errors;
  /**
   * A page opened with a URL query (location.search, with or without "?"): the link's scenario, or the
   * worked example when it has no key. Tracking parameters are dropped; other unknown keys are notices.
   */
  openPage(query: string, options?: ViewOptions): PageAnswer;
  /** The state after `edit`, and its view. Never throws: an edit that cannot be applied changes nothing. */
  update(state: PageState, edit: Edit, options?: ViewOptions): PageAnswer;
  /** The view of a state; the heavy parts only when asked. */
  view(state: PageState, options?: ViewOptions): PageView;
  /** The CSV download, or errors while the input has errors. */
  pageCsv(state: PageState, options?: CsvOptions): CsvFile | Errors;
}

/** Loads the WebAssembly engine; works in browsers, workers and Node 20. */
export function loadEngine(): Promise<Engine>;

/** The local month as "YYYY-MM", the `today` of spec section 2 for a page. */
export function localMonth(date?: Date): Month;

// Types of build/site/inmail.js, the InMail credit engine as an ES module.
// Shapes follow the spec (credit-model.md v2, sections 2, 4, 4b, 4c and 6)
// and the engine's page.h, schema.h and explain.h.

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
  name?: string;
  seats?: number;
  sends_per_month?: number;
  /** Percent, 0..100 with at most 2 decimals. */
  response_rate?: number;
  response_days?: number;
}

/**
 * A scenario; every key is optional and `null` means "not given". Defaults
 * are the engine's (spec section 2; `result.resolved` tells the ones in use).
 */
export interface Scenario extends GroupInput {
  policy?: PolicyName;
  plan?: PlanName;
  allotment?: number | null;
  start?: Month | null;
  months?: number;
  pooled?: boolean | null;
  groups?: GroupInput[];
  opening_balance?: number;
  launch_bonus?: boolean;
  /** Days, or "none": credits never lapse by age. */
  expiry_days?: number | 'none' | null;
  /** Credits per seat after a refresh, or "none". */
  balance_cap?: number | 'none' | null;
  refresh_day?: number;
  trials?: number;
  /** Unsigned 64-bit; JavaScript numbers are exact only up to 2^53. */
  seed?: number;
  /** Price of one seat for one month, by plan, in the user's one currency (at most 2 decimals). */
  seat_prices?: Partial<Record<PlanName, number>>;
  compare?: boolean;
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
export type GroupMonthFigures = Pick<MonthFigures, 'month' | 'sent' | 'unsent' | 'responses' | 'refunded'> & {
  /** Days on which the group trips LinkedIn Recruiter's 13 % rule. */
  rate_warning_days: number;
};

/** Whole cents; null where the divisor is 0. */
export interface Cost {
  total_cents: number;
  per_sent_cents: number | null;
  per_response_cents: number | null;
}

/** Sums over the months, refunds due after the last day, and the cost (null without a price for the plan). */
export type Totals = Omit<MonthFigures, 'month' | 'opening' | 'closing'> & {
  pending_refunds: number;
  cost: Cost | null;
};

export interface MonteCarloMonth {
  month: Month;
  closing_p10: number;
  closing_p50: number;
  closing_p90: number;
  shortfall_probability: number;
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

export interface Result {
  months: MonthFigures[];
  groups: { name: string; rate_warning_days: number; months: GroupMonthFigures[] }[];
  totals: Totals;
  solvers: {
    /** Null with several groups. */
    max_sustainable_sends: number | null;
    /** Percent; null with several groups, under legacy, or when even 100 % leaves InMails unsent. */
    break_even_response_rate: number | null;
  };
  monte_carlo: { trials: number; seed: number; months: MonteCarloMonth[] } | null;
  comparisons: { policies: ComparisonRow[]; plans: ComparisonRow[] } | null;
  resolved: Resolved;
}

export interface FieldError {
  /** Path of the input field, e.g. "groups[0].response_rate", "seat_prices.recruiter"; "" for the whole input. */
  field: string;
  message: string;
}

export interface Errors {
  errors: FieldError[];
}

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
  default: unknown;
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
  source?: string;
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
    no_limit: string;
  };
  /** The group keys a scenario may hold at its top for its single group. */
  shorthand_keys: string[];
  month_columns: Column[];
  group_month_columns: Column[];
  total_columns: Column[];
  /** Every reason a solver can have no answer. */
  solver_notes: Explanation[];
  rules: { rate_warning: Explanation; report_helper: Explanation };
}

/** What the engine says about its figures, in words a page shows as they are. */
export interface Notes {
  /** The defaults in force for the keys whose defaults depend on policy, plan or month, e.g. "600 = 4 x 150 (help pages)". */
  defaults: { allotment: string; start: string; pooled: string; expiry_days: string; balance_cap: string };
  /** Why a solver gave null; null where it answered. */
  solvers: { max_sustainable_sends: Explanation | null; break_even_response_rate: Explanation | null };
  /** One per group that trips the 13 % rule: its index in result.groups, its warning days, the text. */
  rate_warnings: { group: number; days: number; text: string }[];
  /** With comparisons: the plan with the lowest cost per response among those that leave no InMail unsent. */
  cheapest_plan: PlanName | null;
}

/** Everything a page shows for one input. */
export interface PageAnswer {
  /** The URL query for the input (without "?"), also when it has errors. */
  query: string;
  errors: FieldError[];
  /** Null whenever there is any error. */
  result: Result | null;
  notes: Notes;
}

/** A page opened with a link: what the link holds, and the page's answer for it. */
export interface OpenedLink extends PageAnswer {
  /** The scenario as the link gives it: only its keys, values as written, always a policy. */
  scenario: Scenario & Record<string, unknown>;
  currency: string;
}

export interface TodayOption {
  /**
   * The caller's month, "YYYY-MM": today's rules start then unless the scenario says. Default: the local month.
   * Outside 2000-01..2100-12 (a clock set wrong) it is an error of field "today", listed first.
   */
  today?: Month;
}

export interface PageOptions extends TodayOption {
  /** The label costs are shown in; kept in the link, changes no figure. */
  currency?: string;
  /** Add the comparisons (result.comparisons) and notes.cheapest_plan. */
  comparisons?: boolean;
  /** Run the Monte Carlo trials the scenario asks for (otherwise trials are 0). */
  monteCarlo?: boolean;
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
  /** What a page shows for the scenario as the user gave it: link, errors, figures and notes. */
  page(scenario: Scenario | string, options?: PageOptions): PageAnswer;
  /** A page's link (location.search) read by the engine's codec; the link's own problems come first among the errors. */
  openLink(query: string, options?: TodayOption): OpenedLink;
  /** The CSV the CLI writes with --format csv: months, groups and costs in the currency. */
  csv(scenario: Scenario | string, options?: TodayOption & { currency?: string }): { csv: string } | Errors;
  /** "From your InMail report": (accepted + declined) / sent in percent, 2 decimals, or the problems with the counts. */
  reportRate(counts: { sent: unknown; accepted: unknown; declined: unknown }): {
    response_rate: number | null;
    errors: FieldError[];
  };
}

/** Loads the WebAssembly engine; works in browsers, workers and Node 20. */
export function loadEngine(): Promise<Engine>;

/** The local month as "YYYY-MM", the `today` of spec section 2 for a page. */
export function localMonth(date?: Date): Month;

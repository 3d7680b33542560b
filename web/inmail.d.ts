// Types of build/site/inmail.js, the InMail credit engine as an ES module.
// Shapes follow the spec (credit-model.md sections 2, 4 and 6).

export type PolicyName = '2015' | 'legacy';
export type PlanName =
  | 'recruiter'
  | 'recruiter_professional_services'
  | 'recruiter_lite'
  | 'talent_finder'
  | 'custom'
  | 'sales_navigator'
  | 'premium_career'
  | 'premium_business';

export interface GroupInput {
  name?: string;
  seats?: number;
  sends_per_month?: number;
  /** Percent, 0..100 with at most 2 decimals. */
  response_rate?: number;
  response_days?: number;
}

/** A scenario; every key is optional and defaults as in spec section 2. */
export interface Scenario extends GroupInput {
  policy?: PolicyName;
  plan?: PlanName;
  allotment?: number | null;
  /** "YYYY-MM" */
  start?: string;
  months?: number;
  pooled?: boolean;
  groups?: GroupInput[];
  opening_balance?: number;
  launch_bonus?: boolean;
  expiry_days?: number;
  balance_cap?: number | null;
  refresh_day?: number;
  trials?: number;
  /** Unsigned 64-bit; JavaScript numbers are exact only up to 2^53. */
  seed?: number;
}

export interface MonthFigures {
  month: string;
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
export type GroupMonthFigures = Pick<MonthFigures, 'month' | 'sent' | 'unsent' | 'responses' | 'refunded'>;

/** Sums over the months, plus refunds due after the last day. */
export type Totals = Omit<MonthFigures, 'month' | 'opening' | 'closing'> & { pending_refunds: number };

export interface MonteCarloMonth {
  month: string;
  closing_p10: number;
  closing_p50: number;
  closing_p90: number;
  shortfall_probability: number;
}

export interface Result {
  months: MonthFigures[];
  groups: { name: string; months: GroupMonthFigures[] }[];
  totals: Totals;
  solvers: {
    /** Null with several groups. */
    max_sustainable_sends: number | null;
    /** Percent; null with several groups, under legacy, or when even 100 % leaves InMails unsent. */
    break_even_response_rate: number | null;
  };
  monte_carlo: { trials: number; seed: number; months: MonteCarloMonth[] } | null;
}

export interface FieldError {
  /** Path of the input field, e.g. "groups[0].response_rate". */
  field: string;
  message: string;
}

export interface Errors {
  errors: FieldError[];
}

export interface PlanInfo {
  name: PlanName;
  display_name: string;
  /** Credits per seat and month; null where the plan has none under that policy. */
  allotment_2015: number | null;
  allotment_legacy: number | null;
  pools: boolean;
  pools_default: boolean;
  launch_bonus: boolean;
  /** Allotment from LinkedIn's later help pages, not the 2015 announcement. */
  from_help_pages: boolean;
}

export interface Engine {
  /** The engine's version: project()'s VERSION in CMakeLists.txt, as in package.json. */
  readonly version: string;
  /** Every plan, in the order front ends list them. */
  readonly plans: readonly PlanInfo[];
  /** The projection (Monte Carlo included when trials > 0), or every input error. A string is taken as scenario JSON text. */
  project(scenario: Scenario | string): Result | Errors;
  /** project() on JSON text, returning the JSON text of the result or errors (compact, the spec's key order): for callers that store or send it, without building objects. */
  projectJson(scenarioJson: string): string;
  /** `{ errors: [] }` when the scenario is valid. Cheap enough for every keystroke. */
  validate(scenario: Scenario | string): Errors;
}

/** Loads the WebAssembly engine; works in browsers, workers and Node 20. */
export function loadEngine(): Promise<Engine>;

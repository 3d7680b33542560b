// The scenario in the URL query, as docs/url-query.md defines it (shared with
// the ImGui page, so keep the two in step).

// Values written as plain text; every other value is JSON text.
const TEXT_KEYS = new Set(['policy', 'plan', 'start']);

// Spec section 2 defaults. `pooled` is missing: its default depends on the
// plan, so callers pass it in.
export const SCENARIO_DEFAULTS = {
  policy: '2015',
  plan: 'recruiter',
  allotment: null,
  start: '2015-01',
  months: 12,
  opening_balance: 0,
  launch_bonus: true,
  expiry_days: 90,
  balance_cap: null,
  refresh_day: 1,
  trials: 0,
  seed: 1,
};

export const GROUP_DEFAULTS = { seats: 1, sends_per_month: 0, response_rate: 0, response_days: 3 };
export const GROUP_KEYS = Object.keys(GROUP_DEFAULTS);
export const FIRST_GROUP_NAME = 'Group 1';

function sameValue(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isJsonText(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

// A string that is not JSON stays as typed, so it reads back as the same
// string (and the engine reports its type at the field).
function valueText(key, value) {
  if (TEXT_KEYS.has(key)) return String(value);
  if (typeof value === 'string' && !isJsonText(value)) return value;
  return JSON.stringify(value);
}

function textValue(key, text) {
  if (TEXT_KEYS.has(key)) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

// One group named "Group 1" travels as the shorthand keys.
function fitsShorthand(groups) {
  return (
    Array.isArray(groups) &&
    groups.length === 1 &&
    (groups[0].name === undefined || groups[0].name === FIRST_GROUP_NAME)
  );
}

/**
 * The query string (without "?") for a scenario: defaults left out, keys in
 * the scenario's order. `pooledByDefault` is the plan's default for `pooled`.
 */
export function encodeQuery(scenario, { pooledByDefault } = {}) {
  const defaults = { ...SCENARIO_DEFAULTS, pooled: pooledByDefault, ...GROUP_DEFAULTS };
  const entries = Object.entries(scenario).flatMap(([key, value]) => {
    if (key === 'groups' && fitsShorthand(value)) {
      return GROUP_KEYS.map((groupKey) => [groupKey, value[0][groupKey]]);
    }
    return [[key, value]];
  });
  const params = new URLSearchParams();
  for (const [key, value] of entries) {
    if (value === undefined || (key in defaults && sameValue(value, defaults[key]))) continue;
    params.append(key, valueText(key, value));
  }
  return params.toString();
}

/** The scenario object a query describes, to be checked by the engine. */
export function decodeQuery(query) {
  const scenario = {};
  for (const [key, text] of new URLSearchParams(query)) scenario[key] = textValue(key, text);
  return scenario;
}

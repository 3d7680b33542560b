// The scenario as the user gave it, and the edits the form makes to it. A
// scenario here is a plain JSON object holding only the keys the user set:
// the engine fills in every default, so nothing here knows one. Pure, so the
// rules are tested under Node (tests/js/page-logic.test.mjs).

export function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text a field shows for a scenario value ("" for a key not given). */
export function fieldText(value) {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Field text to a scenario value, by the rule of the link (docs/url-query.md):
 * text fields keep the text; any other field is JSON where the text parses,
 * else the text itself, so the engine reports a wrong type at the field.
 * Empty text means "not given" (undefined) for a field whose default the
 * engine works out (`optional`); elsewhere it is passed on as "", so the
 * engine says what the field needs.
 */
export function fieldValue(text, { isText = false, optional = false } = {}) {
  const trimmed = text.trim();
  if (trimmed === '' && optional) return undefined;
  if (isText) return text;
  try {
    return JSON.parse(trimmed);
  } catch {
    return text;
  }
}

/** A copy of `object` (the scenario, a group, the seat prices) with `key` set, or left out when `value` is undefined. */
export function setKey(object, key, value) {
  const copy = { ...object };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}

/** Whether the single group is written with the top-level shorthand keys. */
export function usesShorthand(scenario) {
  return !('groups' in scenario);
}

/**
 * The groups the form shows: the scenario's list (an entry that is not an
 * object shows as empty), or the single group its shorthand keys describe.
 * `shorthandKeys` are the group keys a scenario may hold at its top.
 */
export function groupsOf(scenario, shorthandKeys) {
  if (!usesShorthand(scenario)) {
    return Array.isArray(scenario.groups) ? scenario.groups.map((group) => (isPlainObject(group) ? group : {})) : [];
  }
  const group = {};
  for (const key of shorthandKeys) if (key in scenario) group[key] = scenario[key];
  return [group];
}

// The scenario with its single group moved from the shorthand keys into a
// `groups` list, so that a name or a second group can be added.
function asGroupList(scenario, shorthandKeys) {
  if (!usesShorthand(scenario)) {
    return Array.isArray(scenario.groups) ? scenario : { ...scenario, groups: [] };
  }
  const [group] = groupsOf(scenario, shorthandKeys);
  const rest = { ...scenario };
  for (const key of shorthandKeys) delete rest[key];
  return { ...rest, groups: [group] };
}

/** The scenario with a key of group `index` set (or left out when undefined). */
export function setGroupKey(scenario, index, key, value, shorthandKeys) {
  if (usesShorthand(scenario) && index === 0 && shorthandKeys.includes(key)) {
    return setKey(scenario, key, value);
  }
  const listed = asGroupList(scenario, shorthandKeys);
  const groups = [...listed.groups];
  const group = isPlainObject(groups[index]) ? groups[index] : {};
  groups[index] = setKey(group, key, value);
  return { ...listed, groups };
}

/** The scenario with one more group, given no key: the engine names it and fills its defaults. */
export function addGroup(scenario, shorthandKeys) {
  const listed = asGroupList(scenario, shorthandKeys);
  return { ...listed, groups: [...listed.groups, {}] };
}

export function removeGroup(scenario, index, shorthandKeys) {
  const listed = asGroupList(scenario, shorthandKeys);
  return { ...listed, groups: listed.groups.filter((group, position) => position !== index) };
}

/** The scenario with the seat price of `plan` set, or left out when undefined. */
export function setSeatPrice(scenario, plan, value) {
  const prices = setKey(isPlainObject(scenario.seat_prices) ? scenario.seat_prices : {}, plan, value);
  return setKey(scenario, 'seat_prices', Object.keys(prices).length > 0 ? prices : undefined);
}

/** The seat price the user gave for `plan`, if any. */
export function seatPrice(scenario, plan) {
  return isPlainObject(scenario.seat_prices) ? scenario.seat_prices[plan] : undefined;
}

// "groups[1].name" -> ["groups", 1, "name"]; "seat_prices.foo" -> ["seat_prices", "foo"].
// A top-level key may itself hold dots or brackets (a hand-made link), so
// the whole path is also tried as one key first.
function pathSteps(scenario, path) {
  if (path in scenario) return [path];
  const steps = [];
  for (const part of path.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) return null;
    if (match[1] !== '') steps.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) steps.push(Number(index[1]));
  }
  return steps;
}

/**
 * The scenario without the value an error's field path names (for keys the
 * form has no input for), or null when the path names nothing in it.
 */
export function withoutPath(scenario, path) {
  const steps = path ? pathSteps(scenario, path) : null;
  if (!steps || steps.length === 0) return null;
  const remove = (container, [step, ...rest]) => {
    const holds = Array.isArray(container)
      ? typeof step === 'number' && step < container.length
      : isPlainObject(container) && typeof step === 'string' && step in container;
    if (!holds) return null;
    if (rest.length > 0) {
      const inner = remove(container[step], rest);
      if (inner === null) return null;
      if (Array.isArray(container)) return container.map((item, index) => (index === step ? inner : item));
      return { ...container, [step]: inner };
    }
    if (Array.isArray(container)) return container.filter((item, index) => index !== step);
    return setKey(container, step, undefined);
  };
  return remove(scenario, steps);
}

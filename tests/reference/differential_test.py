"""Differential test: the C++ CLI against the independent Python reference (spec v3).

Valid cases: seeded random valid scenarios (schedules, goals, prices for
several plans included), each with a random caller's `today`, are run through
`inmail-calc project - --today YYYY-MM`, and its JSON is compared with
tests/reference/credit_model.py fed the same `today`. The spec's worked
examples are checked first as fixed cases (reference and CLI against the
published result). On every reference result some invariants are checked too
(section 5: monthly identity, totals = sums of the months, the comparison rows
of the scenario's own plan and policy equal the main totals; and consequences
of sections 2-4d: a schedule's demand, [x] = x, the goal's seats search).

Invalid cases: random valid scenarios written as JSON text with one to three
faults of the rules v3 adds to section 6: a key given twice (at the top
level, in a group, in seat_prices), a control character in a group name, a
schedule with 0 or 121 entries or a negative, fractional, string or too
large entry. The generator records the fields it broke and the reference's
v3_input_error_fields must name exactly those. The CLI must exit 2 with
{"errors": [{"field", "message"}, ...]}, and its SET of fields is compared:
- Without a repeated key, the CLI's fields must equal the expected fields.
- Where a key is given twice, the spec leaves open "whether the key's other
  errors are listed too". So the repeated key's own field is required, with
  an error whose message is exactly "given more than once"; errors inside
  the repeated key's value are optional (a key repeated in there too, say
  seat_prices.recruiter inside a repeated seat_prices); every other expected
  field is required (the expected fields, less the optional ones, are a
  SUBSET of the CLI's); and any further field of the CLI must lie at or
  inside a repeated key (the key's other errors). An error elsewhere is one
  the spec does not allow: the base scenario is valid, and a repeated key
  takes either a copy of its value or a value that touches no other field.

Usage: python3 tests/reference/differential_test.py [--count N] [--invalid-count N]
                                                    [--seed S] [--cli PATH] [--reference-only]
Exit status: 0 if every case matched and every invariant held, 1 otherwise
(or if the CLI is missing and --reference-only is not given).
"""

from __future__ import annotations

import argparse
import copy
import json
import pathlib
import random
import subprocess
import sys
import traceback
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from credit_model import (  # noqa: E402
    CUSTOM,
    GOAL_MAX_SEATS,
    GROUP_KEYS,
    MAX_BP,
    MAX_SCHEDULE_ENTRIES,
    PLAN_ORDER,
    POOLING_PLANS,
    RATE_RULE_PLANS,
    TEAM_FIELDS,
    ceil_div,
    given,
    parse_scenario,
    plan_row_scenarios,
    plans_offered,
    price_to_cents,
    project,
    simulate,
    v3_input_error_fields,
    with_goal_seats,
)

REPO_ROOT = HERE.parents[1]
DEFAULT_CLI = REPO_ROOT / "build/native/bin/inmail-calc"
# The spec's worked examples, as copied into the repository.
EXAMPLES_DIR = REPO_ROOT / "tests/data/spec_examples"
PLANS = {policy: plans_offered(policy) for policy in ("2015", "legacy", "current")}
CLI_TIMEOUT_SECONDS = 60
INPUT_ERROR_EXIT_STATUS = 2  # section 6: the CLI exits 2 on input errors
REPEATED_KEY_MESSAGE = "given more than once"


# --- scenario generation --------------------------------------------------


def maybe(rng: random.Random, probability: float) -> bool:
    return rng.random() < probability


def month_text(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def shift_month(text: str, delta: int) -> str:
    year, month = (int(part) for part in text.split("-"))
    index = year * 12 + month - 1 + delta
    return month_text(index // 12, index % 12 + 1)


def random_today(rng: random.Random) -> str:
    """The caller's month: mostly the present decade, sometimes near 2015 or the range ends."""
    kind = rng.random()
    if kind < 0.7:
        return month_text(rng.randint(2024, 2030), rng.randint(1, 12))
    if kind < 0.85:
        return shift_month("2015-01", rng.randint(-3, 3))
    return rng.choice(["2000-01", "2000-02", month_text(rng.randint(2000, 2099), rng.randint(1, 12))])


def random_rate(rng: random.Random):
    """A percentage with 0, 1 or 2 decimals, extremes and the 13 % edge included."""
    if maybe(rng, 0.4):  # just below, at and just above the section 3b threshold
        return rng.choice([12.99, 13, 13.0, 13.01, 12.9, 13.1, 12, 14, 0])
    bp = rng.choice([0, 10000, rng.randint(0, 10000), rng.randint(0, 10000)])
    decimals = rng.randint(0, 2)
    bp -= bp % (10 ** (2 - decimals))
    return bp // 100 if decimals == 0 else bp / 100


def random_response_days(rng: random.Random) -> int:
    # Legacy refunds hinge on response_days < 7, so values near 7 are favoured.
    return rng.choice([rng.randint(5, 9), rng.randint(1, 89), rng.randint(1, 10)])


def random_sends(rng: random.Random) -> int:
    """InMails per seat and month.

    About 10 business days fall in any 14 days, so with n business days in a
    month a seat sends about 10*D/n in a window: D near 10*n (200..230) puts
    section 3b windows right at 100 per seat.
    """
    return rng.choice([
        0,
        rng.randint(0, 600),
        rng.randint(0, 200),
        rng.randint(190, 240),
        rng.randint(190, 240),
        rng.randint(140, 160),  # 14-day windows straddling a busier month
    ])


def random_schedule(rng: random.Random, months: int) -> list[int]:
    """A sending plan by month (v3): single entries, constant ones, short and long ones."""
    kind = rng.random()
    if kind < 0.2:
        return [random_sends(rng)]  # [x]: the same months as x, yet the solvers are null
    if kind < 0.3:
        return [random_sends(rng)] * rng.randint(2, 6)
    if kind < 0.65:
        length = rng.randint(1, months)  # the last entry repeats
    elif kind < 0.9:
        length = rng.randint(months + 1, months + 6)  # entries past the projection
    else:
        length = rng.randint(1, MAX_SCHEDULE_ENTRIES)
    return [random_sends(rng) for _ in range(min(length, MAX_SCHEDULE_ENTRIES))]


def random_sends_per_month(rng: random.Random, months: int):
    return random_schedule(rng, months) if maybe(rng, 0.3) else random_sends(rng)


def random_group(rng: random.Random, index: int, months: int) -> dict:
    group = {
        "seats": rng.choice([1, 1, 2, 3, rng.randint(1, 5), rng.randint(1, 12)]),
        "sends_per_month": random_sends_per_month(rng, months),
        "response_rate": random_rate(rng),
        "response_days": random_response_days(rng),
    }
    if maybe(rng, 0.7):
        group["name"] = f"Team {index}-{rng.randint(0, 999)}"
    for key in list(group):
        if key != "name" and maybe(rng, 0.05):
            group[key] = None  # null: "not given"
    return group


def random_start(rng: random.Random, today: str) -> str | None:
    """Absent (section 1 default), around the caller's today or around January 2015."""
    kind = rng.random()
    if kind < 0.25:
        return None
    if kind < 0.55:  # kept inside the valid range 2000-01 .. 2100-12
        return min(max(shift_month(today, rng.randint(-3, 3)), "2000-01"), "2100-12")
    if kind < 0.85:
        return shift_month("2015-01", rng.choice([rng.randint(-3, 1), rng.randint(-19, 17)]))
    return month_text(rng.randint(2000, 2040), rng.randint(1, 12))


def random_price(rng: random.Random):
    cents = rng.choice([0, rng.randint(1, 99), rng.randint(100, 200000), rng.randint(0, 100000000)])
    decimals = rng.choice([0, 1, 2, 2])
    cents -= cents % (10 ** (2 - decimals))
    return cents // 100 if decimals == 0 else cents / 100


def random_scenario(rng: random.Random) -> tuple[dict, str]:
    """A valid v3 scenario and the caller's today to project it with."""
    today = random_today(rng)
    policy = rng.choices(["current", "2015", "legacy"], weights=[5, 3, 2])[0]
    if policy == "current" and maybe(rng, 0.4):
        plan = rng.choice(sorted(RATE_RULE_PLANS))  # where section 3b applies
    else:
        plan = rng.choice(PLANS[policy])
    scenario: dict = {"plan": plan}
    if policy != "2015" or maybe(rng, 0.5):
        scenario["policy"] = policy
    start = random_start(rng, today)
    if start is not None:
        scenario["start"] = start
    elif maybe(rng, 0.2):
        scenario["start"] = None
    if plan == "custom":
        scenario["allotment"] = rng.choice([0, rng.randint(1, 300)])
    elif maybe(rng, 0.15):
        scenario["allotment"] = rng.choice([0, rng.randint(0, 300)])
    scenario["months"] = rng.randint(1, 48) if maybe(rng, 0.1) else rng.randint(1, 15)
    if plan in POOLING_PLANS and maybe(rng, 0.6):
        scenario["pooled"] = maybe(rng, 0.5)
    elif maybe(rng, 0.1):
        scenario["pooled"] = rng.choice([False, None])
    add_groups(rng, scenario)
    add_options(rng, scenario)
    add_goal(rng, scenario)
    add_prices(rng, scenario)
    return scenario, today


def add_groups(rng: random.Random, scenario: dict) -> None:
    count = rng.choice([1, 1, 1, 2, 3, 4])
    groups = [random_group(rng, i, scenario["months"]) for i in range(count)]
    if count == 1 and maybe(rng, 0.4):  # shorthand form: group keys at top level
        groups[0].pop("name", None)
        scenario.update(groups[0])
    else:
        scenario["groups"] = groups


def add_options(rng: random.Random, scenario: dict) -> None:
    if maybe(rng, 0.3):
        scenario["opening_balance"] = rng.choice([0, rng.randint(0, 500), rng.randint(0, 2000)])
    if maybe(rng, 0.4):
        scenario["launch_bonus"] = maybe(rng, 0.5)
    if maybe(rng, 0.5):  # an integer, "none" or null; else absent
        scenario["expiry_days"] = rng.choice(
            [90, rng.randint(1, 120), rng.randint(1, 35), rng.randint(1, 3650), "none", "none", None]
        )
    if maybe(rng, 0.5):
        scenario["balance_cap"] = rng.choice(
            [None, 0, rng.randint(0, 1000), rng.randint(0, 200), "none", "none"]
        )
    if maybe(rng, 0.4):
        scenario["refresh_day"] = rng.randint(1, 28)
    if maybe(rng, 0.5):
        scenario["compare"] = maybe(rng, 0.6)
    if maybe(rng, 0.2):
        scenario["trials"] = 0
        scenario["seed"] = rng.randint(0, 2**64 - 1)


def the_single_group(scenario: dict) -> dict | None:
    """The dict holding the only group's keys (the scenario itself in shorthand)."""
    if "groups" not in scenario:
        return scenario
    return scenario["groups"][0] if len(scenario["groups"]) == 1 else None


def add_goal(rng: random.Random, scenario: dict) -> None:
    """goal_responses on some scenarios, more often with one group than with several.

    Some goals meet a zero rate (reason zero_response_rate); some are out of
    reach of the 100000-seat search on small allotments (rows with no answer).
    """
    single_group = the_single_group(scenario)
    if not maybe(rng, 0.45 if single_group is not None else 0.2):
        return
    scenario["goal_responses"] = rng.choice(
        [1, rng.randint(1, 40), rng.randint(1, 400), rng.randint(1, 5000)]
    )
    group = single_group if single_group is not None else scenario["groups"][0]
    kind = rng.random()
    if kind < 0.1:
        group["response_rate"] = rng.choice([0, 0.0, None])  # null: the default, 0
    elif kind < 0.2:
        # S = ceil(R * 10000 / bp) reaches 10^6..10^10: rows whose allotment
        # cannot serve it even with 100000 seats have no answer.
        group["response_rate"] = rng.choice([0.01, 0.02, 0.05, 0.1, 0.5])
        scenario["goal_responses"] = rng.choice([rng.randint(100, 5000), 1000000])


def add_prices(rng: random.Random, scenario: dict) -> None:
    """Prices, some for plans the policy does not offer; for a goal often several.

    Several prices make the goal's `cheapest` a real choice; one price for
    every plan makes ties, which the first row in order wins.
    """
    has_goal = "goal_responses" in scenario
    if not maybe(rng, 0.7 if has_goal else 0.4):
        return
    if has_goal and maybe(rng, 0.2):
        price = random_price(rng)
        scenario["seat_prices"] = {name: price for name in PLAN_ORDER}
        return
    names = rng.sample(PLAN_ORDER, rng.randint(2, 8) if has_goal else rng.randint(1, 4))
    if maybe(rng, 0.5) and scenario["plan"] not in names:
        names.append(scenario["plan"])
    scenario["seat_prices"] = {name: random_price(rng) for name in names}


# --- invalid input: JSON text with the faults v3 names in section 6 ------


class JsonObject(list):
    """A JSON object as [key, value] pairs, so that a key can be written twice."""


def as_json_objects(value):
    """Dicts, recursively, as JsonObject pairs."""
    if isinstance(value, dict):
        return JsonObject([key, as_json_objects(item)] for key, item in value.items())
    if isinstance(value, list):
        return [as_json_objects(item) for item in value]
    return value


def json_text(value, ascii_only: bool) -> str:
    """JSON text of values and JsonObjects; ascii_only=False leaves U+007F raw."""
    if isinstance(value, JsonObject):
        pairs = (f"{json.dumps(key)}: {json_text(item, ascii_only)}" for key, item in value)
        return "{" + ", ".join(pairs) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(json_text(item, ascii_only) for item in value) + "]"
    return json.dumps(value, ensure_ascii=ascii_only)


@dataclass
class Faults:
    """What the generator broke: every field it expects, and the repeated keys."""

    expected: set[str] = field(default_factory=set)
    repeated: set[str] = field(default_factory=set)

    def inside(self, path: str) -> bool:
        """Whether an expected field lies at or inside `path`."""
        return any(is_at_or_inside(name, path) for name in self.expected)


def is_at_or_inside(name: str, path: str) -> bool:
    return name == path or name.startswith(path + ".") or name.startswith(path + "[")


def as_groups_form(scenario: dict) -> None:
    """Move the shorthand keys into a one-group `groups`: names live in groups."""
    if "groups" not in scenario:
        scenario["groups"] = [{key: scenario.pop(key) for key in GROUP_KEYS if key in scenario}]


CONTROL_CHARACTERS = ["\u0007", "\u007f", "\n", "\u0000", "\t", "\u001f", "\r"]


def break_a_name(rng: random.Random, scenario: dict, faults: Faults) -> None:
    as_groups_form(scenario)
    index = rng.randrange(len(scenario["groups"]))
    char = rng.choice(CONTROL_CHARACTERS)
    name = rng.choice(["", "Team", "Sourcers ✓"]) + char + rng.choice(["", "x", " B"])
    scenario["groups"][index]["name"] = name  # at most 64 characters: only the v3 rule breaks
    faults.expected.add(f"groups[{index}].name")


def bad_schedule_entry(rng: random.Random):
    return rng.choice([-1, -rng.randint(1, 1000), rng.randint(0, 999) + 0.5, 0.25, "40", "",
                       rng.randint(100001, 10**6)])


def break_a_schedule(rng: random.Random, scenario: dict, faults: Faults) -> None:
    """A schedule of 0 or 121 entries (an error of the list) or with bad entries."""
    if "groups" in scenario:
        index = rng.randrange(len(scenario["groups"]))
        holder, path = scenario["groups"][index], f"groups[{index}].sends_per_month"
    else:
        holder, path = scenario, "sends_per_month"
    kind = rng.random()
    if kind < 0.2:
        holder["sends_per_month"] = []
        faults.expected.add(path)
    elif kind < 0.4:
        holder["sends_per_month"] = [rng.randint(0, 300)] * (MAX_SCHEDULE_ENTRIES + 1)
        faults.expected.add(path)
    else:
        schedule = [rng.randint(0, 300) for _ in range(rng.randint(1, 12))]
        for index in rng.sample(range(len(schedule)), min(len(schedule), rng.choice([1, 1, 2]))):
            schedule[index] = bad_schedule_entry(rng)
            faults.expected.add(f"{path}[{index}]")
        holder["sends_per_month"] = schedule


# Second values for a repeated key that touch no other field: valid ones, or
# out-of-range ones whose error would be the key's own.
REPEAT_VALUES = {
    "months": lambda rng: rng.choice([rng.randint(1, 15), 0, 121, None]),
    "refresh_day": lambda rng: rng.choice([rng.randint(1, 28), 29, None]),
    "opening_balance": lambda rng: rng.choice([rng.randint(0, 500), -1]),
    "seed": lambda rng: rng.randint(0, 2**64 - 1),
    "launch_bonus": lambda rng: rng.choice([True, False, "yes"]),
    "compare": lambda rng: rng.choice([True, False]),
    "goal_responses": lambda rng: rng.choice([rng.randint(1, 100), 0]),
    "seats": lambda rng: rng.choice([rng.randint(1, 12), 0]),
    "sends_per_month": lambda rng: rng.choice([rng.randint(0, 300), -1]),
    "response_rate": lambda rng: rng.choice([random_rate(rng), 101]),
    "response_days": lambda rng: rng.choice([rng.randint(1, 89), 90]),
    "name": lambda rng: rng.choice(["Another name", ""]),
}


def repeat_a_key(rng: random.Random, obj: JsonObject, path: str, faults: Faults,
                 second_values: dict) -> None:
    """Write one of obj's keys a second time, at a random place in obj."""
    key, value = rng.choice(obj)
    key_path = f"{path}.{key}" if path else key
    if key in second_values and not faults.inside(key_path) and maybe(rng, 0.6):
        second = second_values[key](rng)
    else:  # a copy keeps any fault inside the value the same in both
        second = copy.deepcopy(value)
    obj.insert(rng.randint(0, len(obj)), [key, second])
    faults.expected.add(key_path)
    faults.repeated.add(key_path)


def value_of(obj: JsonObject, key: str):
    return next(item for name, item in obj if name == key)


def repeat_a_group_key(rng: random.Random, document: JsonObject, faults: Faults) -> None:
    groups = value_of(document, "groups")
    index = rng.randrange(len(groups))
    repeat_a_key(rng, groups[index], f"groups[{index}]", faults, REPEAT_VALUES)


def repeat_a_price(rng: random.Random, document: JsonObject, faults: Faults) -> None:
    price_values = {plan: lambda rng: rng.choice([random_price(rng), -1, "ten"])
                    for plan in PLAN_ORDER}
    repeat_a_key(rng, value_of(document, "seat_prices"), "seat_prices", faults, price_values)


def random_invalid_case(rng: random.Random) -> tuple[str, str, Faults]:
    """A valid scenario as JSON text with one to three v3 faults, today, and the faults.

    Faults inside values come first, repeated keys after, the top-level one
    last, so that a repeated key copies whatever its value already holds.
    """
    scenario, today = random_scenario(rng)
    kinds = set(rng.sample(["name", "schedule", "group key", "price key", "top key"],
                           rng.choice([1, 1, 1, 2, 2, 3])))
    faults = Faults()
    if "group key" in kinds:
        as_groups_form(scenario)
    if "price key" in kinds and not scenario.get("seat_prices"):
        scenario["seat_prices"] = {rng.choice(PLAN_ORDER): random_price(rng)}
    if "name" in kinds:
        break_a_name(rng, scenario, faults)
    if "schedule" in kinds:
        break_a_schedule(rng, scenario, faults)
    document = as_json_objects(scenario)
    if "group key" in kinds:
        repeat_a_group_key(rng, document, faults)
    if "price key" in kinds:
        repeat_a_price(rng, document, faults)
    if "top key" in kinds:
        repeat_a_key(rng, document, "", faults, REPEAT_VALUES)
    return json_text(document, ascii_only=maybe(rng, 0.7)), today, faults


# --- comparison -----------------------------------------------------------


def first_difference(expected, actual, path: str = "$"):
    """Path and both values of the first mismatch, or None if equal."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in sorted(set(expected) | set(actual)):
            if key not in expected or key not in actual:
                return (f"{path}.{key}", expected.get(key, "<missing>"), actual.get(key, "<missing>"))
            diff = first_difference(expected[key], actual[key], f"{path}.{key}")
            if diff:
                return diff
        return None
    if isinstance(expected, list) and isinstance(actual, list):
        for index, (exp, act) in enumerate(zip(expected, actual)):
            diff = first_difference(exp, act, f"{path}[{index}]")
            if diff:
                return diff
        if len(expected) != len(actual):
            return (f"{path}.length", len(expected), len(actual))
        return None
    if path.endswith(".break_even_response_rate") and is_number(expected) and is_number(actual):
        equal = round(expected, 2) == round(actual, 2)
    elif is_number(expected) and is_number(actual):
        equal = expected == actual
    else:
        equal = type(expected) is type(actual) and expected == actual
    return None if equal else (path, expected, actual)


def is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# --- invariants on the reference's own output ----------------------------


def invariant_problems(scenario: dict, today: str, result: dict) -> list[str]:
    """Which invariants (section 5, and consequences of sections 2-4d) the result breaks."""
    scn = parse_scenario(scenario, today)
    problems = ledger_problems(scn, result)
    problems += group_problems(scenario, scn, result)
    problems += comparison_problems(scn, result)
    problems += schedule_problems(scenario, today, scn, result)
    problems += goal_problems(scenario, today, scn, result)
    if v3_input_error_fields(json.dumps(scenario)):
        problems.append("a valid scenario breaks a v3 input rule")
    return problems


def ledger_problems(scn, result: dict) -> list[str]:
    problems = []
    seats = sum(g.seats for g in scn.groups)
    months, totals = result["months"], result["totals"]
    if months and months[0]["opening"] != scn.opening_balance * seats:
        problems.append("first opening is not opening_balance * seats")
    for index, row in enumerate(months):
        expected = (row["opening"] + row["granted"] + row["bonus"] + row["refunded"]
                    - row["sent"] - row["expired"])
        if row["closing"] != expected:
            problems.append(f"monthly identity broken in {row['month']}")
        if index and row["opening"] != months[index - 1]["closing"]:
            problems.append(f"opening of {row['month']} is not the previous closing")
        if any(value < 0 for key, value in row.items() if key != "month"):
            problems.append(f"negative figure in {row['month']}")
        for key in ("sent", "unsent", "responses", "refunded"):
            if row[key] != sum(g["months"][index][key] for g in result["groups"]):
                problems.append(f"groups' {key} do not add up to the team's in {row['month']}")
        if scn.policy in ("2015", "current") and row["responses"] != row["refunded"]:
            problems.append(f"responses != refunded under {scn.policy} in {row['month']}")
    for key in TEAM_FIELDS:
        if totals[key] != sum(row[key] for row in months):
            problems.append(f"totals.{key} is not the sum of the months")
    return problems


def sends_as_given(scenario: dict, group_index: int, month_index: int) -> int:
    """A group's sends_per_month for a month, read from the scenario as written.

    Section 2: month i uses schedule entry min(i, length - 1). Read here
    rather than through the reference, so that the check is not circular.
    """
    holder = scenario["groups"][group_index] if scenario.get("groups") else scenario
    sends = holder.get("sends_per_month")
    if sends is None:
        return 0
    if isinstance(sends, list):
        return sends[min(month_index, len(sends) - 1)]
    return sends


def group_problems(scenario: dict, scn, result: dict) -> list[str]:
    problems = []
    for g_index, (group, spec_group) in enumerate(zip(result["groups"], scn.groups)):
        if group["rate_warning_days"] != sum(m["rate_warning_days"] for m in group["months"]):
            problems.append(f"{group['name']}: rate_warning_days is not the sum of its months")
        for index, month in enumerate(group["months"]):
            demand = spec_group.seats * sends_as_given(scenario, g_index, index)
            if month["sent"] + month["unsent"] != demand:
                problems.append(f"{group['name']}: sent + unsent is not the demand in {month['month']}")
        rule_applies = scn.plan in RATE_RULE_PLANS and spec_group.bp < 1300
        if not rule_applies and group["rate_warning_days"]:
            problems.append(f"{group['name']}: warning days where section 3b does not apply")
    return problems


def comparison_problems(scn, result: dict) -> list[str]:
    problems = []
    comparisons = result["comparisons"]
    if scn.compare != (comparisons is not None):
        problems.append("comparisons present iff compare: true is broken")
    if comparisons is not None:
        resolved = result["resolved"]
        own = {"policy": resolved["policy"], "plan": resolved["plan"],
               "allotment": resolved["allotment"], "pooled": resolved["pooled"],
               "balance_cap": resolved["balance_cap"], "totals": result["totals"]}
        for kind, key in (("plans", "plan"), ("policies", "policy")):
            rows = [row for row in comparisons[kind] if row[key] == resolved[key]]
            if rows != [own]:
                problems.append(f"comparisons.{kind}: the own {key}'s row is not the scenario")
    return problems


def constant_schedules_as_numbers(scenario: dict) -> dict | None:
    """The scenario with every constant schedule ([x], [x, x]) written as x; None if none."""
    changed = copy.deepcopy(scenario)
    holders = changed["groups"] if changed.get("groups") else [changed]
    found = False
    for holder in holders:
        schedule = holder.get("sends_per_month")
        if isinstance(schedule, list) and len(set(schedule)) == 1:
            holder["sends_per_month"] = schedule[0]
            found = True
    return changed if found else None


def schedule_problems(scenario: dict, today: str, scn, result: dict) -> list[str]:
    problems = []
    if any(g.has_schedule for g in scn.groups) and any(result["solvers"].values()):
        problems.append("solvers given although a group has a schedule")
    as_numbers = constant_schedules_as_numbers(scenario)
    if as_numbers is not None:
        # "[40] gives the same months as 40": everything but the solvers agrees.
        other = project(as_numbers, today)
        for key in ("months", "groups", "totals", "comparisons", "goal"):
            if other[key] != result[key]:
                problems.append(f"a constant schedule and its number differ in {key}")
    return problems


def goal_problems(scenario: dict, today: str, scn, result: dict) -> list[str]:
    """Section 4d as far as it guarantees anything whatever the ledger does."""
    goal = result["goal"]
    if (scn.goal_responses is None) != (goal is None):
        return ["goal present iff goal_responses is broken"]
    if goal is None:
        return []
    problems = []
    if goal["responses_per_month"] != scn.goal_responses:
        problems.append("goal.responses_per_month is not goal_responses")
    reason = ("several_groups" if len(scn.groups) > 1
              else "zero_response_rate" if scn.groups[0].bp == 0 else None)
    if goal["reason"] != reason:
        problems.append(f"goal.reason {goal['reason']!r}, expected {reason!r}")
    if reason is not None:
        if goal["sends_per_month"] is not None or goal["cheapest"] is not None or goal["rows"]:
            problems.append("a goal with a reason has sends_per_month, cheapest or rows")
        return problems
    team_sends = goal["sends_per_month"]
    bp = scn.groups[0].bp
    # S is the least number of sends whose responses at bp reach R.
    if not (team_sends * bp >= scn.goal_responses * MAX_BP > (team_sends - 1) * bp):
        problems.append("goal.sends_per_month is not ceil(R * 10000 / bp)")
    # Section 4c's plans: those the policy offers, custom only as the scenario's own.
    plans = [plan for plan in plans_offered(scn.policy) if plan != CUSTOM or plan == scn.plan]
    if [row["plan"] for row in goal["rows"]] != plans:
        problems.append("goal rows are not the plan comparison's plans")
        return problems
    row_scenarios = [parse_scenario(row, today) for row in plan_row_scenarios(given(scenario), scn)]
    for row, row_scn in zip(goal["rows"], row_scenarios):
        problems += goal_row_problems(row, row_scn, team_sends)
    problems += goal_matches_comparison(goal, result["comparisons"])
    problems += cheapest_problems(goal)
    return problems


def goal_row_problems(row: dict, row_scn, team_sends: int) -> list[str]:
    plan, seats = row["plan"], row["seats"]
    if (row["allotment"], row["pooled"], row["balance_cap"]) != (
            row_scn.allotment, row_scn.pooled, row_scn.balance_cap):
        return [f"goal row {plan}: allotment, pooled or balance_cap is not the row's"]
    if seats is None:
        if row["sends_per_seat"] is not None or row["totals"] is not None:
            return [f"goal row {plan}: no answer, yet sends_per_seat or totals"]
        return []
    problems = []
    if not 1 <= seats <= GOAL_MAX_SEATS:
        problems.append(f"goal row {plan}: seats {seats} out of 1..{GOAL_MAX_SEATS}")
    if row["sends_per_seat"] != ceil_div(team_sends, seats):
        problems.append(f"goal row {plan}: sends_per_seat is not ceil(S / seats)")
    totals = row["totals"]
    if totals["unsent"] != 0:
        problems.append(f"goal row {plan}: the answer leaves InMails unsent")
    if totals["sent"] != seats * row["sends_per_seat"] * row_scn.months:
        problems.append(f"goal row {plan}: sent is not seats * sends_per_seat * months")
    prices = dict(row_scn.seat_prices)
    if (plan in prices) != (totals["cost"] is not None):
        problems.append(f"goal row {plan}: cost present iff the plan has a price is broken")
    elif totals["cost"] and totals["cost"]["total_cents"] != (
            price_to_cents(prices[plan]) * seats * row_scn.months):
        problems.append(f"goal row {plan}: total_cents is not cents * seats * months")
    # The search moves lo only past a probe that left some unsent, so the
    # answer's predecessor was probed and failed. (unsent need not be monotone
    # in seats, so nothing is claimed for smaller counts.)
    if seats > 1:
        fewer = with_goal_seats(row_scn, team_sends, seats - 1)
        if simulate(fewer, with_warnings=False)["totals"]["unsent"] == 0:
            problems.append(f"goal row {plan}: {seats - 1} seats leave nothing unsent either")
    return problems


def goal_matches_comparison(goal: dict, comparisons: dict | None) -> list[str]:
    """The goal's rows are the plan comparison's rows: the same resolved values."""
    if comparisons is None:
        return []
    keys = ("plan", "allotment", "pooled", "balance_cap")
    ours = [tuple(row[key] for key in keys) for row in goal["rows"]]
    theirs = [tuple(row[key] for key in keys) for row in comparisons["plans"]]
    return [] if ours == theirs else ["goal rows differ from comparisons.plans"]


def cheapest_problems(goal: dict) -> list[str]:
    costs = [(row["totals"]["cost"]["total_cents"], index, row["plan"])
             for index, row in enumerate(goal["rows"])
             if row["totals"] is not None and row["totals"]["cost"] is not None]
    expected = min(costs)[2] if costs else None  # ties: the first in row order
    return [] if goal["cheapest"] == expected else ["goal.cheapest is not the least total_cents"]


# --- running --------------------------------------------------------------


def run_cli(cli: pathlib.Path, text: str, today: str):
    """(exit status, stdout, stderr) of `inmail-calc project -` on `text`, or an error string."""
    try:
        proc = subprocess.run(
            [str(cli), "project", "-", "--today", today],
            # UTF-8 whatever the locale: invalid cases hold raw non-ASCII and U+007F.
            input=text, capture_output=True, encoding="utf-8", timeout=CLI_TIMEOUT_SECONDS,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        # OSError: e.g. the binary is being relinked by a concurrent build
        return f"<CLI could not run: {error}>"
    return proc.returncode, proc.stdout, proc.stderr


def cli_result(cli: pathlib.Path, scenario: dict, today: str):
    """The CLI's parsed result for a valid scenario, or an error string."""
    outcome = run_cli(cli, json.dumps(scenario), today)
    if isinstance(outcome, str):
        return outcome
    status, stdout, stderr = outcome
    if status != 0:
        return f"<CLI exit {status}: {stdout.strip()} {stderr.strip()}>"
    try:
        return json.loads(stdout)
    except json.JSONDecodeError as error:
        return f"<CLI printed no JSON ({error}): {stdout[:200]!r}>"


def check_case(cli: pathlib.Path | None, case: tuple[dict, str], expected: dict | None = None):
    """(scenario, today, difference) for a mismatch, else None.

    Without `expected`, the reference gives it; with it (a worked example),
    the reference is checked against it too. The reference's own result is
    checked against the invariants. `cli` None: reference only.
    """
    scenario, today = case
    try:
        reference = project(scenario, today)
        problems = invariant_problems(scenario, today, reference)
    except Exception:  # a reference bug: report it, keep the run going
        return scenario, today, ("reference$", "<a result>", traceback.format_exc(limit=3))
    if problems:
        return scenario, today, ("reference$ invariants", "none broken", problems)
    if expected is not None:
        diff = first_difference(expected, reference, "reference$")
        if diff:
            return scenario, today, diff
    else:
        expected = reference
    if cli is None:
        return None
    diff = first_difference(expected, cli_result(cli, scenario, today))
    return (scenario, today, diff) if diff else None


def cli_errors(cli: pathlib.Path, text: str, today: str):
    """The CLI's error list for invalid input, or an error string."""
    outcome = run_cli(cli, text, today)
    if isinstance(outcome, str):
        return outcome
    status, stdout, stderr = outcome
    if status != INPUT_ERROR_EXIT_STATUS:
        return f"<CLI exit {status}, not {INPUT_ERROR_EXIT_STATUS}: {stdout[:200]!r} {stderr}>"
    try:
        errors = json.loads(stdout)["errors"]
        return [{"field": error["field"], "message": error["message"]} for error in errors]
    except (json.JSONDecodeError, KeyError, TypeError) as error:
        return f"<CLI printed no error list ({error!r}): {stdout[:200]!r}>"


def error_field_problems(errors: list[dict], expected: list[str], repeated: set[str]) -> list[str]:
    """How the CLI's error fields break the rules of the module docstring."""
    fields = {error["field"] for error in errors}
    if not repeated:
        return [] if fields == set(expected) else [f"fields {sorted(fields)}"]
    # Inside a repeated key's value everything is optional, a repeated key included.
    optional = {name for name in expected
                if any(is_at_or_inside(name, key) and name != key for key in repeated)}
    problems = [f"missing field {name}" for name in expected
                if name not in optional and name not in fields]
    problems += [f"field {name} is neither expected nor the repeated key's"
                 for name in sorted(fields - set(expected))
                 if not any(is_at_or_inside(name, key) for key in repeated)]
    for key in sorted(repeated - optional):
        messages = [error["message"] for error in errors if error["field"] == key]
        if REPEATED_KEY_MESSAGE not in messages:
            problems.append(f"{key}: no {REPEATED_KEY_MESSAGE!r} message, only {messages}")
    return problems


def check_invalid_case(cli: pathlib.Path | None, case: tuple[str, str, Faults]):
    """(text, today, difference) for a mismatch, else None.

    The reference must name exactly the fields the generator broke; the CLI
    is then held to the rules of the module docstring. `cli` None: reference only.
    """
    text, today, faults = case
    try:
        expected = v3_input_error_fields(text)
    except Exception:
        return text, today, ("reference errors", "<a list>", traceback.format_exc(limit=3))
    if expected != sorted(faults.expected):
        return text, today, ("reference errors", sorted(faults.expected), expected)
    if cli is None:
        return None
    errors = cli_errors(cli, text, today)
    if isinstance(errors, str):
        return text, today, ("errors", expected, errors)
    problems = error_field_problems(errors, expected, faults.repeated)
    if not problems:
        return None
    return text, today, ("errors", expected, {"cli": errors, "problems": problems})


def shorten(value, limit: int = 400) -> str:
    text = value if isinstance(value, str) else json.dumps(value)
    return text if len(text) <= limit else text[:limit] + f"... ({len(text)} chars)"


def report(label: str, outcomes: list) -> int:
    failures = [outcome for outcome in outcomes if outcome]
    for scenario, today, (path, expected, actual) in failures:
        shown = scenario if isinstance(scenario, str) else json.dumps(scenario)
        print(f"MISMATCH {label} (--today {today}): {shown}")
        print(f"  at {path}: reference/expected {shorten(expected)}, CLI {shorten(actual)}")
    print(f"{label}: {len(outcomes) - len(failures)} passed, {len(failures)} failed")
    return len(failures)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=400,
                        help="random valid scenarios (default 400)")
    parser.add_argument("--invalid-count", type=int, default=200,
                        help="random invalid scenarios (default 200)")
    parser.add_argument("--seed", type=int, default=2015, help="generator seed (default 2015)")
    parser.add_argument("--cli", type=pathlib.Path, default=DEFAULT_CLI, help="inmail-calc binary")
    parser.add_argument("--reference-only", action="store_true",
                        help="check the reference (examples, invariants) without running the CLI")
    args = parser.parse_args()
    cli = None if args.reference_only else args.cli
    if cli is not None and not cli.is_file():
        print(f"differential: CLI binary not found at {cli}; build it first", file=sys.stderr)
        return 1

    examples = [json.loads(p.read_text()) for p in sorted(EXAMPLES_DIR.glob("*.json"))]
    if not examples:
        print(f"differential: no worked examples in {EXAMPLES_DIR}", file=sys.stderr)
        return 1
    rng = random.Random(args.seed)
    # An example without "today" does not depend on it: any month will do.
    example_cases = [(e["scenario"], e.get("today") or random_today(rng)) for e in examples]
    cases = [random_scenario(rng) for _ in range(args.count)]
    invalid_cases = [random_invalid_case(rng) for _ in range(args.invalid_count)]

    with ProcessPoolExecutor() as pool:
        example_outcomes = list(pool.map(check_case, [cli] * len(examples), example_cases,
                                         [e["result"] for e in examples]))
        random_outcomes = list(pool.map(check_case, [cli] * len(cases), cases, chunksize=4))
        invalid_outcomes = list(pool.map(check_invalid_case, [cli] * len(invalid_cases),
                                         invalid_cases, chunksize=16))
    failed = (report("examples", example_outcomes) + report("differential", random_outcomes)
              + report("invalid input", invalid_outcomes))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""Differential test: the C++ CLI against the independent Python reference (spec v2).

Generates seeded random valid scenarios, each with a random caller's `today`,
runs `inmail-calc project - --today YYYY-MM` on each and compares its JSON
with tests/reference/credit_model.py fed the same `today`. The spec's worked
examples are checked first as fixed cases (reference and CLI against the
published result). On every reference result some invariants of spec
section 5 are checked too (monthly identity, totals = sums of the months, the
comparison rows of the scenario's own plan and policy equal the main totals,
and a few more).

Usage: python3 tests/reference/differential_test.py [--count N] [--seed S] [--cli PATH]
                                                    [--reference-only]
Exit status: 0 if every case matched and every invariant held, 1 otherwise
(or if the CLI is missing and --reference-only is not given).
"""

from __future__ import annotations

import argparse
import json
import pathlib
import random
import subprocess
import sys
import traceback
from concurrent.futures import ProcessPoolExecutor

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from credit_model import (  # noqa: E402
    PLAN_ORDER,
    POOLING_PLANS,
    RATE_RULE_PLANS,
    TEAM_FIELDS,
    parse_scenario,
    plans_offered,
    project,
)

REPO_ROOT = HERE.parents[1]
DEFAULT_CLI = REPO_ROOT / "build/native/bin/inmail-calc"
# The spec's worked examples, as copied into the repository.
EXAMPLES_DIR = REPO_ROOT / "tests/data/spec_examples"
PLANS = {policy: plans_offered(policy) for policy in ("2015", "legacy", "current")}
CLI_TIMEOUT_SECONDS = 60


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


def random_group(rng: random.Random, index: int) -> dict:
    group = {
        "seats": rng.choice([1, 1, 2, 3, rng.randint(1, 5), rng.randint(1, 12)]),
        "sends_per_month": random_sends(rng),
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
    """A valid v2 scenario and the caller's today to project it with."""
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
    return scenario, today


def add_groups(rng: random.Random, scenario: dict) -> None:
    count = rng.choice([1, 1, 1, 2, 3, 4])
    groups = [random_group(rng, i) for i in range(count)]
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
    if maybe(rng, 0.4):  # prices, some for plans the policy does not offer
        names = rng.sample(PLAN_ORDER, rng.randint(1, 4))
        if maybe(rng, 0.5) and scenario["plan"] not in names:
            names.append(scenario["plan"])
        scenario["seat_prices"] = {name: random_price(rng) for name in names}
    if maybe(rng, 0.5):
        scenario["compare"] = maybe(rng, 0.6)
    if maybe(rng, 0.2):
        scenario["trials"] = 0
        scenario["seed"] = rng.randint(0, 2**64 - 1)


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


# --- section 5 invariants on the reference's own output -------------------


def invariant_problems(scenario: dict, today: str, result: dict) -> list[str]:
    """Which section 5 invariants (and consequences of sections 3-4) the result breaks."""
    scn = parse_scenario(scenario, today)
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
    for group, spec_group in zip(result["groups"], scn.groups):
        if group["rate_warning_days"] != sum(m["rate_warning_days"] for m in group["months"]):
            problems.append(f"{group['name']}: rate_warning_days is not the sum of its months")
        for month in group["months"]:
            if month["sent"] + month["unsent"] != spec_group.seats * spec_group.sends_per_month:
                problems.append(f"{group['name']}: sent + unsent is not the demand in {month['month']}")
        rule_applies = scn.plan in RATE_RULE_PLANS and spec_group.bp < 1300
        if not rule_applies and group["rate_warning_days"]:
            problems.append(f"{group['name']}: warning days where section 3b does not apply")
    comparisons = result["comparisons"]
    if scn.compare != (comparisons is not None):
        problems.append("comparisons present iff compare: true is broken")
    if comparisons is not None:
        resolved = result["resolved"]
        own = {"policy": resolved["policy"], "plan": resolved["plan"],
               "allotment": resolved["allotment"], "pooled": resolved["pooled"],
               "balance_cap": resolved["balance_cap"], "totals": totals}
        for kind, key in (("plans", "plan"), ("policies", "policy")):
            rows = [row for row in comparisons[kind] if row[key] == resolved[key]]
            if rows != [own]:
                problems.append(f"comparisons.{kind}: the own {key}'s row is not the scenario")
    return problems


# --- running --------------------------------------------------------------


def run_cli(cli: pathlib.Path, scenario: dict, today: str):
    """The CLI's parsed result, or an error string."""
    try:
        proc = subprocess.run(
            [str(cli), "project", "-", "--today", today],
            input=json.dumps(scenario), capture_output=True, text=True,
            timeout=CLI_TIMEOUT_SECONDS,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        # OSError: e.g. the binary is being relinked by a concurrent build
        return f"<CLI could not run: {error}>"
    if proc.returncode != 0:
        return f"<CLI exit {proc.returncode}: {proc.stdout.strip()} {proc.stderr.strip()}>"
    try:
        return json.loads(proc.stdout)
    except json.JSONDecodeError as error:
        return f"<CLI printed no JSON ({error}): {proc.stdout[:200]!r}>"


def check_case(cli: pathlib.Path | None, case: tuple[dict, str], expected: dict | None = None):
    """(scenario, today, difference) for a mismatch, else None.

    Without `expected`, the reference gives it; with it (a worked example),
    the reference is checked against it too. The reference's own result is
    checked against the invariants. `cli` None: reference only.
    """
    scenario, today = case
    try:
        reference = project(scenario, today)
    except Exception:  # a reference bug: report it, keep the run going
        return scenario, today, ("reference$", "<a result>", traceback.format_exc(limit=3))
    problems = invariant_problems(scenario, today, reference)
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
    diff = first_difference(expected, run_cli(cli, scenario, today))
    return (scenario, today, diff) if diff else None


def shorten(value, limit: int = 400) -> str:
    text = json.dumps(value)
    return text if len(text) <= limit else text[:limit] + f"... ({len(text)} chars)"


def report(label: str, outcomes: list) -> int:
    failures = [outcome for outcome in outcomes if outcome]
    for scenario, today, (path, expected, actual) in failures:
        print(f"MISMATCH {label} (--today {today}): {json.dumps(scenario)}")
        print(f"  at {path}: reference/expected {shorten(expected)}, CLI {shorten(actual)}")
    print(f"{label}: {len(outcomes) - len(failures)} passed, {len(failures)} failed")
    return len(failures)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=400, help="random scenarios (default 400)")
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

    with ProcessPoolExecutor() as pool:
        example_outcomes = list(pool.map(check_case, [cli] * len(examples), example_cases,
                                         [e["result"] for e in examples]))
        random_outcomes = list(pool.map(check_case, [cli] * len(cases), cases, chunksize=8))
    failed = report("examples", example_outcomes) + report("differential", random_outcomes)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

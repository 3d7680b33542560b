"""Differential test: the C++ CLI against the independent Python reference.

Generates seeded random valid scenarios, runs `inmail-calc project -` on each
and compares its JSON with tests/reference/credit_model.py. The spec's worked
examples are checked first as fixed cases (reference and CLI against the
published result).

Usage: python3 tests/reference/differential_test.py [--count N] [--seed S] [--cli PATH]
Exit status: 0 if every case matched, 1 otherwise (or if the CLI is missing).
"""

from __future__ import annotations

import argparse
import json
import pathlib
import random
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from credit_model import ALLOTMENTS, project  # noqa: E402

REPO_ROOT = HERE.parents[1]
DEFAULT_CLI = REPO_ROOT / "build/native/bin/inmail-calc"
EXAMPLES_DIR = pathlib.Path("/work/shared/spec/examples")
POOLABLE_PLANS = {"recruiter", "recruiter_professional_services", "custom"}
PLANS = {
    "2015": sorted(ALLOTMENTS["2015"]) + ["custom"],
    "legacy": sorted(ALLOTMENTS["legacy"]) + ["custom"],
}


# --- scenario generation --------------------------------------------------


def maybe(rng: random.Random, probability: float) -> bool:
    return rng.random() < probability


def random_rate(rng: random.Random):
    """A percentage with 0, 1 or 2 decimals, extremes included."""
    bp = rng.choice([0, 10000, rng.randint(0, 10000), rng.randint(0, 10000)])
    decimals = rng.randint(0, 2)
    bp -= bp % (10 ** (2 - decimals))
    return bp // 100 if decimals == 0 else bp / 100


def random_response_days(rng: random.Random) -> int:
    # Legacy refunds hinge on response_days < 7, so values near 7 are favoured.
    return rng.choice([rng.randint(5, 9), rng.randint(1, 89), rng.randint(1, 10)])


def random_group(rng: random.Random, index: int) -> dict:
    group = {
        "seats": rng.randint(1, 5),
        "sends_per_month": rng.choice([0, rng.randint(0, 600), rng.randint(0, 200)]),
        "response_rate": random_rate(rng),
        "response_days": random_response_days(rng),
    }
    if maybe(rng, 0.7):
        group["name"] = f"Team {index}-{rng.randint(0, 999)}"
    return group


def random_start(rng: random.Random) -> str:
    # 2013-06 .. 2016-06, often near January 2015 (launch bonus month).
    if maybe(rng, 0.4):
        year, month = rng.choice([(2014, 10), (2014, 11), (2014, 12), (2015, 1)])
    else:
        index = rng.randint(0, 36)  # months after 2013-06
        year, month = 2013 + (5 + index) // 12, (5 + index) % 12 + 1
    return f"{year:04d}-{month:02d}"


def random_scenario(rng: random.Random) -> dict:
    policy = rng.choice(["2015", "legacy"])
    plan = rng.choice(PLANS[policy])
    scenario: dict = {"plan": plan, "start": random_start(rng)}
    if policy == "legacy" or maybe(rng, 0.5):
        scenario["policy"] = policy
    if plan == "custom":
        scenario["allotment"] = rng.choice([0, rng.randint(1, 300)])
    elif maybe(rng, 0.1):
        scenario["allotment"] = rng.randint(0, 300)
    scenario["months"] = rng.randint(1, 60) if maybe(rng, 0.1) else rng.randint(1, 18)
    if plan in POOLABLE_PLANS and maybe(rng, 0.7):
        scenario["pooled"] = maybe(rng, 0.5)
    elif maybe(rng, 0.1):
        scenario["pooled"] = False
    add_groups(rng, scenario)
    add_options(rng, scenario)
    return scenario


def add_groups(rng: random.Random, scenario: dict) -> None:
    count = rng.choice([1, 1, 2, 3, 4])
    groups = [random_group(rng, i) for i in range(count)]
    if count == 1 and maybe(rng, 0.4):  # shorthand form: group keys at top level
        groups[0].pop("name", None)
        scenario.update(groups[0])
    else:
        scenario["groups"] = groups


def add_options(rng: random.Random, scenario: dict) -> None:
    if maybe(rng, 0.3):
        scenario["opening_balance"] = rng.randint(0, 500)
    if maybe(rng, 0.4):
        scenario["launch_bonus"] = maybe(rng, 0.5)
    if maybe(rng, 0.4):
        scenario["expiry_days"] = rng.choice([90, rng.randint(1, 120), rng.randint(1, 35)])
    if maybe(rng, 0.4):
        scenario["balance_cap"] = rng.choice([None, 0, rng.randint(0, 1000), rng.randint(0, 200)])
    if maybe(rng, 0.4):
        scenario["refresh_day"] = rng.randint(1, 28)
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


# --- running --------------------------------------------------------------


def run_cli(cli: pathlib.Path, scenario: dict):
    """The CLI's parsed result, or an error string."""
    try:
        proc = subprocess.run(
            [str(cli), "project", "-"], input=json.dumps(scenario), capture_output=True, text=True
        )
    except OSError as error:  # e.g. the binary is being relinked by a concurrent build
        return f"<CLI could not run: {error}>"
    if proc.returncode != 0:
        return f"<CLI exit {proc.returncode}: {proc.stdout.strip()} {proc.stderr.strip()}>"
    return json.loads(proc.stdout)


def check_case(cli: pathlib.Path, scenario: dict, expected: dict | None = None):
    """(scenario, difference) for a mismatch, else None.

    Without `expected`, the reference gives it; with it (a worked example),
    the reference is checked against it too.
    """
    reference = project(scenario)
    if expected is not None:
        diff = first_difference(expected, reference, "reference$")
        if diff:
            return scenario, diff
    else:
        expected = reference
    diff = first_difference(expected, run_cli(cli, scenario))
    return (scenario, diff) if diff else None


def report(label: str, outcomes: list) -> int:
    failures = [outcome for outcome in outcomes if outcome]
    for scenario, (path, expected, actual) in failures:
        print(f"MISMATCH {label}: {json.dumps(scenario)}")
        print(f"  at {path}: reference/expected {json.dumps(expected)}, CLI {json.dumps(actual)}")
    print(f"{label}: {len(outcomes) - len(failures)} passed, {len(failures)} failed")
    return len(failures)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=400, help="random scenarios (default 400)")
    parser.add_argument("--seed", type=int, default=2015, help="generator seed (default 2015)")
    parser.add_argument("--cli", type=pathlib.Path, default=DEFAULT_CLI, help="inmail-calc binary")
    args = parser.parse_args()
    if not args.cli.is_file():
        print(f"differential: CLI binary not found at {args.cli}; build it first", file=sys.stderr)
        return 1

    examples = [json.loads(p.read_text()) for p in sorted(EXAMPLES_DIR.glob("*.json"))]
    if not examples:
        print(f"differential: no worked examples in {EXAMPLES_DIR}", file=sys.stderr)
        return 1
    rng = random.Random(args.seed)
    scenarios = [random_scenario(rng) for _ in range(args.count)]

    with ProcessPoolExecutor() as pool:
        example_outcomes = list(
            pool.map(check_case, [args.cli] * len(examples),
                     [e["scenario"] for e in examples], [e["result"] for e in examples])
        )
        random_outcomes = list(pool.map(check_case, [args.cli] * len(scenarios), scenarios,
                                        chunksize=8))
    failed = report("examples", example_outcomes) + report("differential", random_outcomes)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

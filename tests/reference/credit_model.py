"""Independent reference implementation of the InMail credit model (spec v3).

Written from the spec text only (/work/shared/spec/credit-model.md, sections
1-4d, deterministic rule), to cross-check the C++ engine by differential
testing. It favours being obviously literal over being fast: lots are a plain
list of [issue_day, credits], every day of the projection is walked one by one,
and every comparison row and goal probe is a full projection of its own
scenario.

`project` supports valid scenarios only; Monte Carlo is not modelled
("monte_carlo" is always None). Of section 6 (bad input) only the rules v3
adds are modelled, by `v3_input_error_fields` on the scenario's JSON text: a
key given twice, a control character in a group name, and the schedule rules
of section 2 (a list of 1..120 integer entries, each 0..100000).

Choices where the spec text is silent or loose (each also noted where it is
coded):
- With expiry_days "none" no lot "expires first"; spending and cap removal then
  take the oldest lot first (issue order). No reported figure depends on it:
  such credits are interchangeable.
- The caller's `today` is a required argument only when it is used (policy
  "current" without a start); leaving it out then raises ValueError rather
  than silently reading a clock, so a test can never depend on the date.
- Comparison rows are built on the user's scenario as given (null keys
  dropped, i.e. "not given"); a key the user left out takes the row's default.
  Keys the spec does not name as changed (expiry_days, opening_balance,
  launch_bonus, refresh_day, groups, seat_prices, ...) carry over unchanged in
  both policy and plan rows. The goal's rows (section 4d) start from the same
  plan-row scenarios.
- Section 6, v3 rules: a schedule entry written as a whole float (40.0) is not
  reported: the spec says "integer" without saying whether 40.0 is one. A key
  given twice is reported in any object of the document, at any depth, once
  per object and key however often it repeats. The name and schedule checks
  read the last of repeated keys (as json.loads does); which one an
  implementation reads is not specified.
"""

from __future__ import annotations

import calendar
import datetime
import json
from dataclasses import dataclass, replace
from decimal import Decimal

# Section 1: allotment per seat and month, by policy; the keys are the plans
# a policy offers besides "custom" (which every policy offers).
ALLOTMENTS = {
    "2015": {
        "recruiter": 150,
        "recruiter_professional_services": 100,
        "recruiter_lite": 30,
        "talent_finder": 25,
        "sales_navigator": 50,
        "premium_career": 5,
        "premium_business": 15,
    },
    "legacy": {
        "recruiter": 50,
        "recruiter_professional_services": 50,
        "recruiter_lite": 25,
        "talent_finder": 25,
    },
    "current": {
        "recruiter": 150,
        "recruiter_professional_services": 100,
        "recruiter_lite": 30,
        "sales_navigator": 50,
        "premium_career": 5,
        "premium_business": 15,
    },
}
CUSTOM = "custom"
# Section 4c orders.
POLICY_ORDER = ("legacy", "2015", "current")
PLAN_ORDER = (
    "recruiter",
    "recruiter_professional_services",
    "recruiter_lite",
    "talent_finder",
    "sales_navigator",
    "premium_career",
    "premium_business",
    CUSTOM,
)
POOLED_BY_DEFAULT = {"recruiter", "recruiter_professional_services"}
POOLING_PLANS = {"recruiter", "recruiter_professional_services", CUSTOM}
LAUNCH_BONUS_PLANS = {"recruiter", "recruiter_professional_services"}
LAUNCH_BONUS_PER_SEAT = 100
LAUNCH_BONUS_MONTH = (2015, 1)
LEGACY_REFUND_DELAY = 7
# Section 1, `current`: default expiry_days "none" for the Recruiter family,
# default balance_cap as a multiple of the allotment in use (none for custom).
CURRENT_NO_EXPIRY_PLANS = {"recruiter", "recruiter_professional_services", "recruiter_lite"}
CURRENT_CAP_MULTIPLE = {
    "recruiter": 4,
    "recruiter_professional_services": 4,
    "recruiter_lite": 4,
    "sales_navigator": 3,
    "premium_career": 3,
    "premium_business": 3,
}
DEFAULT_EXPIRY_DAYS = 90
DEFAULT_START = {"2015": (2015, 1), "legacy": (2015, 1)}  # current: the caller's today
# Section 3b.
RATE_RULE_PLANS = {"recruiter", "recruiter_professional_services"}
RATE_RULE_BP = 1300
RATE_RULE_WINDOW_DAYS = 14  # days max(0, t-13) .. t
RATE_RULE_SENDS_PER_SEAT = 100
GROUP_KEYS = ("seats", "sends_per_month", "response_rate", "response_days")
MAX_SENDS = 100000
MAX_BP = 10000
# Section 2 (v3): a schedule holds 1..120 entries, one per month.
MAX_SCHEDULE_ENTRIES = 120
# Section 4d: the seats search runs over 1..100000.
GOAL_MAX_SEATS = 100000


def plans_offered(policy: str) -> list[str]:
    """The plans a policy offers, in the section 4c order."""
    return [plan for plan in PLAN_ORDER if plan == CUSTOM or plan in ALLOTMENTS[policy]]


def default_expiry_days(policy: str, plan: str) -> int | None:
    """Section 1 default expiry_days; None means "none" (never by age)."""
    if policy == "current" and plan in CURRENT_NO_EXPIRY_PLANS:
        return None
    return DEFAULT_EXPIRY_DAYS


def default_balance_cap(policy: str, plan: str, allotment: int) -> int | None:
    """Section 1 default balance_cap per seat; None means no cap."""
    if policy == "current" and plan in CURRENT_CAP_MULTIPLE:
        return CURRENT_CAP_MULTIPLE[plan] * allotment  # "the allotment in use"
    return None


@dataclass(frozen=True)
class Group:
    name: str
    seats: int
    sends_per_month: int | tuple[int, ...]  # a number, or a schedule by month (v3)
    bp: int  # response rate in basis points
    response_days: int

    @property
    def has_schedule(self) -> bool:
        return isinstance(self.sends_per_month, tuple)

    def sends_in_month(self, month_index: int) -> int:
        """Section 2: month i (0-based from start) uses entry min(i, length - 1)."""
        if not self.has_schedule:
            return self.sends_per_month
        return self.sends_per_month[min(month_index, len(self.sends_per_month) - 1)]


@dataclass(frozen=True)
class Scenario:
    policy: str
    plan: str
    allotment: int
    start: tuple[int, int]  # (year, month)
    months: int
    pooled: bool
    groups: tuple[Group, ...]
    opening_balance: int
    launch_bonus: bool
    expiry_days: int | None  # None: "none", credits never lapse by age
    balance_cap: int | None  # None: no cap
    refresh_day: int
    seat_prices: tuple[tuple[str, object], ...]  # (plan, price as given)
    compare: bool
    goal_responses: int | None  # section 4d; None: no goal


def rate_to_bp(rate) -> int:
    # Decimal(str(...)) so that e.g. 0.29 * 100 is exactly 29, not 28.999...
    return int(round(Decimal(str(rate)) * 100))


def price_to_cents(price) -> int:
    # Section 4b: c = round(p * 100); valid prices have at most 2 decimals.
    return int(round(Decimal(str(price)) * 100))


def parse_month(text: str) -> tuple[int, int]:
    year, month = (int(part) for part in text.split("-"))
    return year, month


def given(raw: dict) -> dict:
    """The keys the user gave: section 2, `null` for any key means "not given"."""
    return {key: value for key, value in raw.items() if value is not None}


def parse_sends(value) -> int | tuple[int, ...]:
    """A number, or a schedule (a JSON list) as a tuple of whole numbers."""
    if isinstance(value, list):
        return tuple(int(entry) for entry in value)
    return value


def parse_group(raw: dict, index: int) -> Group:
    raw = given(raw)
    return Group(
        name=raw.get("name", f"Group {index + 1}"),
        seats=raw.get("seats", 1),
        sends_per_month=parse_sends(raw.get("sends_per_month", 0)),
        bp=rate_to_bp(raw.get("response_rate", 0)),
        response_days=raw.get("response_days", 3),
    )


def parse_scenario(raw: dict, today: str | None = None) -> Scenario:
    """Apply the section 1/2 defaults to a (valid) scenario dict."""
    raw = given(raw)
    policy = raw.get("policy", "2015")
    plan = raw.get("plan", "recruiter")
    allotment = raw.get("allotment")
    if allotment is None:
        allotment = ALLOTMENTS[policy][plan]
    if "groups" in raw:
        raw_groups = raw["groups"]
    else:  # shorthand: the top-level keys form the single group
        raw_groups = [{key: raw[key] for key in GROUP_KEYS if key in raw}]
    if "start" in raw:
        start = parse_month(raw["start"])
    elif policy in DEFAULT_START:
        start = DEFAULT_START[policy]  # `today` is ignored under 2015 and legacy
    elif today is None:
        # Choice: no hidden clock read; the caller must say what today is.
        raise ValueError("policy 'current' without 'start' needs the caller's today")
    else:
        start = parse_month(today)
    expiry_days = raw.get("expiry_days", "default")
    if expiry_days == "default":
        expiry_days = default_expiry_days(policy, plan)
    elif expiry_days == "none":
        expiry_days = None
    balance_cap = raw.get("balance_cap", "default")
    if balance_cap == "default":
        balance_cap = default_balance_cap(policy, plan, allotment)
    elif balance_cap == "none":
        balance_cap = None
    return Scenario(
        policy=policy,
        plan=plan,
        allotment=allotment,
        start=start,
        months=raw.get("months", 12),
        pooled=raw.get("pooled", plan in POOLED_BY_DEFAULT),
        groups=tuple(parse_group(g, i) for i, g in enumerate(raw_groups)),
        opening_balance=raw.get("opening_balance", 0),
        launch_bonus=raw.get("launch_bonus", True),
        expiry_days=expiry_days,
        balance_cap=balance_cap,
        refresh_day=raw.get("refresh_day", 1),
        seat_prices=tuple(given(raw.get("seat_prices", {})).items()),
        compare=raw.get("compare", False),
        goal_responses=raw.get("goal_responses"),
    )


# --- calendar -------------------------------------------------------------


@dataclass(frozen=True)
class Month:
    label: str  # "YYYY-MM"
    year: int
    month: int
    first_day: int  # day index of the 1st, counted from the projection start
    length: int


def projection_months(scn: Scenario) -> list[Month]:
    year, month = scn.start
    start_date = datetime.date(year, month, 1)
    result = []
    for _ in range(scn.months):
        first = datetime.date(year, month, 1)
        length = calendar.monthrange(year, month)[1]
        result.append(
            Month(f"{year:04d}-{month:02d}", year, month, (first - start_date).days, length)
        )
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return result


def daily_demand(month: Month, monthly_demand: int) -> dict[int, int]:
    """Demand per day index: D spread over the month's business days."""
    business_days = [
        month.first_day + dom - 1
        for dom in range(1, month.length + 1)
        if datetime.date(month.year, month.month, dom).weekday() < 5
    ]
    n = len(business_days)
    return {
        day: (i + 1) * monthly_demand // n - i * monthly_demand // n
        for i, day in enumerate(business_days)
    }


# --- one ledger -----------------------------------------------------------

TEAM_FIELDS = ("granted", "bonus", "refunded", "sent", "unsent", "responses", "expired")
GROUP_FIELDS = ("sent", "unsent", "responses", "refunded")


@dataclass
class Member:
    """A group as seen by one ledger: the whole group (pooled) or one seat."""

    group_index: int
    group: Group
    seats: int  # the group's seats in this ledger: all of them (pooled) or 1
    made: int = 0  # M(t): sends made through the current day

    def demand_in_month(self, month_index: int) -> int:
        """D of section 3: seats * that month's sends_per_month (or its schedule entry)."""
        return self.seats * self.group.sends_in_month(month_index)


class Ledger:
    """One balance: the whole team (pooled) or a single seat (unpooled)."""

    def __init__(self, scn: Scenario, members: list[Member], seats: int):
        self.scn = scn
        self.members = members
        self.seats = seats
        # Lots in issue order. Every lot lives expiry_days (or forever), so the
        # first-expiring lot is always the front one. With expiry "none" no lot
        # expires first; the front (oldest) one is taken (a choice that no
        # figure can observe).
        self.lots: list[list[int]] = [[0, scn.opening_balance * seats]]
        # day -> group index -> credits / responses due that day
        self.refunds_due: dict[int, dict[int, int]] = {}
        self.responses_due: dict[int, dict[int, int]] = {}
        # group index -> day -> InMails this ledger's seats of the group sent
        self.sent_by_day: dict[int, dict[int, int]] = {m.group_index: {} for m in members}

    def balance(self) -> int:
        return sum(credits for _, credits in self.lots)

    def expire(self, day: int) -> int:
        if self.scn.expiry_days is None:  # "none": never removed by age
            return 0
        expired = 0
        while self.lots and self.lots[0][0] + self.scn.expiry_days <= day:
            expired += self.lots.pop(0)[1]
        return expired

    def take_oldest(self, wanted: int) -> int:
        """Remove up to `wanted` credits, the first-expiring lots first."""
        taken = 0
        while taken < wanted and self.lots:
            lot = self.lots[0]
            step = min(lot[1], wanted - taken)
            lot[1] -= step
            taken += step
            if lot[1] == 0:
                self.lots.pop(0)
        return taken

    def refresh(self, day: int, month: Month, team: dict) -> None:
        scn = self.scn
        granted = scn.allotment * self.seats
        self.lots.append([day, granted])
        team["granted"] += granted
        if self.launch_bonus_applies(month):
            bonus = LAUNCH_BONUS_PER_SEAT * self.seats
            self.lots.append([day, bonus])
            team["bonus"] += bonus
        if scn.balance_cap is not None:
            excess = self.balance() - scn.balance_cap * self.seats
            if excess > 0:
                team["expired"] += self.take_oldest(excess)

    def launch_bonus_applies(self, month: Month) -> bool:
        scn = self.scn
        return (
            scn.policy == "2015"  # "none" under legacy and current
            and scn.plan in LAUNCH_BONUS_PLANS
            and scn.launch_bonus
            and (month.year, month.month) == LAUNCH_BONUS_MONTH
        )

    def credit_back(self, day: int, team: dict, groups: list[dict]) -> None:
        due = self.refunds_due.pop(day, {})
        total = sum(due.values())
        if total:
            self.lots.append([day, total])
        team["refunded"] += total
        for group_index, credits in due.items():
            groups[group_index]["refunded"] += credits

    def record_responses(self, day: int, team: dict, groups: list[dict]) -> None:
        for group_index, count in self.responses_due.pop(day, {}).items():
            team["responses"] += count
            groups[group_index]["responses"] += count

    def send(self, day: int, demands: list[dict[int, int]], team: dict, groups: list[dict]):
        for member, demand in zip(self.members, demands):
            wanted = demand.get(day, 0)
            made = self.take_oldest(wanted)
            unsent = wanted - made
            team["sent"] += made
            team["unsent"] += unsent
            groups[member.group_index]["sent"] += made
            groups[member.group_index]["unsent"] += unsent
            if made:
                self.sent_by_day[member.group_index][day] = made
            self.schedule_returns(day, member, made)

    def schedule_returns(self, day: int, member: Member, made: int) -> None:
        """Draw the responses of today's sends and book their refunds."""
        bp = member.group.bp
        before = member.made * bp // MAX_BP
        member.made += made
        responses = member.made * bp // MAX_BP - before
        arrival = day + member.group.response_days
        add_due(self.responses_due, arrival, member.group_index, responses)
        if self.scn.policy in ("2015", "current"):  # current: "as 2015"
            add_due(self.refunds_due, arrival, member.group_index, responses)
        else:
            unanswered = made - responses if member.group.response_days < 7 else made
            add_due(self.refunds_due, day + LEGACY_REFUND_DELAY, member.group_index, unanswered)

    def run(self, months: list[Month]) -> dict:
        """Walk every day; return per-month team and group figures."""
        team_months, group_months = [], []
        for month_index, month in enumerate(months):
            team = {"opening": self.balance(), **{f: 0 for f in TEAM_FIELDS}}
            groups = [{f: 0 for f in GROUP_FIELDS} for _ in self.scn.groups]
            demands = [daily_demand(month, m.demand_in_month(month_index)) for m in self.members]
            for day in range(month.first_day, month.first_day + month.length):
                team["expired"] += self.expire(day)
                if day - month.first_day + 1 == self.scn.refresh_day:
                    self.refresh(day, month, team)
                self.credit_back(day, team, groups)
                self.record_responses(day, team, groups)
                self.send(day, demands, team, groups)
            team["closing"] = self.balance()
            team_months.append(team)
            group_months.append(groups)
        pending = sum(sum(due.values()) for due in self.refunds_due.values())
        return {
            "team": team_months,
            "groups": group_months,
            "pending_refunds": pending,
            "sent_by_day": self.sent_by_day,
        }


def add_due(schedule: dict[int, dict[int, int]], day: int, group_index: int, amount: int):
    if amount:
        per_group = schedule.setdefault(day, {})
        per_group[group_index] = per_group.get(group_index, 0) + amount


# --- whole projection -----------------------------------------------------


def ledger_runs(scn: Scenario, months: list[Month]) -> list[tuple[int, dict]]:
    """(multiplier, figures) per simulated ledger.

    Pooled: one team ledger. Unpooled: one literal seat per group, scaled by
    the group's seats (spec section 3: seats of one group behave identically).
    """
    if scn.pooled:
        members = [Member(i, g, g.seats) for i, g in enumerate(scn.groups)]
        seats = sum(g.seats for g in scn.groups)
        return [(1, Ledger(scn, members, seats).run(months))]
    return [
        (g.seats, Ledger(scn, [Member(i, g, 1)], 1).run(months))
        for i, g in enumerate(scn.groups)
    ]


def warning_days(scn: Scenario, group: Group, sent_by_day: dict[int, int], days: int) -> set[int]:
    """Section 3b: the days t of the projection on which the group trips the rule.

    `sent_by_day` holds what the group actually sent each day, all its seats.
    """
    if scn.plan not in RATE_RULE_PLANS or group.bp >= RATE_RULE_BP:
        return set()
    result = set()
    for t in range(days):
        window = range(max(0, t - (RATE_RULE_WINDOW_DAYS - 1)), t + 1)
        sent_in_window = sum(sent_by_day.get(day, 0) for day in window)
        if sent_in_window >= RATE_RULE_SENDS_PER_SEAT * group.seats:
            result.add(t)
    return result


def group_sent_by_day(runs: list[tuple[int, dict]], group_index: int) -> dict[int, int]:
    """InMails a group sent each day, summed over all its seats (every ledger)."""
    total: dict[int, int] = {}
    for multiplier, run in runs:
        for day, made in run["sent_by_day"].get(group_index, {}).items():
            total[day] = total.get(day, 0) + multiplier * made
    return total


def simulate(scn: Scenario, with_warnings: bool = True) -> dict:
    """Months, groups and totals of section 4 (no solvers, no comparisons).

    `with_warnings=False` skips section 3b (the solvers only read `unsent`).
    """
    months = projection_months(scn)
    runs = ledger_runs(scn, months)
    days = months[-1].first_day + months[-1].length
    warnings = [
        warning_days(scn, g, group_sent_by_day(runs, i), days) if with_warnings else set()
        for i, g in enumerate(scn.groups)
    ]
    month_rows = []
    group_rows = [{"name": g.name, "rate_warning_days": 0, "months": []} for g in scn.groups]
    for m_index, month in enumerate(months):
        team = {"month": month.label, "opening": 0, **{f: 0 for f in TEAM_FIELDS}, "closing": 0}
        group_figures = [{f: 0 for f in GROUP_FIELDS} for _ in scn.groups]
        for multiplier, run in runs:
            for key, value in run["team"][m_index].items():
                team[key] += multiplier * value
            for g_index, figures in enumerate(run["groups"][m_index]):
                for key, value in figures.items():
                    group_figures[g_index][key] += multiplier * value
        month_rows.append(team)
        month_days = range(month.first_day, month.first_day + month.length)
        for row, figures, warned in zip(group_rows, group_figures, warnings):
            # Days of the group, not seat-days: never multiplied by seats.
            count = sum(1 for day in month_days if day in warned)
            row["months"].append({"month": month.label, **figures, "rate_warning_days": count})
            row["rate_warning_days"] += count
    totals = {f: sum(row[f] for row in month_rows) for f in TEAM_FIELDS}
    totals["pending_refunds"] = sum(mult * run["pending_refunds"] for mult, run in runs)
    totals["cost"] = cost(scn, totals)
    return {"months": month_rows, "groups": group_rows, "totals": totals}


# --- costs (section 4b) ---------------------------------------------------


def round_half_up(x: int, y: int) -> int | None:
    """round_half_up(x / y) = (2x + y) div (2y); None where y is 0."""
    if y == 0:
        return None
    return (2 * x + y) // (2 * y)


def cost(scn: Scenario, totals: dict) -> dict | None:
    prices = dict(scn.seat_prices)
    if scn.plan not in prices:
        return None
    cents = price_to_cents(prices[scn.plan])
    total = cents * sum(g.seats for g in scn.groups) * scn.months
    return {
        "total_cents": total,
        "per_sent_cents": round_half_up(total, totals["sent"]),
        "per_response_cents": round_half_up(total, totals["responses"]),
    }


# --- solvers --------------------------------------------------------------


def total_unsent(scn: Scenario, **group_changes) -> int:
    """Unsent InMails of the single-group scenario with the group altered."""
    changed = replace(scn, groups=(replace(scn.groups[0], **group_changes),))
    return simulate(changed, with_warnings=False)["totals"]["unsent"]


def max_sustainable_sends(scn: Scenario) -> int:
    lo, hi = 0, MAX_SENDS
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if total_unsent(scn, sends_per_month=mid) == 0:
            lo = mid
        else:
            hi = mid - 1
    return lo


def break_even_response_rate(scn: Scenario) -> float | None:
    lo, hi = 0, MAX_BP
    while lo < hi:
        mid = (lo + hi) // 2
        if total_unsent(scn, bp=mid) == 0:
            hi = mid
        else:
            lo = mid + 1
    # The search only lands on 10000 unprobed; "null if even 10000 leaves some unsent".
    if lo == MAX_BP and total_unsent(scn, bp=MAX_BP) != 0:
        return None
    return lo / 100


def solvers(scn: Scenario) -> dict:
    # The solvers vary one constant volume: null with several groups, and
    # whenever a group gives a schedule (even [40], section 2).
    if len(scn.groups) != 1 or scn.groups[0].has_schedule:
        return {"max_sustainable_sends": None, "break_even_response_rate": None}
    return {
        "max_sustainable_sends": max_sustainable_sends(scn),
        "break_even_response_rate": (
            break_even_response_rate(scn) if scn.policy in ("2015", "current") else None
        ),
    }


# --- comparisons (section 4c) and resolved (section 4) --------------------


def month_label(year_month: tuple[int, int]) -> str:
    return f"{year_month[0]:04d}-{year_month[1]:02d}"


def resolved(scn: Scenario) -> dict:
    return {
        "policy": scn.policy,
        "plan": scn.plan,
        "allotment": scn.allotment,
        "start": month_label(scn.start),
        "months": scn.months,
        "pooled": scn.pooled,
        "balance_cap": scn.balance_cap,
        "expiry_days": scn.expiry_days,
    }


def comparison_row(row_raw: dict, today: str | None) -> dict:
    scn = parse_scenario(row_raw, today)
    return {
        "policy": scn.policy,
        "plan": scn.plan,
        "allotment": scn.allotment,
        "pooled": scn.pooled,
        "balance_cap": scn.balance_cap,
        # Deterministic, no solvers; section 3b does not reach the totals.
        "totals": simulate(scn, with_warnings=False)["totals"],
    }


def policy_row_scenario(user: dict, scn: Scenario, policy: str) -> dict:
    """The scenario with `policy` replaced and `start` set to the resolved start.

    Everything else the user gave stays (an allotment override, an explicit
    cap or expiry, an explicit pooled); what the user left out is absent and
    so takes that policy's defaults.
    """
    return {**user, "policy": policy, "start": month_label(scn.start), "compare": False}


def plan_row_scenario(user: dict, scn: Scenario, plan: str) -> dict:
    """The scenario with `plan` replaced (not the scenario's own plan).

    allotment and balance_cap take that plan's defaults under the policy (the
    user's override or explicit cap does not carry over). An explicit pooled
    carries over to a plan that pools; otherwise the plan's default pooled.
    Everything else the user gave stays; expiry_days, if the user left it out,
    takes the row plan's default under the policy.
    """
    row = {key: value for key, value in user.items() if key not in ("allotment", "balance_cap")}
    if "pooled" in row and plan not in POOLING_PLANS:
        del row["pooled"]
    row["plan"] = plan
    row["compare"] = False
    return row


def plan_row_scenarios(user: dict, scn: Scenario) -> list[dict]:
    """The scenario of each row of the plan comparison, in row order (section 4c)."""
    rows = []
    for plan in plans_offered(scn.policy):
        if plan == scn.plan:  # the row of the scenario's own plan is the scenario itself
            rows.append({**user, "compare": False})
        elif plan != CUSTOM:  # custom only when it is the scenario's own plan
            rows.append(plan_row_scenario(user, scn, plan))
    return rows


def comparisons(raw: dict, scn: Scenario, today: str | None) -> dict:
    user = given(raw)
    policy_rows = []
    for policy in POLICY_ORDER:
        if scn.plan in plans_offered(policy):
            policy_rows.append(comparison_row(policy_row_scenario(user, scn, policy), today))
    plan_rows = [comparison_row(row, today) for row in plan_row_scenarios(user, scn)]
    return {"policies": policy_rows, "plans": plan_rows}


# --- the responses goal (section 4d) --------------------------------------


def ceil_div(x: int, y: int) -> int:
    return (x + y - 1) // y


def goal_refusal(scn: Scenario) -> str | None:
    """Why the goal has no rows: several groups (checked first), or a zero rate."""
    if len(scn.groups) != 1:
        return "several_groups"
    if scn.groups[0].bp == 0:
        return "zero_response_rate"
    return None


def with_goal_seats(row_scn: Scenario, team_sends: int, seats: int) -> Scenario:
    """The row's scenario with `seats` seats, each sending ceil(S / seats) a month.

    The number replaces any schedule; trials are 0 anyway here (no Monte Carlo).
    """
    group = replace(row_scn.groups[0], seats=seats, sends_per_month=ceil_div(team_sends, seats))
    return replace(row_scn, groups=(group,))


def goal_seats(unsent) -> int | None:
    """The seats search of section 4d, exactly as written; None: no answer."""
    lo, hi = 1, GOAL_MAX_SEATS
    if unsent(hi) > 0:
        return None
    while lo < hi:
        mid = (lo + hi) // 2
        if unsent(mid) == 0:
            hi = mid
        else:
            lo = mid + 1
    return lo


def goal_row(row_scn: Scenario, team_sends: int) -> dict:
    totals_by_seats: dict[int, dict] = {}  # the search may probe the answer itself

    def totals(seats: int) -> dict:
        if seats not in totals_by_seats:
            scn = with_goal_seats(row_scn, team_sends, seats)
            totals_by_seats[seats] = simulate(scn, with_warnings=False)["totals"]
        return totals_by_seats[seats]

    seats = goal_seats(lambda n: totals(n)["unsent"])
    return {
        "plan": row_scn.plan,
        "allotment": row_scn.allotment,
        "pooled": row_scn.pooled,
        "balance_cap": row_scn.balance_cap,
        "seats": seats,
        "sends_per_seat": None if seats is None else ceil_div(team_sends, seats),
        "totals": None if seats is None else totals(seats),
    }


def cheapest_plan(rows: list[dict]) -> str | None:
    """The plan of the row with the smallest total cost; the first on a tie."""
    costed = [row for row in rows
              if row["totals"] is not None and row["totals"]["cost"] is not None]
    if not costed:
        return None
    # min() keeps the first of equal keys, i.e. the first in row order.
    return min(costed, key=lambda row: row["totals"]["cost"]["total_cents"])["plan"]


def goal(raw: dict, scn: Scenario, today: str | None) -> dict | None:
    if scn.goal_responses is None:
        return None
    responses = scn.goal_responses
    reason = goal_refusal(scn)
    if reason is not None:
        return {"responses_per_month": responses, "sends_per_month": None, "reason": reason,
                "cheapest": None, "rows": []}
    team_sends = ceil_div(responses * MAX_BP, scn.groups[0].bp)  # S = ceil(R * 10000 / bp)
    # The same rows and row scenarios as the plan comparison, whatever `compare` says.
    row_scenarios = [parse_scenario(row, today) for row in plan_row_scenarios(given(raw), scn)]
    rows = [goal_row(row_scn, team_sends) for row_scn in row_scenarios]
    return {"responses_per_month": responses, "sends_per_month": team_sends, "reason": None,
            "cheapest": cheapest_plan(rows), "rows": rows}


def project(raw: dict, today: str | None = None) -> dict:
    """The section 4 result for a valid scenario dict (Monte Carlo left out).

    `today` ("YYYY-MM") is the caller's month (section 2); it is only read
    under policy "current" without a start.
    """
    scn = parse_scenario(raw, today)
    result = simulate(scn)
    result["solvers"] = solvers(scn)
    result["monte_carlo"] = None
    result["comparisons"] = comparisons(raw, scn, today) if scn.compare else None
    result["goal"] = goal(raw, scn, today)
    result["resolved"] = resolved(scn)
    return result


# --- bad input: the rules v3 adds to section 6 ----------------------------


class JsonObjectPairs(list):
    """A JSON object as written: its (key, value) pairs in order, repeated keys kept.

    json.loads would keep only the last of repeated keys; section 6 needs to
    see them, so the text is read with object_pairs_hook=JsonObjectPairs.
    """


def field_of_key(parent: str, key: str) -> str:
    """Section 6 naming: a field inside an object with a dot; top-level keys bare."""
    return key if parent == "" else f"{parent}.{key}"


def field_of_index(parent: str, index: int) -> str:
    return f"{parent}[{index}]"


def repeated_key_fields(value, path: str = "") -> set[str]:
    """Every key given more than once in one JSON object, named at that key."""
    fields = set()
    if isinstance(value, JsonObjectPairs):
        keys = [key for key, _ in value]
        fields |= {field_of_key(path, key) for key in keys if keys.count(key) > 1}
        for key, item in value:
            fields |= repeated_key_fields(item, field_of_key(path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            fields |= repeated_key_fields(item, field_of_index(path, index))
    return fields


def last_value_wins(value):
    """The document as plain dicts and lists; of repeated keys the last is kept."""
    if isinstance(value, JsonObjectPairs):
        return {key: last_value_wins(item) for key, item in value}
    if isinstance(value, list):
        return [last_value_wins(item) for item in value]
    return value


def has_control_character(text: str) -> bool:
    """U+0000 to U+001F, or U+007F (section 6, v3)."""
    return any(ord(char) < 0x20 or ord(char) == 0x7F for char in text)


def is_valid_schedule_entry(entry) -> bool:
    """An integer 0..100000. A whole float (40.0) is let pass: see the module docstring."""
    if isinstance(entry, bool) or not isinstance(entry, (int, float)):
        return False
    return entry == int(entry) and 0 <= entry <= MAX_SENDS


def schedule_error_fields(value, path: str) -> set[str]:
    """Section 2 (v3): a schedule is a list of 1..120 entries, each an integer 0..100000.

    A wrong length is an error of the list itself; a bad entry is named with
    its index. A value that is not a list is a v2 matter, not checked here.
    """
    if not isinstance(value, list):
        return set()
    fields = set()
    if not 1 <= len(value) <= MAX_SCHEDULE_ENTRIES:
        fields.add(path)
    for index, entry in enumerate(value):
        if not is_valid_schedule_entry(entry):
            fields.add(field_of_index(path, index))
    return fields


def group_error_fields(group, path: str) -> set[str]:
    if not isinstance(group, dict):
        return set()  # a wrong type: a v2 rule
    schedule_path = field_of_key(path, "sends_per_month")
    fields = schedule_error_fields(group.get("sends_per_month"), schedule_path)
    name = group.get("name")
    if isinstance(name, str) and has_control_character(name):
        fields.add(field_of_key(path, "name"))
    return fields


def v3_input_error_fields(text: str) -> list[str]:
    """The fields, sorted, that the section 6 rules added in v3 make input errors.

    `text` is a scenario as JSON text: the duplicate-key rule cannot be seen
    once the text is parsed into dicts. Covered: a key given twice in one
    object (message "given more than once"), a group name with a control
    character, and the schedule rules of section 2, in a group or as the
    shorthand key. The v1/v2 rules (types, ranges, unknown keys, ...) are not
    modelled, so an input that breaks only those gives []. Malformed JSON
    raises json.JSONDecodeError.
    """
    document = json.loads(text, object_pairs_hook=JsonObjectPairs)
    fields = repeated_key_fields(document)
    scenario = last_value_wins(document)
    if isinstance(scenario, dict):
        fields |= schedule_error_fields(scenario.get("sends_per_month"), "sends_per_month")
        groups = scenario.get("groups")
        if isinstance(groups, list):
            for index, group in enumerate(groups):
                fields |= group_error_fields(group, field_of_index("groups", index))
    return sorted(fields)

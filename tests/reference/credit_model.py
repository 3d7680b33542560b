"""Independent reference implementation of the InMail credit model (spec v1).

Written from docs/spec text only (credit-model.md, sections 2-4, deterministic
rule), to cross-check the C++ engine by differential testing. It favours being
obviously literal over being fast: lots are a plain list of [issue_day, credits]
and every day of the projection is walked one by one.

Only valid scenarios are supported; Monte Carlo is not modelled ("monte_carlo"
is always None).
"""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass, replace
from decimal import Decimal

# Section 1: allotment per seat and month, by policy.
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
}
POOLED_BY_DEFAULT = {"recruiter", "recruiter_professional_services"}
LAUNCH_BONUS_PLANS = {"recruiter", "recruiter_professional_services"}
LAUNCH_BONUS_PER_SEAT = 100
LAUNCH_BONUS_MONTH = (2015, 1)
LEGACY_REFUND_DELAY = 7
GROUP_KEYS = ("seats", "sends_per_month", "response_rate", "response_days")
MAX_SENDS = 100000
MAX_BP = 10000


@dataclass(frozen=True)
class Group:
    name: str
    seats: int
    sends_per_month: int
    bp: int  # response rate in basis points
    response_days: int


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
    expiry_days: int
    balance_cap: int | None
    refresh_day: int


def rate_to_bp(rate) -> int:
    # Decimal(str(...)) so that e.g. 0.29 * 100 is exactly 29, not 28.999...
    return int(round(Decimal(str(rate)) * 100))


def parse_group(raw: dict, index: int) -> Group:
    return Group(
        name=raw.get("name", f"Group {index + 1}"),
        seats=raw.get("seats", 1),
        sends_per_month=raw.get("sends_per_month", 0),
        bp=rate_to_bp(raw.get("response_rate", 0)),
        response_days=raw.get("response_days", 3),
    )


def parse_scenario(raw: dict) -> Scenario:
    """Apply the section 2 defaults to a (valid) scenario dict."""
    policy = raw.get("policy", "2015")
    plan = raw.get("plan", "recruiter")
    allotment = raw.get("allotment")
    if allotment is None:
        allotment = ALLOTMENTS[policy][plan]
    if "groups" in raw:
        raw_groups = raw["groups"]
    else:  # shorthand: the top-level keys form the single group
        raw_groups = [{key: raw[key] for key in GROUP_KEYS if key in raw}]
    year, month = (int(part) for part in raw.get("start", "2015-01").split("-"))
    return Scenario(
        policy=policy,
        plan=plan,
        allotment=allotment,
        start=(year, month),
        months=raw.get("months", 12),
        pooled=raw.get("pooled", plan in POOLED_BY_DEFAULT),
        groups=tuple(parse_group(g, i) for i, g in enumerate(raw_groups)),
        opening_balance=raw.get("opening_balance", 0),
        launch_bonus=raw.get("launch_bonus", True),
        expiry_days=raw.get("expiry_days", 90),
        balance_cap=raw.get("balance_cap"),
        refresh_day=raw.get("refresh_day", 1),
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
    monthly_demand: int
    made: int = 0  # M(t): sends made through the current day


class Ledger:
    """One balance: the whole team (pooled) or a single seat (unpooled)."""

    def __init__(self, scn: Scenario, members: list[Member], seats: int):
        self.scn = scn
        self.members = members
        self.seats = seats
        self.lots: list[list[int]] = [[0, scn.opening_balance * seats]]
        # day -> group index -> credits / responses due that day
        self.refunds_due: dict[int, dict[int, int]] = {}
        self.responses_due: dict[int, dict[int, int]] = {}

    def balance(self) -> int:
        return sum(credits for _, credits in self.lots)

    def expire(self, day: int) -> int:
        # Lots are kept in issue order and all live expiry_days, so the ones
        # past their last usable day are at the front.
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
            scn.policy == "2015"
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
            self.schedule_returns(day, member, made)

    def schedule_returns(self, day: int, member: Member, made: int) -> None:
        """Draw the responses of today's sends and book their refunds."""
        bp = member.group.bp
        before = member.made * bp // MAX_BP
        member.made += made
        responses = member.made * bp // MAX_BP - before
        arrival = day + member.group.response_days
        add_due(self.responses_due, arrival, member.group_index, responses)
        if self.scn.policy == "2015":
            add_due(self.refunds_due, arrival, member.group_index, responses)
        else:
            unanswered = made - responses if member.group.response_days < 7 else made
            add_due(self.refunds_due, day + LEGACY_REFUND_DELAY, member.group_index, unanswered)

    def run(self, months: list[Month]) -> dict:
        """Walk every day; return per-month team and group figures."""
        team_months, group_months = [], []
        for month in months:
            team = {"opening": self.balance(), **{f: 0 for f in TEAM_FIELDS}}
            groups = [{f: 0 for f in GROUP_FIELDS} for _ in self.scn.groups]
            demands = [daily_demand(month, m.monthly_demand) for m in self.members]
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
        return {"team": team_months, "groups": group_months, "pending_refunds": pending}


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
        members = [Member(i, g, g.seats * g.sends_per_month) for i, g in enumerate(scn.groups)]
        seats = sum(g.seats for g in scn.groups)
        return [(1, Ledger(scn, members, seats).run(months))]
    return [
        (g.seats, Ledger(scn, [Member(i, g, g.sends_per_month)], 1).run(months))
        for i, g in enumerate(scn.groups)
    ]


def simulate(scn: Scenario) -> dict:
    """Months, groups and totals of section 4 (no solvers)."""
    months = projection_months(scn)
    runs = ledger_runs(scn, months)
    month_rows = []
    group_rows = [{"name": g.name, "months": []} for g in scn.groups]
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
        for row, figures in zip(group_rows, group_figures):
            row["months"].append({"month": month.label, **figures})
    totals = {f: sum(row[f] for row in month_rows) for f in TEAM_FIELDS}
    totals["pending_refunds"] = sum(mult * run["pending_refunds"] for mult, run in runs)
    return {"months": month_rows, "groups": group_rows, "totals": totals}


def total_unsent(scn: Scenario, **group_changes) -> int:
    """Unsent InMails of the single-group scenario with the group altered."""
    changed = replace(scn, groups=(replace(scn.groups[0], **group_changes),))
    return simulate(changed)["totals"]["unsent"]


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
    if len(scn.groups) != 1:
        return {"max_sustainable_sends": None, "break_even_response_rate": None}
    return {
        "max_sustainable_sends": max_sustainable_sends(scn),
        "break_even_response_rate": (
            break_even_response_rate(scn) if scn.policy == "2015" else None
        ),
    }


def project(raw: dict) -> dict:
    """The section 4 result for a valid scenario dict (Monte Carlo left out)."""
    scn = parse_scenario(raw)
    result = simulate(scn)
    result["solvers"] = solvers(scn)
    result["monte_carlo"] = None
    return result

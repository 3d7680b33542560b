#include "page/verdict.h"

#include <algorithm>
#include <vector>

#include "inmail/projection.h"
#include "rules/comparison.h"
#include "rules/simulation.h"
#include "text/words.h"

namespace inmail::detail {
namespace {

// Whether a variant of the scenario leaves any InMail unsent: one probe,
// stopped at the first unsent InMail.
bool leaves_unsent(const Scenario& variant) {
  const Calendar calendar(variant.start, variant.months);
  const Setup setup(variant, calendar);
  RunBuffers buffers;
  return any_unsent(buffers, setup);
}

// The smallest opening balance per seat that sends everything, if one up to
// the limit does (a binary search over the same probes as the solvers').
std::optional<std::int64_t> opening_balance_fix(Scenario variant) {
  const Calendar calendar(variant.start, variant.months);
  const Setup setup(variant, calendar);
  RunBuffers buffers;
  const auto covered = [&](std::int64_t opening) {
    variant.opening_balance = opening;
    return !any_unsent(buffers, setup);
  };
  std::int64_t low = variant.opening_balance + 1;
  std::int64_t high = limits::kMaxOpeningBalance;
  if (low > high || !covered(high)) return std::nullopt;
  while (low < high) {
    const std::int64_t mid = low + (high - low) / 2;
    if (covered(mid)) {
      high = mid;
    } else {
      low = mid + 1;
    }
  }
  return low;
}

// One more seat sharing the group's monthly volume, if that covers it.
std::optional<std::int64_t> extra_seat_fix(Scenario variant) {
  Group& group = variant.groups[0];
  if (group.seats >= limits::kMaxSeats) return std::nullopt;
  const std::int64_t team_sends = group.seats * group.sends_per_month.in_month(0);
  const std::int64_t seats = group.seats + 1;
  group.seats = seats;
  group.sends_per_month = MonthlySends::constant((team_sends + seats - 1) / seats);
  if (leaves_unsent(variant)) return std::nullopt;
  return seats;
}

// The first plan of the plan comparison (the cheapest, where seats have
// prices) whose allotment covers the same team.
std::optional<Plan> plan_fix(const Scenario& scenario) {
  std::optional<Plan> best;
  std::optional<std::int64_t> best_cents;
  for (const Scenario& variant : plan_row_scenarios(scenario)) {
    if (variant.plan == scenario.plan || leaves_unsent(variant)) continue;
    const std::optional<std::int64_t> cents = variant.seat_price(variant.plan);
    const bool cheaper = cents && (!best_cents || *cents < *best_cents);
    if (!best || cheaper) {
      best = variant.plan;
      best_cents = cents;
    }
  }
  return best;
}

struct Fix {
  int rank;  // the smaller the change, the lower
  std::string words;
};

// Every change that covers the shortfall, smallest first, in words.
std::vector<Fix> fixes(const Scenario& scenario, const Result& result, bool start_up_dip) {
  std::vector<Fix> found;
  const bool one_constant_group = scenario.groups.size() == 1 && !scenario.has_schedule();
  if (const auto opening = opening_balance_fix(scenario)) {
    found.push_back({start_up_dip ? 0 : 5, "start with " + counted(*opening, "credit", "credits") +
                                               (scenario.total_seats() > 1 ? " a seat" : "") +
                                               " (an opening balance)"});
  }
  if (one_constant_group && result.solvers.max_sustainable_sends) {
    const std::int64_t wanted = scenario.groups[0].sends_per_month.in_month(0);
    const std::int64_t most = *result.solvers.max_sustainable_sends;
    if (most > 0) {
      found.push_back({10 * (wanted - most) <= wanted ? 1 : 4,
                       "send " + count_text(most) + " a month" +
                           (scenario.total_seats() > 1 ? " a seat" : "") + " instead of " +
                           count_text(wanted)});
    }
  }
  if (one_constant_group) {
    if (const auto seats = extra_seat_fix(scenario)) {
      found.push_back({2, "share the volume over " + counted(*seats, "seat", "seats")});
    }
  }
  if (const auto plan = plan_fix(scenario)) {
    found.push_back({3, "switch to " + std::string(plan_info(*plan).display_name)});
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const Fix& a, const Fix& b) { return a.rank < b.rank; });
  return found;
}

std::string fix_sentence(const std::vector<Fix>& found) {
  if (found.empty()) {
    return "No opening balance, seat or plan here covers it: plan fewer InMails.";
  }
  std::string text = "To cover it, " + found[0].words;
  if (found.size() > 1) text += ", or " + found[1].words;
  return text + ".";
}

Verdict short_verdict(const Scenario& scenario, const Result& result) {
  const auto first = std::find_if(result.months.begin(), result.months.end(),
                                  [](const MonthFigures& month) { return month.unsent > 0; });
  const std::int64_t total = result.totals.unsent;
  const bool only_first_month = first->unsent == total;
  Verdict verdict{"short", "", ""};
  if (only_first_month && first + 1 != result.months.end()) {
    verdict.headline = "Nearly enough: only " + month_name(first->month) + " falls short, by " +
                       counted(total, "InMail", "InMails") + "; every other month is covered.";
  } else if (only_first_month) {
    verdict.headline = "Not enough: " + counted(total, "InMail", "InMails") + " of " +
                       count_text(total + result.totals.sent) + " find no credit in " +
                       month_name(first->month) + ".";
  } else {
    verdict.headline = "Not enough: " + counted(total, "InMail", "InMails") +
                       " find no credit, first in " + month_name(first->month) + " (" +
                       count_text(first->unsent) + " that month).";
  }
  const bool start_up_dip = first == result.months.begin() && only_first_month;
  verdict.detail = fix_sentence(fixes(scenario, result, start_up_dip));
  return verdict;
}

Verdict enough_verdict(const Scenario& scenario, const Result& result) {
  const MonthFigures& last = result.months.back();
  Verdict verdict{"enough", "", ""};
  verdict.headline = "Enough: all " + counted(result.totals.sent, "InMail", "InMails") + " over " +
                     counted(scenario.months, "month", "months") + " find a credit.";
  verdict.detail =
      "You end " + month_name(last.month) + " with " + counted(last.closing, "credit", "credits");
  if (result.totals.expired > 0) {
    verdict.detail += ", and " + count_text(result.totals.expired) + " lapse unused along the way";
  }
  const auto& most = result.solvers.max_sustainable_sends;
  const std::int64_t wanted = scenario.groups[0].sends_per_month.in_month(0);
  if (most && *most > wanted && scenario.groups.size() == 1) {
    verdict.detail += "; up to " + count_text(*most) + " a month" +
                      (scenario.total_seats() > 1 ? " a seat" : "") + " would still fit";
  }
  verdict.detail += ".";
  return verdict;
}

bool sends_nothing(const Scenario& scenario) {
  return std::all_of(scenario.groups.begin(), scenario.groups.end(), [&](const Group& group) {
    const auto& months = group.sends_per_month.by_month();
    return std::all_of(months.begin(), months.end(), [](std::int64_t sends) { return sends == 0; });
  });
}

}  // namespace

Verdict verdict_of(const Scenario& scenario, const Result& result) {
  if (sends_nothing(scenario)) {
    return {"empty", "No InMail is sent yet.",
            "Enter how many InMails each seat sends a month to see whether the credits are "
            "enough."};
  }
  if (result.totals.unsent > 0) return short_verdict(scenario, result);
  return enough_verdict(scenario, result);
}

}  // namespace inmail::detail

// The daily loop of spec section 3, shared by the deterministic projection
// and Monte Carlo; they differ only in how a day's sends draw responses.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "inmail/calendar.h"
#include "inmail/ledger.h"
#include "inmail/projection.h"
#include "inmail/scenario.h"

namespace inmail::detail {

// Senders that share one response rule inside a ledger: a whole group in a
// pooled ledger, or a single seat in a seat's own ledger.
struct StreamSpec {
  std::size_t group = 0;            // index into Scenario::groups
  std::int64_t monthly_demand = 0;  // InMails this stream wants per calendar month
  // InMails sent within the 13 % rule's window at which the stream's group
  // is warned (spec section 3b); 0 where the rule is not tracked.
  std::int64_t rate_warning_sends = 0;
};

// One ledger: the seats that hold it and the streams that spend from it, in
// the order the spec serves them.
struct LedgerSpec {
  std::int64_t seats = 1;
  std::vector<StreamSpec> streams;
};

// The threshold of the 13 % rule for `seats` seats of `group`, or 0 where
// the rule cannot warn (another plan, or a rate of 13 % or more).
inline std::int64_t rate_warning_sends(const Scenario& scenario, const Group& group,
                                       std::int64_t seats) {
  const bool applies = plan_info(scenario.plan).rate_rule && group.response_bp < kRateRuleMinBp;
  return applies ? kRateRuleSendsPerSeat * seats : 0;
}

// The whole team in one ledger, its groups served in the listed order.
inline LedgerSpec pooled_ledger(const Scenario& scenario) {
  LedgerSpec spec{scenario.total_seats(), {}};
  spec.streams.reserve(scenario.groups.size());
  for (std::size_t group = 0; group < scenario.groups.size(); ++group) {
    const Group& g = scenario.groups[group];
    spec.streams.push_back(
        {group, g.seats * g.sends_per_month, rate_warning_sends(scenario, g, g.seats)});
  }
  return spec;
}

// One seat of `group`, alone in its own ledger. Its group's window holds
// `seats` times its sends, so the seat is warned at one seat's threshold.
inline LedgerSpec seat_ledger(const Scenario& scenario, std::size_t group) {
  const Group& g = scenario.groups[group];
  return LedgerSpec{1, {{group, g.sends_per_month, rate_warning_sends(scenario, g, 1)}}};
}

// One zeroed MonthFigures per month of the calendar, labelled.
inline std::vector<MonthFigures> empty_months(const Calendar& calendar) {
  std::vector<MonthFigures> months(static_cast<std::size_t>(calendar.month_count()));
  for (int index = 0; index < calendar.month_count(); ++index) {
    months[static_cast<std::size_t>(index)].month = calendar.month(index);
  }
  return months;
}

// A stream's month has the same figures as a group's month.
using StreamMonth = GroupMonthFigures;

struct LedgerRun {
  std::vector<MonthFigures> months;
  std::vector<std::vector<StreamMonth>> streams;  // [stream][month]
  std::int64_t pending_refunds = 0;
  bool any_unsent = false;
};

// What the loop needs from the scenario, resolved once per projection.
struct Setup {
  Setup(const Scenario& scenario, const Calendar& calendar);

  const Scenario& scenario;
  const Calendar& calendar;
  int bonus_month_index = -1;  // month of the January 2015 launch bonus, -1 if none
  // The 13 % rule's warning days are counted (the projection's figures;
  // neither the solvers nor Monte Carlo report them).
  bool counts_rate_warnings = false;
};

// Responses and refunds still to arrive, by day modulo the ring size. Every
// delay (response_days <= 89, legacy's 7) is shorter than the ring.
class Schedule {
 public:
  static constexpr int kRingSize = 128;

  void add(int day, std::int64_t count) { ring_[slot(day)] += count; }
  std::int64_t take(int day) {
    std::int64_t& entry = ring_[slot(day)];
    const std::int64_t count = entry;
    entry = 0;
    return count;
  }
  // Everything not yet taken: what falls after the last day.
  std::int64_t outstanding() const {
    std::int64_t total = 0;
    for (std::int64_t count : ring_) total += count;
    return total;
  }

 private:
  static std::size_t slot(int day) { return static_cast<std::size_t>(day) % kRingSize; }
  std::array<std::int64_t, kRingSize> ring_{};
};

// Spreads a month's demand D over its n business days: business day i asks
// for floor((i+1)D/n) - floor(iD/n). With D = qn + r that is q, plus one
// whenever the running remainder i*r mod n wraps, so after one division per
// month each day costs an add and a compare.
class DemandSpread {
 public:
  void start_month(std::int64_t monthly, int business_days) {
    per_day_ = monthly / business_days;
    remainder_ = monthly % business_days;
    business_days_ = business_days;
    carry_ = 0;
  }
  std::int64_t next_day() {
    carry_ += remainder_;
    if (carry_ < business_days_) return per_day_;
    carry_ -= business_days_;
    return per_day_ + 1;
  }

 private:
  std::int64_t per_day_ = 0;
  std::int64_t remainder_ = 0;
  std::int64_t business_days_ = 1;
  std::int64_t carry_ = 0;
};

// InMails a stream sent on each of the last kRateRuleWindowDays days.
class SendWindow {
 public:
  // Moves the window on to a new day on which `sent` InMails went out.
  void add_day(int day, std::int64_t sent) {
    std::int64_t& slot = sent_by_day_[static_cast<std::size_t>(day % kRateRuleWindowDays)];
    total_ += sent - slot;
    slot = sent;
  }
  std::int64_t total() const { return total_; }

 private:
  std::array<std::int64_t, kRateRuleWindowDays> sent_by_day_{};
  std::int64_t total_ = 0;
};

struct StreamState {
  DemandSpread demand;
  std::int64_t sent_so_far = 0;  // M(t) of the spec
  std::int64_t sent_today = 0;
  Schedule arrivals;  // responses, by arrival day
  Schedule refunds;   // credits back, by refund day
  SendWindow window;  // for the 13 % rule
};

struct DayContext {
  const Setup& setup;
  const LedgerSpec& spec;
  Ledger& ledger;
  std::vector<StreamState>& states;
  LedgerRun& run;
};

// Step 2 of the day: allotment, launch bonus, then the balance cap.
inline void refresh(const DayContext& context, int day, MonthFigures& month) {
  const Scenario& scenario = context.setup.scenario;
  const std::int64_t granted = scenario.allotment * context.spec.seats;
  context.ledger.add(day, granted);
  month.granted += granted;
  if (context.setup.calendar.day(day).month_index == context.setup.bonus_month_index) {
    const std::int64_t bonus = kLaunchBonusPerSeat * context.spec.seats;
    context.ledger.add(day, bonus);
    month.bonus += bonus;
  }
  if (scenario.balance_cap) {
    month.expired += context.ledger.cap(*scenario.balance_cap * context.spec.seats);
  }
}

// Step 3: today's refunds as one lot; responses arriving today are counted too.
inline void credit_back(const DayContext& context, int day, int month_index) {
  std::int64_t refunded_today = 0;
  for (std::size_t stream = 0; stream < context.states.size(); ++stream) {
    StreamState& state = context.states[stream];
    StreamMonth& stream_month = context.run.streams[stream][static_cast<std::size_t>(month_index)];
    const std::int64_t refunded = state.refunds.take(day);
    const std::int64_t responses = state.arrivals.take(day);
    stream_month.refunded += refunded;
    stream_month.responses += responses;
    context.run.months[static_cast<std::size_t>(month_index)].responses += responses;
    refunded_today += refunded;
  }
  context.ledger.add(day, refunded_today);
  context.run.months[static_cast<std::size_t>(month_index)].refunded += refunded_today;
}

// Step 4: serve each stream's demand in order, then schedule what its sends
// will bring back.
template <class DrawResponses>
void send(const DayContext& context, int day, DrawResponses& draw_responses) {
  const CalendarDay& calendar_day = context.setup.calendar.day(day);
  const auto month_index = static_cast<std::size_t>(calendar_day.month_index);
  const int business_days = context.setup.calendar.business_days(calendar_day.month_index);
  const bool legacy = context.setup.scenario.policy == Policy::kLegacy;
  for (std::size_t stream = 0; stream < context.states.size(); ++stream) {
    StreamState& state = context.states[stream];
    if (calendar_day.business_index == 0) {
      state.demand.start_month(context.spec.streams[stream].monthly_demand, business_days);
    }
    const std::int64_t wanted = state.demand.next_day();
    const std::int64_t sent = context.ledger.spend(wanted);
    StreamMonth& stream_month = context.run.streams[stream][month_index];
    MonthFigures& month = context.run.months[month_index];
    state.sent_today = sent;
    stream_month.sent += sent;
    stream_month.unsent += wanted - sent;
    month.sent += sent;
    month.unsent += wanted - sent;
    if (wanted > sent) context.run.any_unsent = true;

    state.sent_so_far += sent;
    const Group& group = context.setup.scenario.groups[context.spec.streams[stream].group];
    const std::int64_t responses = draw_responses(stream, sent, state.sent_so_far);
    state.arrivals.add(day + group.response_days, responses);
    if (!legacy) {
      state.refunds.add(day + group.response_days, responses);
    } else {
      // Legacy refunds what got no response within 7 days, on day + 7.
      state.refunds.add(day + 7, group.response_days < 7 ? sent - responses : sent);
    }
  }
}

// The 13 % rule at the end of `day`: which streams' windows now warn.
inline void count_rate_warnings(const DayContext& context, int day, std::size_t month_index) {
  for (std::size_t stream = 0; stream < context.states.size(); ++stream) {
    StreamState& state = context.states[stream];
    const std::int64_t threshold = context.spec.streams[stream].rate_warning_sends;
    if (threshold == 0) continue;
    state.window.add_day(day, state.sent_today);
    state.sent_today = 0;
    if (state.window.total() >= threshold) {
      ++context.run.streams[stream][month_index].rate_warning_days;
    }
  }
}

// Runs one ledger through every day. `draw_responses(stream_index, sent_today,
// sent_so_far)` returns how many of today's sends will get a response. With
// `stop_at_first_unsent` the run ends at the first unsent InMail (the solvers
// need nothing more).
template <class DrawResponses>
LedgerRun run_ledger(const Setup& setup, const LedgerSpec& spec, DrawResponses&& draw_responses,
                     bool stop_at_first_unsent = false) {
  const Calendar& calendar = setup.calendar;
  const Scenario& scenario = setup.scenario;
  LedgerRun run;
  run.months = empty_months(calendar);
  std::vector<StreamMonth> stream_months;
  stream_months.reserve(run.months.size());
  for (const MonthFigures& month : run.months) stream_months.push_back({month.month});
  run.streams.assign(spec.streams.size(), stream_months);
  std::vector<StreamState> states(spec.streams.size());
  Ledger ledger(scenario.expiry_days, calendar.day_count());
  ledger.add(0, scenario.opening_balance * spec.seats);
  const DayContext context{setup, spec, ledger, states, run};

  for (int day = 0; day < calendar.day_count(); ++day) {
    const CalendarDay& calendar_day = calendar.day(day);
    MonthFigures& month = run.months[static_cast<std::size_t>(calendar_day.month_index)];
    if (calendar_day.day_of_month == 1) month.opening = ledger.balance();
    month.expired += ledger.expire(day);
    if (calendar_day.day_of_month == scenario.refresh_day) refresh(context, day, month);
    credit_back(context, day, calendar_day.month_index);
    if (calendar_day.business_index >= 0) {
      send(context, day, draw_responses);
      if (stop_at_first_unsent && run.any_unsent) return run;
    }
    if (setup.counts_rate_warnings) {
      count_rate_warnings(context, day, static_cast<std::size_t>(calendar_day.month_index));
    }
    month.closing = ledger.balance();
  }
  for (const StreamState& state : states) run.pending_refunds += state.refunds.outstanding();
  return run;
}

}  // namespace inmail::detail

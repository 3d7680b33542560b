// The daily loop of spec section 3, shared by the deterministic projection
// and Monte Carlo; they differ only in how a day's sends draw responses.
#pragma once

#include <algorithm>
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
  std::size_t group = 0;  // index into Scenario::groups
  // The seats whose sends this stream makes: the group's in a pooled
  // ledger, one in a seat's own ledger.
  std::int64_t senders = 1;
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
    spec.streams.push_back({group, g.seats, rate_warning_sends(scenario, g, g.seats)});
  }
  return spec;
}

// One seat of `group`, alone in its own ledger. Its group's window holds
// `seats` times its sends, so the seat is warned at one seat's threshold.
inline LedgerSpec seat_ledger(const Scenario& scenario, std::size_t group) {
  const Group& g = scenario.groups[group];
  return LedgerSpec{1, {{group, 1, rate_warning_sends(scenario, g, 1)}}};
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
  std::vector<StreamMonth> stream_months;  // [month * streams + stream]
  std::size_t stream_count = 0;
  std::int64_t pending_refunds = 0;
  bool any_unsent = false;

  const StreamMonth& stream_month(std::size_t month, std::size_t stream) const {
    return stream_months[month * stream_count + stream];
  }
};

// What the loop needs from the scenario, resolved once per projection.
struct Setup {
  Setup(const Scenario& scenario, const Calendar& calendar);

  const Scenario& scenario;
  const Calendar& calendar;
  int bonus_month_index = -1;  // month of the launch bonus, -1 if none
  // The policy credits back what got no response (legacy) instead of the
  // responses, and counts responses apart from the refunds.
  bool refunds_unanswered = false;
  // The 13 % rule's warning days are counted (the projection's figures;
  // neither the solvers nor Monte Carlo report them).
  bool counts_rate_warnings = false;
};

// Responses and refunds still to arrive, by day modulo the ring size. Every
// delay (response_days <= 89, legacy's 7) is shorter than the largest ring.
class Schedule {
 public:
  static constexpr int kMaxRingSize = 128;

  // A ring for delays of up to `longest_delay` days: the smallest power of
  // two above it. Only those slots are cleared and used, so a run with
  // 3-day responses clears 8 slots, not 128 (the solvers start dozens of
  // runs per projection).
  explicit Schedule(int longest_delay) {
    while (mask_ < static_cast<std::size_t>(longest_delay)) mask_ = 2 * mask_ + 1;
    std::fill_n(ring_.begin(), mask_ + 1, 0);
  }

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
    for (std::size_t slot = 0; slot <= mask_; ++slot) total += ring_[slot];
    return total;
  }

 private:
  std::size_t slot(int day) const { return static_cast<std::size_t>(day) & mask_; }
  std::size_t mask_ = 0;
  std::array<std::int64_t, kMaxRingSize> ring_;  // slots past mask_ are never touched
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

// A stream's state through the run, with what it needs of its group at hand.
struct StreamState {
  explicit StreamState(const StreamSpec& spec, const Group& group)
      : sends(&group.sends_per_month),
        senders(spec.senders),
        rate_warning_sends(spec.rate_warning_sends),
        response_bp(group.response_bp),
        response_days(group.response_days),
        arrivals(group.response_days),
        refunds(std::max(group.response_days, kLegacyRefundDays)) {}

  // What each sender wants per month; the stream wants `senders` times it.
  const MonthlySends* sends;
  std::int64_t senders;
  std::int64_t rate_warning_sends;
  std::int64_t response_bp;
  // The deterministic rule's running remainder: M(t) bp mod 10000.
  std::int64_t response_remainder = 0;
  int response_days;
  DemandSpread demand;
  std::int64_t sent_today = 0;
  Schedule arrivals;  // responses, by arrival day (legacy only: see credit_back)
  Schedule refunds;   // credits back, by refund day
  SendWindow window;  // for the 13 % rule
};

// What a day's steps work on: the ledger, its streams, and this month's
// figures (the team's and each stream's).
// The streams are a pointer and a count: loops over a vector held by
// reference reloaded its size after every store.
struct DayContext {
  const Setup& setup;
  const LedgerSpec& spec;
  Ledger& ledger;
  StreamState* states;
  std::size_t stream_count;
  LedgerRun& run;
  MonthFigures* month = nullptr;
  StreamMonth* stream_months = nullptr;  // this month's, one a stream
};

// The number of streams of `context`'s ledger. kOneStream: known to be one
// (every seat's own ledger, and the pooled ledger of a single group), so
// that the loops over the streams vanish from the day's steps.
template <bool kOneStream>
std::size_t stream_count(const DayContext& context) {
  return kOneStream ? 1 : context.stream_count;
}

// Step 2 of the day: allotment, launch bonus, then the balance cap.
inline void refresh(const DayContext& context, int day, bool bonus_month) {
  const Scenario& scenario = context.setup.scenario;
  MonthFigures& month = *context.month;
  const std::int64_t granted = scenario.allotment * context.spec.seats;
  context.ledger.add(day, granted);
  month.granted += granted;
  if (bonus_month) {
    const std::int64_t bonus = kLaunchBonusPerSeat * context.spec.seats;
    context.ledger.add(day, bonus);
    month.bonus += bonus;
  }
  if (scenario.balance_cap) {
    month.expired += context.ledger.cap(*scenario.balance_cap * context.spec.seats);
  }
}

// Step 3: today's refunds as one lot; responses arriving today are counted
// too. Only legacy keeps responses apart: otherwise each is refunded on the
// day it arrives, and the refunds are the responses.
template <bool kOneStream>
void credit_back(const DayContext& context, int day) {
  const bool legacy = context.setup.refunds_unanswered;
  std::int64_t refunded_today = 0;
  StreamMonth* const stream_months = context.stream_months;
  for (std::size_t stream = 0, count = stream_count<kOneStream>(context); stream < count;
       ++stream) {
    StreamState& state = context.states[stream];
    StreamMonth& stream_month = stream_months[stream];
    const std::int64_t refunded = state.refunds.take(day);
    stream_month.refunded += refunded;
    stream_month.responses += legacy ? state.arrivals.take(day) : refunded;
    refunded_today += refunded;
  }
  context.ledger.add(day, refunded_today);
}

// Before a month's first day: each stream's demand for the month (its
// schedule's entry, spec v3), spread over its business days.
template <bool kOneStream>
void start_month(const DayContext& context, int month_index, int business_days) {
  for (std::size_t stream = 0, count = stream_count<kOneStream>(context); stream < count;
       ++stream) {
    StreamState& state = context.states[stream];
    state.demand.start_month(state.senders * state.sends->in_month(month_index), business_days);
  }
}

// Step 4: serve each stream's demand in order, then schedule what its sends
// will bring back.
template <bool kOneStream, class DrawResponses>
void send(const DayContext& context, int day, DrawResponses& draw_responses) {
  const bool legacy = context.setup.refunds_unanswered;
  StreamMonth* const stream_months = context.stream_months;
  for (std::size_t stream = 0, count = stream_count<kOneStream>(context); stream < count;
       ++stream) {
    StreamState& state = context.states[stream];
    const std::int64_t wanted = state.demand.next_day();
    const std::int64_t sent = context.ledger.spend(wanted);
    StreamMonth& stream_month = stream_months[stream];
    state.sent_today = sent;
    stream_month.sent += sent;
    stream_month.unsent += wanted - sent;
    if (wanted > sent) context.run.any_unsent = true;

    const std::int64_t responses = draw_responses(state, sent);
    if (!legacy) {
      state.refunds.add(day + state.response_days, responses);
    } else {
      state.arrivals.add(day + state.response_days, responses);
      // Legacy refunds what got no response within 7 days, on day + 7.
      state.refunds.add(day + kLegacyRefundDays,
                        state.response_days < kLegacyRefundDays ? sent - responses : sent);
    }
  }
}

// The 13 % rule at the end of `day`: which streams' windows now warn.
template <bool kOneStream>
void count_rate_warnings(const DayContext& context, int day) {
  for (std::size_t stream = 0, count = stream_count<kOneStream>(context); stream < count;
       ++stream) {
    StreamState& state = context.states[stream];
    if (state.rate_warning_sends == 0) continue;
    state.window.add_day(day, state.sent_today);
    state.sent_today = 0;
    if (state.window.total() >= state.rate_warning_sends) {
      ++context.stream_months[stream].rate_warning_days;
    }
  }
}

// A month's sends, refunds and responses: its streams' together.
inline void add_stream_figures(MonthFigures& month, const StreamMonth* stream_months,
                               std::size_t stream_count) {
  for (std::size_t stream = 0; stream < stream_count; ++stream) {
    const StreamMonth& figures = stream_months[stream];
    month.sent += figures.sent;
    month.unsent += figures.unsent;
    month.refunded += figures.refunded;
    month.responses += figures.responses;
  }
}

// The days of a run, month by month; false when it stopped at the first
// unsent InMail. Kept out of line: in a function of its own the loop keeps
// its few variables in registers, which WebAssembly engines were slow to do
// in the larger function around it. The day's steps count into the streams'
// months only; the team's month adds them up at its end.
template <bool kOneStream, class DrawResponses>
__attribute__((noinline)) bool run_days(DayContext& context, DrawResponses& draw_responses,
                                        bool stop_at_first_unsent) {
  const Setup& setup = context.setup;
  const Calendar& calendar = setup.calendar;
  const int refresh_day = setup.scenario.refresh_day;
  Ledger& ledger = context.ledger;
  LedgerRun& run = context.run;
  int day = 0;
  for (int month_index = 0; month_index < calendar.month_count(); ++month_index) {
    const auto month = static_cast<std::size_t>(month_index);
    MonthFigures& figures = run.months[month];
    context.month = &figures;
    context.stream_months = &run.stream_months[month * run.stream_count];
    figures.opening = ledger.balance();
    start_month<kOneStream>(context, month_index, calendar.business_days(month_index));
    const bool bonus_month = month_index == setup.bonus_month_index;
    std::int64_t expired = 0;
    for (const int end = day + calendar.days_in(month_index); day < end; ++day) {
      const CalendarDay& calendar_day = calendar.day(day);
      expired += ledger.expire(day);
      if (calendar_day.day_of_month == refresh_day) refresh(context, day, bonus_month);
      credit_back<kOneStream>(context, day);
      if (calendar_day.business_index >= 0) {
        send<kOneStream>(context, day, draw_responses);
        if (stop_at_first_unsent && run.any_unsent) return false;
      }
      if (setup.counts_rate_warnings) count_rate_warnings<kOneStream>(context, day);
    }
    figures.expired += expired;
    figures.closing = ledger.balance();
    add_stream_figures(figures, context.stream_months, run.stream_count);
  }
  return true;
}

// Everything a run writes, kept between the runs of a solver or of Monte
// Carlo's trials, so that a run allocates nothing once they are sized.
struct RunBuffers {
  LedgerRun run;
  std::vector<StreamState> states;
  Ledger ledger;
};

// Every month's figures zeroed and labelled, for `spec`'s streams.
inline void reset_run(LedgerRun& run, const Calendar& calendar, const LedgerSpec& spec) {
  run.months.assign(static_cast<std::size_t>(calendar.month_count()), MonthFigures{});
  run.stream_count = spec.streams.size();
  run.stream_months.assign(run.months.size() * run.stream_count, StreamMonth{});
  for (std::size_t month = 0; month < run.months.size(); ++month) {
    run.months[month].month = calendar.month(static_cast<int>(month));
    for (std::size_t stream = 0; stream < run.stream_count; ++stream) {
      run.stream_months[month * run.stream_count + stream].month = run.months[month].month;
    }
  }
  run.pending_refunds = 0;
  run.any_unsent = false;
}

// Runs one ledger through every day, month by month, into `buffers`.
// `draw_responses(stream_state, sent_today)` returns how many of today's
// sends will get a response. With `stop_at_first_unsent` the run ends at
// the first unsent InMail (the solvers need nothing more).
template <class DrawResponses>
const LedgerRun& run_ledger(RunBuffers& buffers, const Setup& setup, const LedgerSpec& spec,
                            DrawResponses&& draw_responses, bool stop_at_first_unsent = false) {
  const Calendar& calendar = setup.calendar;
  const Scenario& scenario = setup.scenario;
  LedgerRun& run = buffers.run;
  reset_run(run, calendar, spec);
  std::vector<StreamState>& states = buffers.states;
  states.clear();
  for (const StreamSpec& stream : spec.streams) {
    states.emplace_back(stream, scenario.groups[stream.group]);
  }
  Ledger& ledger = buffers.ledger;
  ledger.reset(scenario.expiry_days, calendar.day_count());
  ledger.add(0, scenario.opening_balance * spec.seats);
  DayContext context{setup, spec, ledger, states.data(), states.size(), run};
  const bool finished = spec.streams.size() == 1
                            ? run_days<true>(context, draw_responses, stop_at_first_unsent)
                            : run_days<false>(context, draw_responses, stop_at_first_unsent);
  if (!finished) return run;
  for (const StreamState& state : states) run.pending_refunds += state.refunds.outstanding();
  return run;
}

// A solver's probe: whether the scenario leaves any InMail unsent, stopping
// at the first one. The buffers serve every probe of a search.
bool any_unsent(RunBuffers& buffers, const Setup& setup);

}  // namespace inmail::detail

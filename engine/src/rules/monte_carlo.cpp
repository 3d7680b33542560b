#include "inmail/monte_carlo.h"

#include <algorithm>
#include <cmath>

#include "rules/simulation.h"

namespace inmail {
namespace {

std::uint64_t splitmix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::uint64_t rotate_left(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

// q^n by repeated squaring: exact same rounding on every IEEE 754 platform,
// unlike std::pow.
double power(double base, std::int64_t exponent) {
  double result = 1.0;
  while (exponent > 0) {
    if (exponent & 1) result *= base;
    base *= base;
    exponent >>= 1;
  }
  return result;
}

// Below this mean, inversion is exact and cheap; above it the normal
// approximation is close and constant-time.
constexpr double kInversionMaxMean = 30.0;

// Irwin-Hall: twelve uniforms minus six has mean 0 and variance 1, and needs
// no logarithm or cosine whose last bit differs between C libraries.
double standard_normal(Random& random) {
  double sum = 0.0;
  for (int i = 0; i < 12; ++i) sum += random.uniform();
  return sum - 6.0;
}

std::int64_t binomial_by_normal(Random& random, std::int64_t trials, double p) {
  const double mean = static_cast<double>(trials) * p;
  const double deviation = std::sqrt(mean * (1.0 - p));
  const double draw = std::floor(mean + deviation * standard_normal(random) + 0.5);
  return std::clamp(static_cast<std::int64_t>(std::max(draw, 0.0)), std::int64_t{0}, trials);
}

// Team closing balances and shortfalls, per month, over all trials.
struct TrialOutcomes {
  std::vector<std::vector<std::int64_t>> closings;  // [month][trial]
  std::vector<std::int64_t> trials_with_unsent;     // [month]
};

// A ledger spec and how many ledgers run it independently in a trial.
struct LedgerCopies {
  detail::LedgerSpec spec;
  std::int64_t copies;
};

std::vector<LedgerCopies> ledgers_of(const Scenario& scenario) {
  if (scenario.pooled) return {{detail::pooled_ledger(scenario), 1}};
  // Without pooling every seat draws on its own, so each is its own ledger.
  std::vector<LedgerCopies> ledgers;
  for (std::size_t group = 0; group < scenario.groups.size(); ++group) {
    ledgers.push_back({detail::seat_ledger(scenario, group), scenario.groups[group].seats});
  }
  return ledgers;
}

void run_trial(const detail::Setup& setup, const std::vector<LedgerCopies>& ledgers,
               BinomialSampler& sampler, Random& random, std::size_t trial,
               detail::RunBuffers& buffers, TrialOutcomes& outcomes) {
  const std::size_t month_count = outcomes.trials_with_unsent.size();
  std::vector<std::int64_t> closing(month_count, 0);
  std::vector<bool> unsent(month_count, false);
  for (const LedgerCopies& ledger : ledgers) {
    auto draw = [&](detail::StreamState& stream, std::int64_t sent_today) {
      return sampler.draw(random, sent_today, stream.response_bp);
    };
    for (std::int64_t copy = 0; copy < ledger.copies; ++copy) {
      const detail::LedgerRun& run = detail::run_ledger(buffers, setup, ledger.spec, draw);
      for (std::size_t month = 0; month < month_count; ++month) {
        closing[month] += run.months[month].closing;
        unsent[month] = unsent[month] || run.months[month].unsent > 0;
      }
    }
  }
  for (std::size_t month = 0; month < month_count; ++month) {
    outcomes.closings[month][trial] = closing[month];
    outcomes.trials_with_unsent[month] += unsent[month] ? 1 : 0;
  }
}

}  // namespace

Random::Random(std::uint64_t seed) {
  for (std::uint64_t& word : state_) word = splitmix64(seed);
}

std::uint64_t Random::next() {
  const std::uint64_t result = rotate_left(state_[1] * 5, 7) * 9;
  const std::uint64_t shifted = state_[1] << 17;
  state_[2] ^= state_[0];
  state_[3] ^= state_[1];
  state_[1] ^= state_[2];
  state_[0] ^= state_[3];
  state_[2] ^= shifted;
  state_[3] = rotate_left(state_[3], 45);
  return result;
}

double Random::uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

std::int64_t BinomialSampler::draw(Random& random, std::int64_t trials, std::int64_t bp) {
  if (trials <= 0 || bp <= 0) return 0;
  if (bp >= 10000) return trials;
  // Draw the rarer outcome so the mean that decides the method stays small.
  if (bp > 5000) return trials - draw(random, trials, 10000 - bp);
  const double p = static_cast<double>(bp) / 10000.0;
  if (static_cast<double>(trials) * p >= kInversionMaxMean) {
    return binomial_by_normal(random, trials, p);
  }
  const std::vector<double>& cumulative = table_for(trials, bp).cumulative;
  // A forward scan: about `mean` well-predicted steps, cheaper here than a
  // binary search's mispredicted branches.
  const double u = random.uniform();
  const auto last = static_cast<std::int64_t>(cumulative.size()) - 1;
  std::int64_t k = 0;
  while (k < last && u >= cumulative[static_cast<std::size_t>(k)]) ++k;
  return k;
}

const BinomialSampler::Table& BinomialSampler::table_for(std::int64_t trials, std::int64_t bp) {
  Table& table = tables_[static_cast<std::size_t>(trials * 31 + bp) % kTables];
  if (table.trials == trials && table.bp == bp) return table;
  const double p = static_cast<double>(bp) / 10000.0;
  const double odds = p / (1.0 - p);
  const double mean = static_cast<double>(trials) * p;
  double probability = power(1.0 - p, trials);  // P(X = 0)
  double cumulative = probability;
  table.cumulative.assign(1, cumulative);
  // Past the mean, stop once the tail can no longer change a double.
  for (std::int64_t k = 0; k < trials && (static_cast<double>(k) < mean || probability > 1e-17);
       ++k) {
    probability *= odds * static_cast<double>(trials - k) / static_cast<double>(k + 1);
    cumulative += probability;
    table.cumulative.push_back(cumulative);
  }
  table.trials = trials;
  table.bp = bp;
  return table;
}

std::int64_t nearest_rank_percentile(std::vector<std::int64_t>& values, std::int64_t percent) {
  const auto count = static_cast<std::int64_t>(values.size());
  const std::int64_t rank = std::max<std::int64_t>(1, (percent * count + 99) / 100);
  const auto nth = values.begin() + static_cast<std::ptrdiff_t>(rank - 1);
  std::nth_element(values.begin(), nth, values.end());
  return *nth;
}

std::int64_t monte_carlo_work(const Scenario& scenario) {
  const std::int64_t streams =
      scenario.pooled ? static_cast<std::int64_t>(scenario.groups.size()) : scenario.total_seats();
  const std::int64_t days = std::int64_t{31} * scenario.months;
  return scenario.trials * streams * days;
}

MonteCarlo run_monte_carlo(const Scenario& scenario) {
  const Calendar calendar(scenario.start, scenario.months);
  const detail::Setup setup(scenario, calendar);
  const std::vector<LedgerCopies> ledgers = ledgers_of(scenario);
  const auto month_count = static_cast<std::size_t>(scenario.months);
  const auto trial_count = static_cast<std::size_t>(scenario.trials);
  TrialOutcomes outcomes{
      std::vector<std::vector<std::int64_t>>(month_count, std::vector<std::int64_t>(trial_count)),
      std::vector<std::int64_t>(month_count, 0)};
  BinomialSampler sampler;
  detail::RunBuffers buffers;  // every ledger of every trial runs in these
  std::uint64_t seed_stream = scenario.seed;
  for (std::size_t trial = 0; trial < trial_count; ++trial) {
    // Each trial its own stream: trial k's figures do not depend on how many
    // trials ran before it.
    Random random(splitmix64(seed_stream));
    run_trial(setup, ledgers, sampler, random, trial, buffers, outcomes);
  }
  MonteCarlo result{scenario.trials, scenario.seed, {}};
  for (std::size_t month = 0; month < month_count; ++month) {
    std::vector<std::int64_t>& closings = outcomes.closings[month];
    result.months.push_back(
        {calendar.month(static_cast<int>(month)), nearest_rank_percentile(closings, 10),
         nearest_rank_percentile(closings, 50), nearest_rank_percentile(closings, 90),
         outcomes.trials_with_unsent[month]});
  }
  return result;
}

}  // namespace inmail

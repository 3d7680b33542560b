// Monte Carlo bands (spec section 4) with a PRNG and samplers written here, so
// the same seed gives the same figures natively and in WebAssembly.
#pragma once

#include <cstdint>
#include <vector>

#include "inmail/projection.h"
#include "inmail/scenario.h"

namespace inmail {

// xoshiro256** seeded through splitmix64: small, fast, and fully specified,
// unlike std:: engines' seeding and std:: distributions.
class Random {
 public:
  explicit Random(std::uint64_t seed);
  std::uint64_t next();
  // Uniform in [0, 1) with 53 random bits.
  double uniform();

 private:
  std::uint64_t state_[4];
};

// Draws from Binomial(trials, bp / 10000): exact inversion of the CDF while
// the mean is small, a normal approximation from sums of uniforms above it.
// Inversion tables are cached by (trials, bp): a ledger's daily sends repeat
// a handful of values across days and trials, so one sampler should serve a
// whole Monte Carlo run. Only +, -, *, / and sqrt are used, which IEEE 754
// makes identical on every platform; libm's log and exp are not.
class BinomialSampler {
 public:
  std::int64_t draw(Random& random, std::int64_t trials, std::int64_t bp);

 private:
  struct Table {
    std::int64_t trials = -1;
    std::int64_t bp = -1;
    std::vector<double> cumulative;  // P(X <= k)
  };
  static constexpr std::size_t kTables = 64;  // direct-mapped by (trials, bp)

  const Table& table_for(std::int64_t trials, std::int64_t bp);

  Table tables_[kTables];
};

// The nearest-rank percentile of spec section 4: the smallest value with at
// least `percent` of `values` at or below it (the rank ceil(percent x n /
// 100), at least 1). Reorders `values`, which must not be empty.
std::int64_t nearest_rank_percentile(std::vector<std::int64_t>& values, std::int64_t percent);

// Trials x ledger streams x days this scenario's Monte Carlo would simulate.
std::int64_t monte_carlo_work(const Scenario& scenario);

MonteCarlo run_monte_carlo(const Scenario& scenario);

}  // namespace inmail

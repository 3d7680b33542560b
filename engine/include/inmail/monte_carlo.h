// Monte Carlo bands (spec section 4) with a PRNG and samplers written here, so
// the same seed gives the same figures natively and in WebAssembly.
#pragma once

#include <cstdint>

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

// A draw from Binomial(trials, bp / 10000). Exact inversion while the mean is
// small, a normal approximation (from sums of uniforms, no libm) above it;
// only +, -, *, / and sqrt, which IEEE 754 makes identical everywhere.
std::int64_t sample_binomial(Random& random, std::int64_t trials, std::int64_t bp);

// Trials x ledger streams x days this scenario's Monte Carlo would simulate.
std::int64_t monte_carlo_work(const Scenario& scenario);

MonteCarlo run_monte_carlo(const Scenario& scenario);

}  // namespace inmail

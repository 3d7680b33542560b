#include "inmail/monte_carlo.h"

#include <gtest/gtest.h>

#include <cmath>

#include "inmail/json.h"
#include "test_support.h"

namespace inmail {
namespace {

using testing::scenario_from;

TEST(MonteCarlo, SplitmixSeedingMatchesTheReferenceOutput) {
  // xoshiro256** seeded from splitmix64(0): the reference implementation's
  // first splitmix64 outputs are e220a8397b1dcdaf, 6e789e6aa1b965f4, ...
  // and xoshiro's first output is rotl(s[1] * 5, 7) * 9.
  Random random(0);
  const std::uint64_t s1 = 0x6E789E6AA1B965F4ULL;
  const std::uint64_t expected = ((s1 * 5) << 7 | (s1 * 5) >> 57) * 9;
  EXPECT_EQ(random.next(), expected);
}

TEST(MonteCarlo, XoshiroMatchesTheReferenceAlgorithm) {
  // The first outputs of xoshiro256** (Blackman and Vigna's reference
  // algorithm, worked out apart from the engine) from splitmix64(0)'s state
  // e220a8397b1dcdaf, 6e789e6aa1b965f4, 06c45d188009454f, f88bb8a8724c81ec.
  // From the third on they depend on every shift and rotation of the step.
  Random random(0);
  EXPECT_EQ(random.next(), 0x99EC5F36CB75F2B4ULL);
  EXPECT_EQ(random.next(), 0xBF6E1F784956452AULL);
  EXPECT_EQ(random.next(), 0x1A5F849D4933E6E0ULL);
  EXPECT_EQ(random.next(), 0x6AA594F1262D2D2CULL);
}

// Draws of two sizes in turn: each is drawn from its own distribution,
// not from a table of the other's (n p = 0.2 and 0.4, within 5 standard
// errors of 100,000 draws).
TEST(MonteCarlo, AlternatingDrawsUseTheirOwnDistribution) {
  Random random(3);
  BinomialSampler sampler;
  double small = 0;
  double large = 0;
  const int draws = 100000;
  for (int i = 0; i < draws; ++i) {
    small += static_cast<double>(sampler.draw(random, 20, 100));
    large += static_cast<double>(sampler.draw(random, 40, 100));
  }
  EXPECT_NEAR(small / draws, 0.2, 5 * std::sqrt(0.2 * 0.99 / draws));
  EXPECT_NEAR(large / draws, 0.4, 5 * std::sqrt(0.4 * 0.99 / draws));
}

// Two draws of one size at rates whose tables share a slot (20 x 31 + 100
// and 20 x 31 + 164 are both 16 modulo 64): each keeps its own rate.
TEST(MonteCarlo, DrawsWhoseTablesShareASlotUseTheirOwnRate) {
  Random random(5);
  BinomialSampler sampler;
  double low = 0;
  double high = 0;
  const int draws = 100000;
  for (int i = 0; i < draws; ++i) {
    low += static_cast<double>(sampler.draw(random, 20, 100));
    high += static_cast<double>(sampler.draw(random, 20, 164));
  }
  EXPECT_NEAR(low / draws, 0.2, 5 * std::sqrt(0.2 * 0.99 / draws));
  EXPECT_NEAR(high / draws, 0.328, 5 * std::sqrt(0.328 * 0.9836 / draws));
}

TEST(MonteCarlo, UniformStaysInTheUnitInterval) {
  Random random(42);
  double sum = 0;
  for (int i = 0; i < 100000; ++i) {
    const double u = random.uniform();
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
    sum += u;
  }
  EXPECT_NEAR(sum / 100000, 0.5, 0.01);
}

struct BinomialCase {
  std::int64_t trials;
  std::int64_t bp;
};

class Binomial : public ::testing::TestWithParam<BinomialCase> {};

// Mean n*p and variance n*p*(1-p), within five standard errors, for the
// inversion range, the normal range and the flipped rates above one half.
TEST_P(Binomial, HasTheRightMeanAndVariance) {
  const auto [trials, bp] = GetParam();
  BinomialSampler sampler;
  Random random(2015);
  constexpr int kDraws = 40000;
  double sum = 0;
  double sum_of_squares = 0;
  for (int i = 0; i < kDraws; ++i) {
    const std::int64_t draw = sampler.draw(random, trials, bp);
    ASSERT_GE(draw, 0);
    ASSERT_LE(draw, trials);
    sum += static_cast<double>(draw);
    sum_of_squares += static_cast<double>(draw * draw);
  }
  const double p = static_cast<double>(bp) / 10000.0;
  const double mean = static_cast<double>(trials) * p;
  const double variance = mean * (1 - p);
  const double sample_mean = sum / kDraws;
  const double sample_variance = sum_of_squares / kDraws - sample_mean * sample_mean;
  EXPECT_NEAR(sample_mean, mean, 5 * std::sqrt(variance / kDraws) + 1e-9);
  EXPECT_NEAR(sample_variance, variance, 0.05 * variance + 1e-9);
}

INSTANTIATE_TEST_SUITE_P(MonteCarlo, Binomial,
                         ::testing::Values(BinomialCase{10, 2500}, BinomialCase{95, 2000},
                                           BinomialCase{400, 500}, BinomialCase{5000, 3000},
                                           BinomialCase{100000000, 4000}, BinomialCase{50, 9000}));

TEST(MonteCarlo, DegenerateRatesAreExact) {
  BinomialSampler sampler;
  Random random(1);
  EXPECT_EQ(sampler.draw(random, 77, 0), 0);
  EXPECT_EQ(sampler.draw(random, 77, 10000), 77);
  EXPECT_EQ(sampler.draw(random, 0, 5000), 0);
}

TEST(MonteCarlo, CertainResponsesReproduceTheDeterministicLedger) {
  // At 0% or 100% every draw is certain, so each trial is the deterministic
  // projection and all percentiles equal its closing balance.
  for (const char* rate : {"0", "100"}) {
    const Scenario scenario = scenario_from(
        std::string(R"({"months": 6, "seats": 3, "pooled": false, "sends_per_month": 200,
                        "trials": 25, "response_rate": )") +
        rate + "}");
    const Result deterministic = project_deterministic(scenario);
    const MonteCarlo monte_carlo = run_monte_carlo(scenario);
    for (std::size_t m = 0; m < deterministic.months.size(); ++m) {
      EXPECT_EQ(monte_carlo.months[m].closing_p10, deterministic.months[m].closing) << rate;
      EXPECT_EQ(monte_carlo.months[m].closing_p90, deterministic.months[m].closing) << rate;
      EXPECT_EQ(monte_carlo.months[m].trials_with_unsent,
                deterministic.months[m].unsent > 0 ? 25 : 0)
          << rate;
    }
  }
}

TEST(MonteCarlo, SameSeedSameBandsOtherSeedOtherBands) {
  const std::string base = R"({"months": 12, "seats": 5, "sends_per_month": 180,
                               "response_rate": 35, "trials": 200, "seed": )";
  const std::string first = result_to_json(project(scenario_from(base + "7}")));
  EXPECT_EQ(first, result_to_json(project(scenario_from(base + "7}"))));
  EXPECT_NE(first, result_to_json(project(scenario_from(base + "8}"))));
}

TEST(MonteCarlo, BandsAreOrderedAndCentredOnTheDeterministicRule) {
  const Scenario scenario = scenario_from(R"({"months": 12, "seats": 5, "sends_per_month": 180,
                                              "response_rate": 35, "trials": 400})");
  const MonteCarlo monte_carlo = run_monte_carlo(scenario);
  const Result deterministic = project_deterministic(scenario);
  for (std::size_t m = 0; m < monte_carlo.months.size(); ++m) {
    const MonteCarloMonth& month = monte_carlo.months[m];
    EXPECT_LE(month.closing_p10, month.closing_p50);
    EXPECT_LE(month.closing_p50, month.closing_p90);
    EXPECT_NEAR(static_cast<double>(month.closing_p50),
                static_cast<double>(deterministic.months[m].closing),
                0.05 * static_cast<double>(deterministic.months[m].closing) + 10);
  }
}

TEST(MonteCarlo, WorkCountsSeatsWithoutPooling) {
  Scenario scenario = scenario_from(R"({"plan": "recruiter_lite", "seats": 10, "months": 2,
                                        "trials": 3})");
  EXPECT_EQ(monte_carlo_work(scenario), 3 * 10 * 62);
  scenario.pooled = true;
  EXPECT_EQ(monte_carlo_work(scenario), 3 * 1 * 62);
}

}  // namespace
}  // namespace inmail

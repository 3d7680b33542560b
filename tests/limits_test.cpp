// Every limit of spec section 2 at its edge: the largest (and smallest)
// value allowed, and one past it. The limits are written here from the
// spec's table, not read from the engine's, so that a change of either shows.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "inmail/monte_carlo.h"
#include "inmail/projection.h"
#include "inmail/scenario_reader.h"
#include "test_support.h"

namespace inmail {
namespace {

using testing::errors_of;

struct IntegerLimit {
  const char* key;  // a top-level key, or a group's by its shorthand
  std::int64_t min;
  std::int64_t max;
};

// Spec section 2, "valid" column.
constexpr IntegerLimit kIntegerLimits[] = {
    {"allotment", 0, 100000},       {"months", 1, 120},
    {"seats", 1, 100000},           {"sends_per_month", 0, 100000},
    {"response_days", 1, 89},       {"opening_balance", 0, 1000000},
    {"expiry_days", 1, 3650},       {"balance_cap", 0, 10000000},
    {"refresh_day", 1, 28},         {"trials", 0, 100000},
    {"goal_responses", 1, 1000000},
};

std::string with(const char* key, const std::string& value) {
  return std::string(R"({"policy": "2015", ")") + key + "\": " + value + "}";
}

// The errors of a scenario that is valid but for `key`.
std::vector<FieldError> errors_with(const char* key, std::int64_t value) {
  return errors_of(with(key, std::to_string(value)));
}

std::string range_of(const IntegerLimit& limit) {
  std::string message =
      "must be between " + std::to_string(limit.min) + " and " + std::to_string(limit.max);
  // The limits that may also be switched off say so.
  const std::string key = limit.key;
  if (key == "expiry_days" || key == "balance_cap") message += ", or \"none\"";
  return message;
}

TEST(Limits, EveryWholeNumberAcceptsItsEdgesAndRefusesOnePast) {
  for (const IntegerLimit& limit : kIntegerLimits) {
    EXPECT_TRUE(errors_with(limit.key, limit.min).empty()) << limit.key << " = " << limit.min;
    EXPECT_TRUE(errors_with(limit.key, limit.max).empty()) << limit.key << " = " << limit.max;
    for (std::int64_t past : {limit.min - 1, limit.max + 1}) {
      EXPECT_EQ(errors_with(limit.key, past),
                (std::vector<FieldError>{{limit.key, range_of(limit)}}))
          << limit.key << " = " << past;
    }
  }
}

TEST(Limits, ResponseRatesAndPricesHaveTwoDecimalsAtMost) {
  EXPECT_TRUE(errors_of(with("response_rate", "0")).empty());
  EXPECT_TRUE(errors_of(with("response_rate", "100")).empty());
  EXPECT_EQ(errors_of(with("response_rate", "100.01")),
            (std::vector<FieldError>{{"response_rate", "must be between 0 and 100"}}));
  EXPECT_EQ(errors_of(with("response_rate", "-0.01")),
            (std::vector<FieldError>{{"response_rate", "must be between 0 and 100"}}));
  EXPECT_TRUE(errors_of(with("seat_prices", R"({"recruiter": 1000000})")).empty());
  EXPECT_TRUE(errors_of(with("seat_prices", R"({"recruiter": 0})")).empty());
  EXPECT_EQ(errors_of(with("seat_prices", R"({"recruiter": 1000000.01})")),
            (std::vector<FieldError>{{"seat_prices.recruiter", "must be between 0 and 1000000"}}));
}

// Spec 4b: accepted when p x 100 is within 1e-6 of a whole number.
TEST(Limits, TheDecimalToleranceIsAMillionthOfAHundredth) {
  const auto cents = [](const char* price) {
    const ParseResult parsed = parse_scenario(
        with("seat_prices", std::string(R"({"recruiter": )") + price + "}"), testing::kToday);
    return parsed.ok() ? parsed.scenario->seat_price(Plan::kRecruiter) : std::nullopt;
  };
  EXPECT_EQ(cents("45.15"), 4515);         // not exact in binary, yet 2 decimals
  EXPECT_EQ(cents("12.340000009"), 1234);  // 9e-7 off in hundredths
  EXPECT_EQ(cents("12.339999991"), 1234);
  EXPECT_FALSE(cents("12.340000011"));  // 1.1e-6 off
  EXPECT_FALSE(cents("12.345"));
}

TEST(Limits, TextsAndListsHoldTheirCountsAtMost) {
  EXPECT_TRUE(errors_of(R"({"groups": [{"name": ")" + std::string(64, 'n') + "\"}]}").empty());
  EXPECT_EQ(errors_of(R"({"groups": [{"name": ")" + std::string(65, 'n') + "\"}]}"),
            (std::vector<FieldError>{{"groups[0].name", "must be at most 64 characters"}}));
  std::string groups = "[{}";
  for (int group = 1; group < 50; ++group) groups += ",{}";
  EXPECT_TRUE(errors_of(with("groups", groups + "]")).empty());
  EXPECT_EQ(errors_of(with("groups", groups + ",{}]")),
            (std::vector<FieldError>{{"groups", "must hold 1 to 50 groups"}}));
  EXPECT_EQ(errors_of(with("groups", "[]")),
            (std::vector<FieldError>{{"groups", "must hold 1 to 50 groups"}}));
}

TEST(Limits, MonthsRunFrom2000Through2100) {
  EXPECT_TRUE(errors_of(with("start", R"("2000-01")")).empty());
  EXPECT_TRUE(errors_of(with("start", R"("2100-12")")).empty());
  for (const char* month : {R"("1999-12")", R"("2101-01")", R"("2015-00")", R"("2015-13")"}) {
    EXPECT_EQ(
        errors_of(with("start", month)),
        (std::vector<FieldError>{{"start", "must be a month YYYY-MM from 2000-01 to 2100-12"}}))
        << month;
  }
}

TEST(Limits, SeedsTakeEveryUnsigned64BitNumber) {
  EXPECT_TRUE(errors_of(with("seed", "0")).empty());
  EXPECT_TRUE(errors_of(with("seed", "18446744073709551615")).empty());
  EXPECT_EQ(errors_of(with("seed", "18446744073709551616")).size(), 1u);
  EXPECT_EQ(errors_of(with("seed", "-1")).size(), 1u);
}

// Our guard: trials x ledgers x 31 x months at most 500,000,000. Recruiter
// Lite does not pool, so each seat is a ledger: 100,000 trials of one month
// for 161 seats are 499,100,000, for 162 seats 502,200,000.
TEST(Limits, MonteCarloWorkStopsAtItsGuard) {
  const auto scenario = [](int seats) {
    return R"({"plan": "recruiter_lite", "months": 1, "trials": 100000, "seats": )" +
           std::to_string(seats) + "}";
  };
  EXPECT_TRUE(errors_of(scenario(161)).empty());
  const std::vector<FieldError> errors = errors_of(scenario(162));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "trials");
}

TEST(Limits, TheLargestSustainableVolumeIsTheSearchsTop) {
  // 100,000 credits a seat and month cover the most any seat may send.
  const Result result = testing::project_json_scenario(
      R"({"plan": "custom", "allotment": 100000, "months": 1, "sends_per_month": 10})");
  EXPECT_EQ(result.solvers.max_sustainable_sends, 100000);
}

// One credit a month and one send a business day, each answered the next
// day: only every send answered keeps that credit coming back. At 99.99 %
// the first send's response rounds down to none.
TEST(Limits, BreakEvenCanBeEveryInMailAnswered) {
  const Result result = testing::project_json_scenario(
      R"({"plan": "custom", "allotment": 1, "start": "2015-02", "months": 1,
          "sends_per_month": 20, "response_days": 1})");
  EXPECT_EQ(result.solvers.break_even_response_bp, 10000);
}

// Nearest rank: ceil(p x n / 100), at least the first.
TEST(Limits, PercentilesOfTrialCountsThatAreNoMultipleOf100) {
  std::vector<std::int64_t> seven = {70, 10, 50, 30, 60, 20, 40};
  EXPECT_EQ(nearest_rank_percentile(seven, 10), 10);  // rank ceil(0.7) = 1
  EXPECT_EQ(nearest_rank_percentile(seven, 50), 40);  // rank ceil(3.5) = 4
  EXPECT_EQ(nearest_rank_percentile(seven, 90), 70);  // rank ceil(6.3) = 7
  std::vector<std::int64_t> one = {5};
  EXPECT_EQ(nearest_rank_percentile(one, 10), 5);
  std::vector<std::int64_t> hundred_and_one(101);
  for (std::size_t i = 0; i < hundred_and_one.size(); ++i) {
    hundred_and_one[i] = static_cast<std::int64_t>(100 - i);
  }
  EXPECT_EQ(nearest_rank_percentile(hundred_and_one, 10), 10);  // rank ceil(10.1) = 11: value 10
  EXPECT_EQ(nearest_rank_percentile(hundred_and_one, 90), 90);  // rank ceil(90.9) = 91: value 90
}

// 50 % is where the sampler switches to drawing the rarer outcome: both
// sides of it keep the binomial's mean.
TEST(Limits, ARateOfExactlyHalfDrawsAroundHalf) {
  for (const std::int64_t bp : {4999, 5000, 5001}) {
    BinomialSampler sampler;
    Random random(static_cast<std::uint64_t>(bp));
    constexpr int kDraws = 20000;
    constexpr std::int64_t kTrials = 40;
    double sum = 0;
    for (int draw = 0; draw < kDraws; ++draw) {
      sum += static_cast<double>(sampler.draw(random, kTrials, bp));
    }
    const double mean = kTrials * static_cast<double>(bp) / 10000.0;
    // The mean of 20,000 draws: within 5 standard errors (sd = sqrt(40 x 0.25)).
    EXPECT_NEAR(sum / kDraws, mean, 5 * std::sqrt(10.0 / kDraws)) << bp;
  }
}

}  // namespace
}  // namespace inmail

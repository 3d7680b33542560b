// Speed budgets of the engine, as medians over repetitions, from
//   build/native/bin/inmail-bench --benchmark_repetitions=9 --benchmark_report_aggregates_only=true
// The budgets they are held to are in docs/performance.md.
#include <benchmark/benchmark.h>

#include <string>

#include "inmail/json.h"
#include "inmail/monte_carlo.h"
#include "inmail/page_model.h"
#include "inmail/projection.h"
#include "inmail/scenario_reader.h"

namespace {

// Every scenario here names its start, so the caller's month plays no part.
constexpr inmail::YearMonth kToday{2026, 11};

// Recruiter pools by default; the web budget's large scenario does not.
inmail::Scenario make_scenario(int groups, int months, bool pooled = true) {
  std::string json = R"({"plan": "recruiter", "start": "2015-01", "months": )" +
                     std::to_string(months) + R"(, "pooled": )" + (pooled ? "true" : "false") +
                     R"(, "groups": [)";
  for (int i = 0; i < groups; ++i) {
    json += (i ? "," : "") + std::string(R"({"seats": )") + std::to_string(1 + i % 4) +
            R"(, "sends_per_month": )" + std::to_string(120 + 20 * i) + R"(, "response_rate": )" +
            std::to_string(20 + i) + R"(, "response_days": )" + std::to_string(2 + i % 7) + "}";
  }
  json += "]}";
  return *inmail::parse_scenario(json, kToday).scenario;
}

// The benchmark loop once, so its idiom needs one lint exception, not five.
template <class Work>
void measure(benchmark::State& state, Work&& work) {
  for (auto _ : state) {  // NOLINT(clang-analyzer-deadcode.DeadStores): google/benchmark's idiom
    benchmark::DoNotOptimize(work());
  }
}

void BM_Project_1Group12Months(benchmark::State& state) {
  const inmail::Scenario scenario = make_scenario(1, 12);
  measure(state, [&] { return inmail::project_deterministic(scenario); });
}
BENCHMARK(BM_Project_1Group12Months);

void BM_Project_10Groups120Months(benchmark::State& state) {
  const inmail::Scenario scenario = make_scenario(10, 120);
  measure(state, [&] { return inmail::project_deterministic(scenario); });
}
BENCHMARK(BM_Project_10Groups120Months);

void BM_Project_10Groups120MonthsUnpooled(benchmark::State& state) {
  const inmail::Scenario scenario = make_scenario(10, 120, false);
  measure(state, [&] { return inmail::project_deterministic(scenario); });
}
BENCHMARK(BM_Project_10Groups120MonthsUnpooled);

void BM_Solvers_1Group36Months(benchmark::State& state) {
  const inmail::Scenario scenario = make_scenario(1, 36);
  measure(state, [&] { return inmail::solve(scenario); });
}
BENCHMARK(BM_Solvers_1Group36Months);

void BM_FullProjectJson_1Group12Months(benchmark::State& state) {
  const std::string json =
      R"({"plan": "recruiter", "months": 12, "seats": 1, "sends_per_month": 300,
          "response_rate": 30, "response_days": 3})";
  measure(state, [&] { return inmail::project_json(json, kToday); });
}
BENCHMARK(BM_FullProjectJson_1Group12Months);

void BM_ParseScenario_TwoGroups(benchmark::State& state) {
  const std::string json = R"({"plan": "recruiter", "start": "2015-01", "months": 4,
      "pooled": true, "groups": [
        {"name": "Sourcers", "seats": 3, "sends_per_month": 400, "response_rate": 25,
         "response_days": 3},
        {"name": "Managers", "seats": 7, "sends_per_month": 40, "response_rate": 40,
         "response_days": 5}]})";
  measure(state, [&] { return inmail::parse_scenario(json, kToday); });
}
BENCHMARK(BM_ParseScenario_TwoGroups);

// Hostile input at the size limit: an object of 60,000 keys (about 1 MB),
// each an unknown key. Linear time keeps this in milliseconds.
void BM_ParseScenario_60000UnknownKeys(benchmark::State& state) {
  std::string json = "{";
  for (int key = 0; key < 60000; ++key)
    json += (key ? ", \"k" : "\"k") + std::to_string(key) + "\": 0";
  json += "}";
  measure(state, [&] { return inmail::parse_scenario(json, kToday); });
}
BENCHMARK(BM_ParseScenario_60000UnknownKeys)->Unit(benchmark::kMillisecond);

void BM_MonteCarlo_1000Trials36Months(benchmark::State& state) {
  inmail::Scenario scenario = make_scenario(1, 36);
  scenario.groups[0].seats = 10;
  scenario.groups[0].sends_per_month = inmail::MonthlySends::constant(200);
  scenario.trials = 1000;
  measure(state, [&] { return inmail::run_monte_carlo(scenario); });
  state.SetLabel("10 seats pooled, 2000 sends/month");
}
BENCHMARK(BM_MonteCarlo_1000Trials36Months)->Unit(benchmark::kMillisecond);

// The responses goal (spec 4d) over ten years: a seat search on each of
// today's six plans, each probe a 120-month projection.
void BM_Goal_120Months(benchmark::State& state) {
  const inmail::Scenario scenario =
      *inmail::parse_scenario(
           R"({"policy": "current", "plan": "recruiter_lite", "start": "2027-01", "months": 120,
          "sends_per_month": 40, "response_rate": 25, "goal_responses": 20,
          "seat_prices": {"recruiter_lite": 170, "sales_navigator": 99.99}})",
           kToday)
           .scenario;
  measure(state, [&] { return inmail::goal_for(scenario); });
}
BENCHMARK(BM_Goal_120Months)->Unit(benchmark::kMillisecond);

// What a keystroke costs a page: the edit, then the view with its verdict
// (the figures, both solvers and the verdict's searches), 36 months.
void BM_PageKeystroke_36Months(benchmark::State& state) {
  const inmail::PageState opened = inmail::open_page(
      "v=2&plan=recruiter_lite&start=2027-01&months=36&sends_per_month=40&response_rate=25",
      kToday);
  int seats = 0;
  measure(state, [&] {
    const inmail::PageState state_after = inmail::update(
        opened, inmail::Edit::set("groups[0].seats", std::to_string(1 + seats++ % 9)), kToday);
    return inmail::view_of(state_after, {kToday}).query.size();
  });
}
BENCHMARK(BM_PageKeystroke_36Months)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();

// Feeds arbitrary bytes through parsing, projection and serialization, and
// traps when a result breaks an invariant of spec section 5 or the JSON
// reader and writer disagree.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.h"
#include "inmail/json.h"
#include "inmail/json_value.h"
#include "inmail/monte_carlo.h"
#include "inmail/projection.h"
#include "inmail/scenario_reader.h"

namespace {

using inmail_fuzz::check;

void check_invariants(const inmail::Result& result) {
  for (const inmail::MonthFigures& month : result.months) {
    check(month.opening >= 0 && month.closing >= 0);
    check(month.closing == month.opening + month.granted + month.bonus + month.refunded -
                               month.sent - month.expired);
  }
}

// What the JSON reader reads, the writer writes as JSON that reads back
// the same, each key once (numbers past a double's range included).
void check_json_round_trip(std::string_view text) {
  const inmail::JsonParse parsed = inmail::parse_json(text, inmail::limits::kMaxJsonDepth);
  if (!parsed.value) return;
  const inmail::JsonParse again =
      inmail::parse_json(parsed.value->dump(), inmail::limits::kMaxJsonDepth);
  check(again.value && *again.value == *parsed.value && again.duplicate_keys.empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  check_json_round_trip(text);
  inmail::ParseResult parsed = inmail::parse_scenario(text, inmail::YearMonth{2026, 11});
  if (!parsed.ok()) {
    check(!parsed.errors.empty());
    check(!inmail::errors_to_json(parsed.errors).empty());
    return 0;
  }
  inmail::Scenario& scenario = *parsed.scenario;
  check(inmail::combination_errors(scenario).empty());
  // Keep each input fast: Monte Carlo's cost is linear in trials and its
  // code is the same for 3 trials as for 100,000.
  if (scenario.trials > 3) scenario.trials = 3;
  if (inmail::monte_carlo_work(scenario) > 2000000) scenario.trials = 0;
  const inmail::Result result = inmail::project(scenario);
  check_invariants(result);
  check(!inmail::result_to_json(result).empty());
  return 0;
}

#include "inmail/page.h"

#include "inmail/explain.h"
#include "inmail/json.h"
#include "inmail/link.h"
#include "inmail/monte_carlo.h"
#include "inmail/projection.h"
#include "inmail/report.h"
#include "json_input.h"
#include "json_writer.h"

namespace inmail {
namespace {

using Json = JsonValue;

Json errors_list(const std::vector<FieldError>& errors) {
  Json list = Json::array();
  for (const FieldError& error : errors) {
    list.push_back(Json::object({{"field", error.field}, {"message", error.message}}));
  }
  return list;
}

Json note_json(const std::optional<Explanation>& note) {
  if (!note) return nullptr;
  return Json::object({{"code", note->code}, {"title", note->title}, {"text", note->text}});
}

Json defaults_json(const DefaultHints& hints) {
  return Json::object({{"allotment", hints.allotment},
                       {"start", hints.start},
                       {"pooled", hints.pooled},
                       {"expiry_days", hints.expiry_days},
                       {"balance_cap", hints.balance_cap}});
}

// The notes that need figures; null ones without a result.
Json result_notes(const Scenario* scenario, const Result* result) {
  Json notes = Json::object({{"solvers", Json::object({{"max_sustainable_sends", nullptr},
                                                       {"break_even_response_rate", nullptr}})},
                             {"rate_warnings", Json::array()},
                             {"cheapest_plan", nullptr}});
  if (!result) return notes;
  notes["solvers"]["max_sustainable_sends"] =
      note_json(max_sustainable_sends_note(*scenario, result->solvers));
  notes["solvers"]["break_even_response_rate"] =
      note_json(break_even_note(*scenario, result->solvers));
  for (const RateWarning& warning : rate_warnings(*result)) {
    notes["rate_warnings"].push_back(
        Json::object({{"group", warning.group}, {"days", warning.days}, {"text", warning.text}}));
  }
  if (result->comparisons) {
    if (const auto plan = cheapest_plan_per_response(*result->comparisons)) {
      notes["cheapest_plan"] = plan_info(*plan).name;
    }
  }
  return notes;
}

Result project_for_page(Scenario scenario, const PageRequest& request) {
  if (!request.monte_carlo) scenario.trials = 0;
  scenario.compare = request.comparisons;
  return project(scenario);
}

// An integer count of the report helper, or the problem with it.
std::optional<std::int64_t> count_of(const Json& counts, const char* key,
                                     std::vector<FieldError>& errors) {
  const Json* found = counts.find(key);
  if (found && found->type() == Json::Type::kInteger) return found->as_integer();
  if (found && found->type() == Json::Type::kUnsigned &&
      found->as_unsigned() <= static_cast<std::uint64_t>(INT64_MAX)) {
    return static_cast<std::int64_t>(found->as_unsigned());
  }
  errors.push_back({key, "must be a whole number"});
  return std::nullopt;
}

// The page's fields after the opening "{"; `errors` come before the
// scenario's own, and any of them leaves the page without figures.
std::string page_fields(const PageRequest& request, std::vector<FieldError> errors) {
  const ParseResult parsed = parse_scenario(request.scenario_json, request.today);
  errors.insert(errors.end(), parsed.errors.begin(), parsed.errors.end());
  const std::optional<std::string> query = encode_link(request.scenario_json, request.currency);
  const bool valid = errors.empty();
  std::optional<Result> result;
  if (valid) result = project_for_page(*parsed.scenario, request);
  const Scenario shown =
      valid ? *parsed.scenario : read_leniently(request.scenario_json, request.today);
  Json notes = result_notes(valid ? &*parsed.scenario : nullptr, result ? &*result : nullptr);
  notes["defaults"] = defaults_json(default_hints(shown, request.today));
  return "\"query\":" + Json(query.value_or("")).dump() +
         ",\"errors\":" + errors_list(errors).dump() +
         ",\"result\":" + (result ? result_to_json(*result) : std::string("null")) +
         ",\"notes\":" + notes.dump() + "}";
}

}  // namespace

std::string page_json(const PageRequest& request) {
  return "{" + page_fields(request, request.caller_errors);
}

std::string open_link_json(std::string_view query, YearMonth today,
                           std::vector<FieldError> caller_errors) {
  const LinkContents link = decode_link(query);
  const PageRequest request{link.scenario_json, link.currency, today};
  caller_errors.insert(caller_errors.end(), link.errors.begin(), link.errors.end());
  return "{\"scenario\":" + link.scenario_json + ",\"currency\":" + Json(link.currency).dump() +
         "," + page_fields(request, std::move(caller_errors));
}

std::string csv_json(std::string_view scenario_json, std::string_view currency, YearMonth today) {
  const ParseResult parsed = parse_scenario(scenario_json, today);
  if (!parsed.ok()) return errors_to_json(parsed.errors);
  const std::string csv = result_to_csv(project_deterministic(*parsed.scenario), currency);
  return Json::object({{"csv", csv}}).dump();
}

std::string report_rate_json(std::string_view counts_json) {
  const Json counts = detail::json_input_value(counts_json).value_or(Json());
  std::vector<FieldError> errors;
  if (!counts.is_object()) {
    errors.push_back({"", "the counts must be a JSON object"});
  } else {
    const auto sent = count_of(counts, "sent", errors);
    const auto accepted = count_of(counts, "accepted", errors);
    const auto declined = count_of(counts, "declined", errors);
    if (errors.empty()) {
      const ReportRate rate = response_rate_from_report(*sent, *accepted, *declined);
      if (rate.response_bp) {
        return Json::object({{"response_rate", detail::hundredths_json(*rate.response_bp)},
                             {"errors", Json::array()}})
            .dump();
      }
      errors = rate.errors;
    }
  }
  return Json::object({{"response_rate", nullptr}, {"errors", errors_list(errors)}}).dump();
}

}  // namespace inmail

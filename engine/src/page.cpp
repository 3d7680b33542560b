#include "inmail/page.h"

#include <nlohmann/json.hpp>

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

using nlohmann::ordered_json;

std::string dump(const ordered_json& value) {
  return value.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

ordered_json errors_list(const std::vector<FieldError>& errors) {
  ordered_json list = ordered_json::array();
  for (const FieldError& error : errors) {
    list.push_back({{"field", error.field}, {"message", error.message}});
  }
  return list;
}

ordered_json note_json(const std::optional<Explanation>& note) {
  if (!note) return nullptr;
  return {{"code", note->code}, {"title", note->title}, {"text", note->text}};
}

ordered_json defaults_json(const DefaultHints& hints) {
  return {{"allotment", hints.allotment},
          {"start", hints.start},
          {"pooled", hints.pooled},
          {"expiry_days", hints.expiry_days},
          {"balance_cap", hints.balance_cap}};
}

// The notes that need figures; null ones without a result.
ordered_json result_notes(const Scenario* scenario, const Result* result) {
  ordered_json notes = {
      {"solvers", {{"max_sustainable_sends", nullptr}, {"break_even_response_rate", nullptr}}},
      {"rate_warnings", ordered_json::array()},
      {"cheapest_plan", nullptr}};
  if (!result) return notes;
  notes["solvers"]["max_sustainable_sends"] =
      note_json(max_sustainable_sends_note(*scenario, result->solvers));
  notes["solvers"]["break_even_response_rate"] =
      note_json(break_even_note(*scenario, result->solvers));
  for (const RateWarning& warning : rate_warnings(*result)) {
    notes["rate_warnings"].push_back(
        {{"group", warning.group}, {"days", warning.days}, {"text", warning.text}});
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
std::optional<std::int64_t> count_of(const nlohmann::json& counts, const char* key,
                                     std::vector<FieldError>& errors) {
  const auto found = counts.find(key);
  if (found != counts.end() && found->is_number_integer()) return found->get<std::int64_t>();
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
  ordered_json notes =
      result_notes(valid ? &*parsed.scenario : nullptr, result ? &*result : nullptr);
  notes["defaults"] = defaults_json(default_hints(shown, request.today));
  return "\"query\":" + dump(query.value_or("")) + ",\"errors\":" + dump(errors_list(errors)) +
         ",\"result\":" + (result ? result_to_json(*result) : std::string("null")) +
         ",\"notes\":" + dump(notes) + "}";
}

}  // namespace

std::string page_json(const PageRequest& request) { return "{" + page_fields(request, {}); }

std::string open_link_json(std::string_view query, YearMonth today) {
  const LinkContents link = decode_link(query);
  const PageRequest request{link.scenario_json, link.currency, today};
  return "{\"scenario\":" + link.scenario_json + ",\"currency\":" + dump(link.currency) + "," +
         page_fields(request, link.errors);
}

std::string csv_json(std::string_view scenario_json, std::string_view currency, YearMonth today) {
  ParseResult parsed = parse_scenario(scenario_json, today);
  if (!parsed.ok()) return dump({{"errors", errors_list(parsed.errors)}});
  parsed.scenario->trials = 0;
  return dump({{"csv", result_to_csv(project_deterministic(*parsed.scenario), currency)}});
}

std::string report_rate_json(std::string_view counts_json) {
  const nlohmann::json counts = detail::parse_json_input(counts_json);
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
        return dump({{"response_rate", detail::hundredths_json(*rate.response_bp)},
                     {"errors", ordered_json::array()}});
      }
      errors = rate.errors;
    }
  }
  return dump({{"response_rate", nullptr}, {"errors", errors_list(errors)}});
}

}  // namespace inmail

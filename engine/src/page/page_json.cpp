// The page model as JSON, for the JS page: the state it keeps, the edits it
// sends and the view it draws.
#include "inmail/json.h"
#include "inmail/page_model.h"
#include "json/json_input.h"

namespace inmail {
namespace {

using Json = JsonValue;

// A JSON array of `items`, each written by `to_json`.
template <class Items, class ToJson>
Json array_of(const Items& items, ToJson to_json) {
  Json list = Json::array();
  for (const auto& item : items) list.push_back(to_json(item));
  return list;
}

Json errors_json(const std::vector<FieldError>& errors) {
  Json list = Json::array();
  for (const FieldError& error : errors) {
    list.push_back(Json::object({{"field", error.field}, {"message", error.message}}));
  }
  return list;
}

Json strings_json(const std::vector<std::string>& texts) {
  return array_of(texts, [](const std::string& text) -> Json { return text; });
}

const Json* member(const Json& object, std::string_view key) {
  return object.is_object() ? object.find(key) : nullptr;
}

std::string string_of(const Json& object, std::string_view key) {
  const Json* value = member(object, key);
  const std::string* text = value ? value->as_string() : nullptr;
  return text ? *text : "";
}

std::int64_t integer_of(const Json& object, std::string_view key) {
  const Json* value = member(object, key);
  if (!value) return 0;
  if (const std::optional<std::int64_t> number = value->as_int64()) return *number;
  return value->as_uint64() ? INT64_MAX : 0;
}

Json report_json(const std::map<std::size_t, ReportCounts>& report) {
  Json groups = Json::object();
  for (const auto& [group, counts] : report) {
    groups[std::to_string(group)] = Json::object(
        {{"sent", counts.sent}, {"accepted", counts.accepted}, {"declined", counts.declined}});
  }
  return groups;
}

std::map<std::size_t, ReportCounts> report_of(const Json* groups) {
  std::map<std::size_t, ReportCounts> report;
  if (!groups || !groups->is_object()) return report;
  for (const auto& [key, counts] : groups->members()) {
    const std::optional<Json> index = parse_json(key, 1).value;
    const std::optional<std::uint64_t> group = index ? index->as_uint64() : std::nullopt;
    if (!group || *group > limits::kMaxGroups) continue;
    report[static_cast<std::size_t>(*group)] = {
        string_of(counts, "sent"), string_of(counts, "accepted"), string_of(counts, "declined")};
  }
  return report;
}

Json choice_json(const ChoiceView& choice) {
  return Json::object({{"value", choice.value},
                       {"label", choice.label},
                       {"note", choice.note},
                       {"group", choice.group},
                       {"enabled", choice.enabled}});
}

Json field_json(const FieldView& field) {
  Json choices = array_of(field.choices, choice_json);
  return Json::object({{"path", field.path},
                       {"label", field.label},
                       {"hint", field.hint},
                       {"kind", field.kind},
                       {"text", field.text},
                       {"placeholder", field.placeholder},
                       {"error", field.error},
                       {"note", field.note},
                       {"applies", field.applies},
                       {"given", field.given},
                       {"min", field.min},
                       {"max", field.max},
                       {"step", field.step},
                       {"number", field.number ? Json(*field.number) : Json()},
                       {"in_force", field.in_force ? Json(*field.in_force) : Json()},
                       {"choices", std::move(choices)}});
}

Json fields_json(const std::vector<FieldView>& fields) { return array_of(fields, field_json); }

Json group_json(const GroupView& group) {
  const ReportView& report = group.report;
  Json plan = array_of(group.plan_by_month, [](std::int64_t month) -> Json { return month; });
  return Json::object({{"title", group.title},
                       {"fields", fields_json(group.fields)},
                       {"warning", group.warning},
                       {"report", Json::object({{"title", report.title},
                                                {"text", report.text},
                                                {"source", report.source},
                                                {"counts", fields_json(report.counts)},
                                                {"action", report.action}})},
                       {"removable", group.removable},
                       {"remove", group.remove},
                       {"plan_by_month", std::move(plan)}});
}

Json section_json(const SectionView& section) {
  Json groups = array_of(section.groups, group_json);
  return Json::object({{"title", section.title},
                       {"folded", section.folded},
                       {"fields", fields_json(section.fields)},
                       {"groups", std::move(groups)},
                       {"add_group", section.add_group}});
}

Json cell_json(const Cell& cell) {
  if (!cell.cents) return cell.text;
  return Json::object({{"text", cell.text}, {"cents", *cell.cents}});
}

Json cells_json(const std::vector<Cell>& cells) { return array_of(cells, cell_json); }

Json table_json(const TableView& table) {
  Json rows = array_of(table.rows, cells_json);
  return Json::object({{"title", table.title},
                       {"header", strings_json(table.header)},
                       {"rows", std::move(rows)},
                       {"marks", strings_json(table.marks)}});
}

Json series_json(const SeriesView& series) {
  Json values = array_of(series.values, [](std::int64_t value) -> Json { return value; });
  return Json::object({{"key", series.key},
                       {"label", series.label},
                       {"values", std::move(values)},
                       {"texts", strings_json(series.texts)},
                       {"latest", series.latest}});
}

Json chart_json(const ChartView& chart) {
  Json series = array_of(chart.series, series_json);
  Json ticks = array_of(chart.y_ticks, [](std::int64_t tick) -> Json { return tick; });
  return Json::object({{"title", chart.title},
                       {"y_label", chart.y_label},
                       {"months", strings_json(chart.months)},
                       {"series", std::move(series)},
                       {"y_ticks", std::move(ticks)},
                       {"y_tick_texts", strings_json(chart.y_tick_texts)},
                       {"band", chart.band ? Json::array({series_json(chart.band->first),
                                                          series_json(chart.band->second)})
                                           : Json()}});
}

std::string figures_json(const FiguresView& figures) {
  Json summary = Json::array();
  for (const SummaryItem& item : figures.summary) {
    summary.push_back(Json::object({{"key", item.key},
                                    {"label", item.label},
                                    {"value", cell_json(item.value)},
                                    {"note", item.note}}));
  }
  const Json rest = Json::object({{"verdict", Json::object({{"tone", figures.verdict.tone},
                                                            {"headline", figures.verdict.headline},
                                                            {"detail", figures.verdict.detail}})},
                                  {"summary", std::move(summary)},
                                  {"rate_warnings", strings_json(figures.rate_warnings)},
                                  {"rate_rule", figures.rate_rule},
                                  {"chart", chart_json(figures.chart)},
                                  {"months", table_json(figures.months)},
                                  {"groups", table_json(figures.groups)},
                                  {"notes", strings_json(figures.notes)}});
  return "{\"result\":" + result_to_json(figures.result) + "," + rest.dump().substr(1);
}

Json comparisons_json(const ComparisonsView& comparisons) {
  return Json::object({{"policies", table_json(comparisons.policies)},
                       {"plans", table_json(comparisons.plans)},
                       {"hint", comparisons.hint},
                       {"plan_prices", fields_json(comparisons.plan_prices)}});
}

Json goal_json(const GoalView& goal) {
  Json rows = Json::array();
  for (const GoalRowView& row : goal.rows) {
    rows.push_back(Json::object({{"plan", row.plan},
                                 {"cells", cells_json(row.cells)},
                                 {"mark", row.mark},
                                 {"adoptable", row.adoptable}}));
  }
  return Json::object({{"question", goal.question},
                       {"answer", goal.answer},
                       {"header", strings_json(goal.header)},
                       {"rows", std::move(rows)},
                       {"adopt", goal.adopt}});
}

Json notices_json(const std::vector<Notice>& notices) {
  Json list = Json::array();
  for (const Notice& notice : notices) {
    list.push_back(Json::object({{"field", notice.field},
                                 {"text", notice.text},
                                 {"droppable", notice.droppable},
                                 {"drop", notice.drop}}));
  }
  return list;
}

Json labels_json(const PageLabels& labels) {
  return Json::object({{"title", labels.title},
                       {"summary", labels.summary},
                       {"goal", labels.goal},
                       {"months", labels.months},
                       {"policies", labels.policies},
                       {"plans", labels.plans},
                       {"copy_csv", labels.copy_csv},
                       {"copy_link", labels.copy_link},
                       {"open_js_page", labels.open_js_page},
                       {"csv_copied", labels.csv_copied},
                       {"link_copied", labels.link_copied},
                       {"plan_bars", labels.plan_bars}});
}

Edit::Kind edit_kind(const std::string& name) {
  using Kind = Edit::Kind;
  static const std::pair<const char*, Kind> kKinds[] = {{"set", Kind::kSet},
                                                        {"add_group", Kind::kAddGroup},
                                                        {"remove_group", Kind::kRemoveGroup},
                                                        {"use_report", Kind::kUseReport},
                                                        {"adopt_goal", Kind::kAdoptGoal},
                                                        {"clear_example", Kind::kClearExample},
                                                        {"drop", Kind::kDrop},
                                                        {"set_month", Kind::kSetMonth}};
  for (const auto& [word, kind] : kKinds) {
    if (name == word) return kind;
  }
  return Kind::kDrop;  // with no field given, a drop changes nothing
}

PageState state_of(const Json& root) {
  PageState state;
  if (const Json* scenario = member(root, "scenario"); scenario && scenario->is_object()) {
    state.scenario = *scenario;
  }
  state.currency = string_of(root, "currency");
  if (const Json* unknown = member(root, "unknown_link_keys"); unknown && unknown->is_array()) {
    for (const Json& pair : unknown->items()) {
      const std::string* key =
          pair.is_array() && pair.size() == 2 ? pair.items()[0].as_string() : nullptr;
      const std::string* text = key ? pair.items()[1].as_string() : nullptr;
      if (text) state.unknown_link_keys.emplace_back(*key, *text);
    }
  }
  if (const Json* errors = member(root, "link_errors"); errors && errors->is_array()) {
    for (const Json& error : errors->items()) {
      state.link_errors.push_back({string_of(error, "field"), string_of(error, "message")});
    }
  }
  if (const Json* typed = member(root, "typed"); typed && typed->is_object()) {
    for (const auto& [path, text] : typed->members()) {
      if (const std::string* typed_text = text.as_string()) state.typed[path] = *typed_text;
    }
  }
  state.report = report_of(member(root, "report"));
  const Json* example = member(root, "example");
  state.example = example && example->as_bool() == true;
  if (const Json* last_good = member(root, "last_good"); last_good && last_good->is_object()) {
    state.last_good = *last_good;
  }
  return state;
}

Edit edit_of(const Json& root) {
  Edit edit;
  edit.kind = edit_kind(string_of(root, "kind"));
  edit.field = string_of(root, "field");
  edit.text = string_of(root, "text");
  // A set without text is no edit: a page that sends a number by mistake
  // must not clear the field.
  const Json* text = member(root, "text");
  if (edit.kind == Edit::Kind::kSet && !(text && text->is_string())) edit.field.clear();
  const std::int64_t group = integer_of(root, "group");
  edit.group = group < 0 ? SIZE_MAX : static_cast<std::size_t>(group);
  edit.month = static_cast<int>(std::clamp<std::int64_t>(integer_of(root, "month"), -1, 1000));
  edit.value = integer_of(root, "value");
  return edit;
}

}  // namespace

std::string state_to_json(const PageState& state) {
  Json unknown = Json::array();
  for (const auto& [key, text] : state.unknown_link_keys)
    unknown.push_back(Json::array({key, text}));
  Json typed = Json::object();
  for (const auto& [path, text] : state.typed) typed[path] = text;
  return Json::object({{"scenario", state.scenario},
                       {"currency", state.currency},
                       {"unknown_link_keys", std::move(unknown)},
                       {"link_errors", errors_json(state.link_errors)},
                       {"typed", std::move(typed)},
                       {"report", report_json(state.report)},
                       {"example", state.example},
                       {"last_good", state.last_good ? *state.last_good : Json()}})
      .dump();
}

// Whatever the text, a state: anything unreadable is left at its default,
// so that a page's stored state can never stop the engine.
PageState state_from_json(std::string_view json) {
  return state_of(detail::json_input_value(json).value_or(Json()));
}

Edit edit_from_json(std::string_view json) {
  return edit_of(detail::json_input_value(json).value_or(Json()));
}

PageUpdate page_update_from_json(std::string_view json) {
  const Json root = detail::json_input_value(json).value_or(Json());
  const Json* state = member(root, "state");
  const Json* edit = member(root, "edit");
  return {state_of(state ? *state : Json()), edit_of(edit ? *edit : Json())};
}

std::string csv_file_json(const PageState& state, YearMonth today, std::string_view date) {
  const std::optional<CsvFile> file = csv_of(state, today, date);
  if (!file) return errors_to_json({{"", "fix the marked input first"}});
  return Json::object({{"name", file->name}, {"csv", file->text}}).dump();
}

std::string view_to_json(const PageView& view) {
  Json sections = array_of(view.sections, section_json);
  const Json rest = Json::object(
      {{"query", view.query},
       {"errors", errors_json(view.errors)},
       {"notices", notices_json(view.notices)},
       {"example",
        view.example ? Json::object({{"text", view.example->text}, {"clear", view.example->clear}})
                     : Json()},
       {"sections", std::move(sections)},
       {"currency", view.currency},
       {"figures_stale", view.figures_stale},
       {"monte_carlo_asked", view.monte_carlo_asked},
       {"status", view.status},
       {"comparisons", view.comparisons ? comparisons_json(*view.comparisons) : Json()},
       {"goal", view.goal ? goal_json(*view.goal) : Json()},
       {"monte_carlo", view.monte_carlo
                           ? Json::object({{"lines", strings_json(view.monte_carlo->lines)}})
                           : Json()},
       {"monte_carlo_pending", view.monte_carlo_pending},
       {"scenario_words", strings_json(view.scenario_words)},
       {"labels", labels_json(view.labels)}});
  return "{\"figures\":" + (view.figures ? figures_json(*view.figures) : std::string("null")) +
         "," + rest.dump().substr(1);
}

std::string snapshot_json(const PageState& state, const PageView& view) {
  const bool current = view.figures && !view.figures_stale;
  return "{\"query\":" + Json(view.query).dump() + ",\"scenario\":" + state.scenario.dump() +
         ",\"currency\":" + Json(state.currency).dump() +
         ",\"result\":" + (current ? result_to_json(view.figures->result) : std::string("null")) +
         ",\"errors\":" + errors_json(view.errors).dump() + "}";
}

}  // namespace inmail

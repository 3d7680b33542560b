#include "field_errors.h"

#include <algorithm>
#include <utility>

#include "inmail/schema.h"

namespace inmail_ui {
namespace {

// The one scenario key without a widget: the page always shows comparisons.
constexpr std::string_view kNoWidget = "compare";

// Splits "groups[12].seats" into 12 and "seats"; false for any other shape.
bool split_group_field(std::string_view field, std::size_t& index, std::string_view& key) {
  constexpr std::string_view kPrefix = "groups[";
  if (field.substr(0, kPrefix.size()) != kPrefix) return false;
  const std::size_t close = field.find("].", kPrefix.size());
  if (close == std::string_view::npos || close == kPrefix.size()) return false;
  std::size_t parsed = 0;
  for (char c : field.substr(kPrefix.size(), close - kPrefix.size())) {
    if (c < '0' || c > '9') return false;
    parsed = parsed * 10 + static_cast<std::size_t>(c - '0');
  }
  index = parsed;
  key = field.substr(close + 2);
  return true;
}

bool is_link_field(std::string_view field) {
  const std::vector<inmail::FieldInfo>& fields = inmail::link_fields();
  return std::any_of(fields.begin(), fields.end(),
                     [&](const inmail::FieldInfo& info) { return info.key == field; });
}

}  // namespace

std::string input_field(std::string_view field) {
  const bool shorthand =
      inmail::is_top_level_key(field) && inmail::find_field(field, false) == nullptr;
  return shorthand ? "groups[0]." + std::string(field) : std::string(field);
}

std::string price_field(inmail::Plan plan) {
  return "seat_prices." + std::string(inmail::plan_info(plan).name);
}

bool has_input_for(std::string_view field, std::size_t group_count, inmail::Plan plan) {
  std::size_t index = 0;
  std::string_view key;
  if (split_group_field(field, index, key)) {
    return index < group_count && inmail::find_field(key, true) != nullptr;
  }
  if (field == price_field(plan) || is_link_field(field)) return true;
  const inmail::FieldInfo* info = inmail::find_field(field, false);
  return info != nullptr && info->kind != inmail::FieldKind::kPrices && field != kNoWidget;
}

FieldErrors::FieldErrors(std::vector<inmail::FieldError> errors) : errors_(std::move(errors)) {
  inputs_.reserve(errors_.size());
  for (const inmail::FieldError& error : errors_) inputs_.push_back(input_field(error.field));
}

std::string FieldErrors::message_for(std::string_view field) const {
  std::string messages;
  for (std::size_t index = 0; index < errors_.size(); ++index) {
    if (inputs_[index] != field) continue;
    if (!messages.empty()) messages += "; ";
    messages += errors_[index].message;
  }
  return messages;
}

std::vector<inmail::FieldError> FieldErrors::unplaced(std::size_t group_count,
                                                      inmail::Plan plan) const {
  std::vector<inmail::FieldError> unplaced;
  for (std::size_t index = 0; index < errors_.size(); ++index) {
    if (!has_input_for(inputs_[index], group_count, plan)) unplaced.push_back(errors_[index]);
  }
  return unplaced;
}

}  // namespace inmail_ui

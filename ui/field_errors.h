// The engine's errors (and a link's), placed next to the input they are about.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "inmail/plans.h"
#include "inmail/scenario.h"

namespace inmail_ui {

// The input a field path belongs to: the spec's shorthand keys ("seats",
// "response_rate", ...) describe group 0, everything else is its own input.
std::string input_field(std::string_view field);

// The path of a seat price, e.g. "seat_prices.recruiter".
std::string price_field(inmail::Plan plan);

// True when the input panel has a widget for `field`, with `group_count`
// groups and the price of `plan` (the plan in use) on screen.
bool has_input_for(std::string_view field, std::size_t group_count, inmail::Plan plan);

class FieldErrors {
 public:
  FieldErrors() = default;
  explicit FieldErrors(std::vector<inmail::FieldError> errors);

  bool empty() const { return errors_.empty(); }
  const std::vector<inmail::FieldError>& all() const { return errors_; }

  // Every message about the input `field`, joined by "; "; empty when none.
  std::string message_for(std::string_view field) const;

  // Errors that no widget of the panel shows (unknown keys, malformed links,
  // other plans' prices): the panel lists them at its top so none goes unseen.
  std::vector<inmail::FieldError> unplaced(std::size_t group_count, inmail::Plan plan) const;

 private:
  std::vector<inmail::FieldError> errors_;
  // input_field() of each error, in the same order: every widget asks for its
  // messages every frame, so the paths are built once, not per widget.
  std::vector<std::string> inputs_;
};

}  // namespace inmail_ui

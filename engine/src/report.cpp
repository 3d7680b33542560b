#include "inmail/report.h"

#include <cstdio>
#include <string>

namespace inmail {
namespace {

struct Column {
  const char* title;
  std::int64_t MonthFigures::*field;
};

constexpr Column kColumns[] = {
    {"Opening", &MonthFigures::opening},     {"Granted", &MonthFigures::granted},
    {"Bonus", &MonthFigures::bonus},         {"Refunded", &MonthFigures::refunded},
    {"Sent", &MonthFigures::sent},           {"Unsent", &MonthFigures::unsent},
    {"Responses", &MonthFigures::responses}, {"Expired", &MonthFigures::expired},
    {"Closing", &MonthFigures::closing},
};

std::string padded(const std::string& text, std::size_t width) {
  return text.size() >= width ? text : std::string(width - text.size(), ' ') + text;
}

std::string summary_line(const char* label, const std::string& value) {
  return std::string(label) + ": " + value + "\n";
}

std::string percent_text(std::int64_t bp) {
  char text[32];
  std::snprintf(text, sizeof text, "%lld.%02lld%%", static_cast<long long>(bp / 100),
                static_cast<long long>(bp % 100));
  return text;
}

std::string max_sustainable_text(const Solvers& solvers) {
  if (!solvers.max_sustainable_sends) return "n/a (several groups)";
  return std::to_string(*solvers.max_sustainable_sends);
}

std::string break_even_text(const Scenario& scenario, const Solvers& solvers) {
  if (solvers.break_even_response_bp) return percent_text(*solvers.break_even_response_bp);
  if (scenario.groups.size() > 1) return "n/a (several groups)";
  if (scenario.policy == Policy::kLegacy) return "n/a (legacy credits back unanswered InMails)";
  return "none (even 100% leaves InMails unsent)";
}

}  // namespace

std::string months_to_csv(const Result& result) {
  std::string csv = "Month";
  for (const Column& column : kColumns) csv += std::string(",") + column.title;
  csv += "\n";
  for (const MonthFigures& month : result.months) {
    csv += format_year_month(month.month);
    for (const Column& column : kColumns) csv += "," + std::to_string(month.*column.field);
    csv += "\n";
  }
  return csv;
}

std::string format_table(const Scenario& scenario, const Result& result) {
  constexpr std::size_t kWidth = 11;
  std::string table = padded("Month", 7);
  for (const Column& column : kColumns) table += padded(column.title, kWidth);
  table += "\n";
  for (const MonthFigures& month : result.months) {
    table += format_year_month(month.month);
    for (const Column& column : kColumns) {
      table += padded(std::to_string(month.*column.field), kWidth);
    }
    table += "\n";
  }
  const Totals& totals = result.totals;
  table += "\n";
  table += summary_line("InMails sent", std::to_string(totals.sent));
  table += summary_line("Credited back", std::to_string(totals.refunded));
  table += summary_line("Credits expired", std::to_string(totals.expired));
  table += summary_line("Not sent for lack of credits", std::to_string(totals.unsent));
  table +=
      summary_line("Refunds pending after the last month", std::to_string(totals.pending_refunds));
  table += summary_line("Largest sustainable sends per seat and month",
                        max_sustainable_text(result.solvers));
  table += summary_line("Break-even response rate", break_even_text(scenario, result.solvers));
  return table;
}

}  // namespace inmail

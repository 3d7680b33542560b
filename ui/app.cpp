#include "app.h"

#include <cmath>
#include <cstdio>

namespace inmail_ui {
namespace {

void write_money(inmail::Cell& cell, const App& app) {
  if (cell.cents) cell.text = app.write_money(*cell.cents, app.view.currency);
}

void write_money(std::vector<inmail::Cell>& cells, const App& app) {
  for (inmail::Cell& cell : cells) write_money(cell, app);
}

void write_money(inmail::TableView& table, const App& app) {
  for (std::vector<inmail::Cell>& row : table.rows) write_money(row, app);
}

// Money in the view, written once per view the way the reader's locale
// writes it (the engine gives the amounts in cents).
void write_money(App& app) {
  if (!app.write_money) return;
  inmail::PageView& view = app.view;
  if (view.figures) {
    for (inmail::SummaryItem& item : view.figures->summary) write_money(item.value, app);
  }
  if (view.comparisons) {
    write_money(view.comparisons->policies, app);
    write_money(view.comparisons->plans, app);
  }
  if (view.goal) {
    for (inmail::GoalRowView& row : view.goal->rows) write_money(row.cells, app);
  }
}

void refresh_view(App& app) {
  app.view = inmail::view_of(app.state, app.options);
  write_money(app);
}

}  // namespace

void open(App& app, std::string_view query, inmail::YearMonth today, double now_ms) {
  app.today = today;
  app.state = inmail::open_page(query, today);
  // The goal costs nothing unless the scenario asks for it.
  app.options = inmail::ViewOptions{today, false, true, false};
  refresh_view(app);
  app.monte_carlo_due_ms = now_ms + kMonteCarloSettleMs;
}

void apply(App& app, const inmail::Edit& edit, double now_ms) {
  const std::string query = app.view.query;
  app.state = inmail::update(std::move(app.state), edit, app.today);
  app.options.comparisons = app.comparisons_on_screen;
  app.options.monte_carlo = false;
  refresh_view(app);
  app.monte_carlo_due_ms = now_ms + kMonteCarloSettleMs;
  app.query_changed |= app.view.query != query;
  app.status.clear();
}

void want_comparisons(App& app) {
  if (app.options.comparisons) return;
  app.options.comparisons = true;
  refresh_view(app);
}

bool run_due_monte_carlo(App& app, double now_ms, bool widget_held) {
  if (!monte_carlo_pending(app) || widget_held || now_ms < app.monte_carlo_due_ms) return false;
  app.options.monte_carlo = true;
  refresh_view(app);
  return true;
}

std::string dragged_text(double value, bool whole) {
  if (whole) return std::to_string(std::llround(value));
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", std::round(value * 100.0) / 100.0);
  std::string written(text);
  while (written.back() == '0') written.pop_back();
  if (written.back() == '.') written.pop_back();
  return written;
}

}  // namespace inmail_ui

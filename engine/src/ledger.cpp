#include "inmail/ledger.h"

#include <algorithm>

namespace inmail {

Ledger::Ledger(std::optional<std::int64_t> expiry_days, int day_count)
    // A life longer than the projection never ends inside it.
    : expiry_days_(
          static_cast<int>(std::min<std::int64_t>(expiry_days.value_or(day_count), day_count))),
      lots_(static_cast<std::size_t>(std::max(day_count, 1)), 0) {}

void Ledger::add(int day, std::int64_t credits) {
  if (credits <= 0) return;
  lots_[static_cast<std::size_t>(day)] += credits;
  newest_ = std::max(newest_, day);
  balance_ += credits;
}

std::int64_t Ledger::expire(int day) {
  // A lot issued on day s is usable through s + expiry_days - 1.
  const int last_expired_issue_day = std::min(day - expiry_days_, newest_);
  std::int64_t expired = 0;
  for (; oldest_ <= last_expired_issue_day; ++oldest_) {
    expired += lots_[static_cast<std::size_t>(oldest_)];
    lots_[static_cast<std::size_t>(oldest_)] = 0;
  }
  balance_ -= expired;
  return expired;
}

std::int64_t Ledger::cap(std::int64_t max_balance) {
  const std::int64_t excess = balance_ - max_balance;
  if (excess <= 0) return 0;
  take_oldest(excess);
  return excess;
}

std::int64_t Ledger::spend(std::int64_t wanted) {
  const std::int64_t spent = std::min(wanted, balance_);
  if (spent > 0) take_oldest(spent);
  return spent;
}

void Ledger::take_oldest(std::int64_t credits) {
  balance_ -= credits;
  while (credits > 0) {
    std::int64_t& lot = lots_[static_cast<std::size_t>(oldest_)];
    const std::int64_t taken = std::min(lot, credits);
    lot -= taken;
    credits -= taken;
    if (lot == 0 && oldest_ < newest_) ++oldest_;
  }
}

}  // namespace inmail

#include "inmail/ledger.h"

#include <algorithm>

namespace inmail {
namespace {

// The smallest power of two that holds `slots`.
std::size_t ring_size(std::int64_t slots) {
  std::size_t size = 1;
  while (static_cast<std::int64_t>(size) < slots) size *= 2;
  return size;
}

}  // namespace

// A life as long as the projection never ends inside it.
Ledger::Ledger(std::optional<std::int64_t> expiry_days, int day_count)
    : lapses_(expiry_days && *expiry_days < day_count),
      expiry_days_(lapses_ ? static_cast<int>(*expiry_days) : day_count),
      lots_(ring_size(lapses_ ? expiry_days_ + 1 : 1), 0),
      slot_mask_(lots_.size() - 1) {}

void Ledger::add(int day, std::int64_t credits) {
  if (credits <= 0) return;
  // In an empty ledger the new lot is the oldest: the ring's slots then only
  // ever hold the days from oldest_ to newest_, fewer than its size.
  if (newest_ < oldest_) oldest_ = day;
  lot(day) += credits;
  newest_ = std::max(newest_, day);
  balance_ += credits;
}

std::int64_t Ledger::expire(int day) {
  if (!lapses_) return 0;
  // A lot issued on day s is usable through s + expiry_days - 1.
  const int last_expired_issue_day = std::min(day - expiry_days_, newest_);
  std::int64_t expired = 0;
  for (; oldest_ <= last_expired_issue_day; ++oldest_) {
    expired += lot(oldest_);
    lot(oldest_) = 0;
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
    std::int64_t& oldest = lot(oldest_);
    const std::int64_t taken = std::min(oldest, credits);
    oldest -= taken;
    credits -= taken;
    if (oldest == 0 && oldest_ < newest_) ++oldest_;
  }
}

}  // namespace inmail

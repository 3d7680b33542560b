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

void Ledger::reset(std::optional<std::int64_t> expiry_days, int day_count) {
  // A life as long as the projection never ends inside it.
  lapses_ = expiry_days && *expiry_days < day_count;
  expiry_days_ = lapses_ ? static_cast<int>(*expiry_days) : day_count;
  lots_.assign(ring_size(lapses_ ? expiry_days_ + 1 : 1), 0);
  slot_mask_ = lots_.size() - 1;
  oldest_ = 0;
  newest_ = -1;
  balance_ = 0;
}

std::int64_t Ledger::cap(std::int64_t max_balance) {
  const std::int64_t excess = balance_ - max_balance;
  if (excess <= 0) return 0;
  take_oldest(excess);
  return excess;
}

}  // namespace inmail

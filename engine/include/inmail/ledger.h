// The credit ledger of spec section 3: lots of credits that expire, spent
// oldest-first.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

namespace inmail {

// Credits of one ledger, kept as one lot per issue day. Every lot lives
// `expiry_days`, so issue order is expiry order and the oldest lot is always
// the one that expires first; lots issued on the same day merge. Only the
// last expiry_days + 1 issue days can hold credits, so the lots sit in a ring
// of that many slots. When no credit can lapse within the projection (no
// expiry, or one longer than it), which lot a send or the cap takes changes
// no figure, and the credits are kept as one lot.
class Ledger {
 public:
  // `day_count` bounds the issue days: lots may be issued on days
  // 0..day_count-1, each day's after the expiry of the day. `expiry_days`
  // nullopt: credits never lapse by age.
  Ledger(std::optional<std::int64_t> expiry_days, int day_count) { reset(expiry_days, day_count); }
  Ledger() = default;

  // Empties the ledger for a projection of `day_count` days (its memory kept).
  void reset(std::optional<std::int64_t> expiry_days, int day_count);

  // Adds `credits` issued on `day` (days never go backwards between calls).
  void add(int day, std::int64_t credits);

  // Removes the lots whose last usable day is before `day`; returns how many
  // credits that removed.
  std::int64_t expire(int day);

  // Removes credits above `max_balance` from the lots that expire first;
  // returns how many.
  std::int64_t cap(std::int64_t max_balance);

  // Takes up to `wanted` credits, oldest lots first; returns how many it got.
  std::int64_t spend(std::int64_t wanted);

  std::int64_t balance() const { return balance_; }

 private:
  // Removes up to `credits` from the oldest lots.
  void take_oldest(std::int64_t credits);

  std::int64_t& lot(int day) { return lots_[static_cast<std::size_t>(day) & slot_mask_]; }

  bool lapses_ = false;             // some credit can lapse within the projection
  int expiry_days_ = 0;             // when it lapses
  std::vector<std::int64_t> lots_;  // credits left, by issue day modulo the ring's size
  std::size_t slot_mask_ = 0;       // the ring's size (a power of two) minus 1
  int oldest_ = 0;                  // first issue day that may still hold credits
  int newest_ = -1;                 // last issue day with a lot
  std::int64_t balance_ = 0;
};

// add(), expire() and spend() run every day of every projection: inline.

inline void Ledger::add(int day, std::int64_t credits) {
  if (credits <= 0) return;
  // In an empty ledger the new lot is the oldest: the ring's slots then only
  // ever hold the days from oldest_ to newest_, fewer than its size.
  if (newest_ < oldest_) oldest_ = day;
  lot(day) += credits;
  newest_ = std::max(newest_, day);
  balance_ += credits;
}

inline std::int64_t Ledger::expire(int day) {
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

inline void Ledger::take_oldest(std::int64_t credits) {
  balance_ -= credits;
  while (credits > 0) {
    std::int64_t& oldest = lot(oldest_);
    const std::int64_t taken = std::min(oldest, credits);
    oldest -= taken;
    credits -= taken;
    if (oldest == 0 && oldest_ < newest_) ++oldest_;
  }
}

inline std::int64_t Ledger::spend(std::int64_t wanted) {
  const std::int64_t spent = std::min(wanted, balance_);
  if (spent > 0) take_oldest(spent);
  return spent;
}

}  // namespace inmail

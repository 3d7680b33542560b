#include "inmail/plans.h"

namespace inmail {
namespace {

constexpr std::size_t index_of(Policy policy) { return static_cast<std::size_t>(policy); }

// The entry of `infos` whose `member` is `value`, if any.
template <class Info, class Value>
const Info* find_info(const std::vector<Info>& infos, Value Info::*member, const Value& value) {
  for (const Info& info : infos) {
    if (info.*member == value) return &info;
  }
  return nullptr;
}

// A row of the plan table, every fact named where it is set.
class PlanRow {
 public:
  PlanRow(Plan plan, std::string_view name, std::string_view display_name) {
    info_.plan = plan;
    info_.name = name;
    info_.display_name = display_name;
  }
  // Credits per seat and month under each policy; nullopt: not offered.
  PlanRow& allotments(std::optional<std::int64_t> under_2015, std::optional<std::int64_t> legacy,
                      std::optional<std::int64_t> current) {
    info_.allotments[index_of(Policy::k2015)] = under_2015;
    info_.allotments[index_of(Policy::kLegacy)] = legacy;
    info_.allotments[index_of(Policy::kCurrent)] = current;
    return *this;
  }
  PlanRow& pools(bool by_default) {
    info_.pools = true;
    info_.pools_default = by_default;
    return *this;
  }
  PlanRow& launch_bonus() { return set(&PlanInfo::launch_bonus); }
  PlanRow& from_help_pages() { return set(&PlanInfo::from_help_pages); }
  PlanRow& rate_rule() { return set(&PlanInfo::rate_rule); }
  // Today's help pages: a cap of `multiple` x the allotment; credits that
  // never lapse by age, or that last 90 days.
  PlanRow& help_page_cap(std::int64_t multiple, bool credits_never_lapse) {
    info_.help_page_cap_multiple = multiple;
    info_.help_page_credits_never_lapse = credits_never_lapse;
    return *this;
  }
  PlanRow& source(std::string_view text) {
    info_.source = text;
    return *this;
  }
  operator PlanInfo() const { return info_; }  // NOLINT(google-explicit-constructor): a table row

 private:
  PlanRow& set(bool PlanInfo::*flag) {
    info_.*flag = true;
    return *this;
  }
  PlanInfo info_;
};

}  // namespace

const std::vector<PolicyInfo>& all_policies() {
  static const std::vector<PolicyInfo> policies = [] {
    PolicyInfo current;
    current.policy = Policy::kCurrent;
    current.name = "current";
    current.display_name = "Today (LinkedIn help pages)";
    current.source =
        "LinkedIn's help pages today: a response within 90 days earns the credit back; credits "
        "refresh monthly and roll over up to a cap (4x the allotment for Recruiter and Recruiter "
        "Lite, 3x for Sales Navigator and Premium).";
    current.help_page_limits = true;  // and its start is the caller's month
    PolicyInfo announced;
    announced.policy = Policy::k2015;
    announced.name = "2015";
    announced.display_name = "2015 policy";
    announced.source =
        "LinkedIn's 2015 announcement: an InMail answered within 90 days (a reply or \"not "
        "interested\") is credited back; credits accrue for 90 days.";
    announced.default_start = YearMonth{2015, 1};
    announced.launch_bonus_month = kLaunchBonusMonth;
    PolicyInfo legacy;
    legacy.policy = Policy::kLegacy;
    legacy.name = "legacy";
    legacy.display_name = "Before 2015";
    legacy.source =
        "The rule before 2015: an InMail with no response within 7 days was credited back a week "
        "after it was sent.";
    legacy.default_start = YearMonth{2015, 1};
    legacy.refund_rule = RefundRule::kUnansweredAfterAWeek;
    return std::vector<PolicyInfo>{current, announced, legacy};
  }();
  return policies;
}

const PolicyInfo& policy_info(Policy policy) {
  // Every enumerator is listed, so there is always one.
  return *find_info(all_policies(), &PolicyInfo::policy, policy);
}

std::string_view policy_name(Policy policy) { return policy_info(policy).name; }

std::optional<Policy> policy_from_name(std::string_view name) {
  const PolicyInfo* info = find_info(all_policies(), &PolicyInfo::name, name);
  return info ? std::optional(info->policy) : std::nullopt;
}

// Allotments: the 2015 ones from the 2015 announcement (seed text), legacy
// ones from its "up from"; the help-page plans and every `current` figure
// from LinkedIn's later help pages (Recruiter's `current` allotments are the
// 2015 figures: no newer public figure was found).
const std::vector<PlanInfo>& all_plans() {
  static const std::vector<PlanInfo> plans = {
      PlanRow(Plan::kRecruiter, "recruiter", "Recruiter")
          .allotments(150, 50, 150)
          .pools(true)
          .launch_bonus()
          .rate_rule()
          .help_page_cap(4, true)
          .source("2015 announcement: 150 a seat (50 before 2015). Help pages: credits roll over "
                  "up to 4x."),
      PlanRow(Plan::kRecruiterProfessionalServices, "recruiter_professional_services",
              "Recruiter Professional Services")
          .allotments(100, 50, 100)
          .pools(true)
          .launch_bonus()
          .rate_rule()
          .help_page_cap(4, true)
          .source("2015 announcement: 100 a seat (50 before 2015). Help pages: credits roll over "
                  "up to 4x."),
      PlanRow(Plan::kRecruiterLite, "recruiter_lite", "Recruiter Lite")
          .allotments(30, 25, 30)
          .help_page_cap(4, true)
          .source("2015 announcement: 30 a seat (25 before 2015). Help pages: 30 a month, 120 at "
                  "most."),
      PlanRow(Plan::kTalentFinder, "talent_finder", "Talent Finder")
          .allotments(25, 25, std::nullopt)
          .source("2015 announcement: 25 a seat. No longer sold."),
      PlanRow(Plan::kSalesNavigator, "sales_navigator", "Sales Navigator")
          .allotments(50, std::nullopt, 50)
          .from_help_pages()
          .help_page_cap(3, false)
          .source("Help pages: 50 a month, 150 at most (Core, Advanced and Advanced Plus); credits "
                  "last 90 days."),
      PlanRow(Plan::kPremiumCareer, "premium_career", "Premium Career")
          .allotments(5, std::nullopt, 5)
          .from_help_pages()
          .help_page_cap(3, false)
          .source("Help pages: 5 a month, 15 at most; credits last 90 days."),
      PlanRow(Plan::kPremiumBusiness, "premium_business", "Premium Business")
          .allotments(15, std::nullopt, 15)
          .from_help_pages()
          .help_page_cap(3, false)
          .source("Help pages: 15 a month, 45 at most; credits last 90 days."),
      PlanRow(Plan::kCustom, "custom", "Custom")
          .allotments(std::nullopt, std::nullopt, std::nullopt)
          .pools(false)
          .source("Your own allotment per seat and month."),
  };
  return plans;
}

const PlanInfo& plan_info(Plan plan) {
  // Every enumerator is listed, so there is always one.
  return *find_info(all_plans(), &PlanInfo::plan, plan);
}

std::optional<Plan> plan_from_name(std::string_view name) {
  const PlanInfo* info = find_info(all_plans(), &PlanInfo::name, name);
  return info ? std::optional(info->plan) : std::nullopt;
}

std::optional<std::int64_t> plan_allotment(Plan plan, Policy policy) {
  return plan_info(plan).allotments[index_of(policy)];
}

bool policy_offers(Policy policy, Plan plan) {
  return plan == Plan::kCustom || plan_allotment(plan, policy).has_value();
}

Limit default_balance_cap(Policy policy, Plan plan, std::int64_t allotment) {
  const std::int64_t multiple = plan_info(plan).help_page_cap_multiple;
  if (!policy_info(policy).help_page_limits || multiple == 0) return std::nullopt;
  return multiple * allotment;
}

Limit default_expiry_days(Policy policy, Plan plan) {
  if (policy_info(policy).help_page_limits && plan_info(plan).help_page_credits_never_lapse) {
    return std::nullopt;
  }
  return kDefaultExpiryDays;
}

bool has_launch_bonus(Policy policy, Plan plan) {
  return policy_info(policy).launch_bonus_month && plan_info(plan).launch_bonus;
}

}  // namespace inmail

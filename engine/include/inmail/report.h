// Human-readable renderings of a result: CSV and a plain-text table.
#pragma once

#include <string>

#include "inmail/projection.h"
#include "inmail/scenario.h"

namespace inmail {

// The month table as CSV with the header
// Month,Opening,Granted,Bonus,Refunded,Sent,Unsent,Responses,Expired,Closing
std::string months_to_csv(const Result& result);

// Month table plus a summary, for terminals; the scenario explains the
// solvers' n/a answers.
std::string format_table(const Scenario& scenario, const Result& result);

}  // namespace inmail

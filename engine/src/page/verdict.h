// The answer to the question a person brings, in words: are the credits
// enough, when do they first fall short and by how much, and the smallest
// change that covers it.
#pragma once

#include "inmail/page_model.h"
#include "inmail/scenario.h"

namespace inmail::detail {

// `result` is the scenario's deterministic projection with its solvers.
Verdict verdict_of(const Scenario& scenario, const Result& result);

}  // namespace inmail::detail

# Checks the CLI's exit codes and outputs:
#   cmake -DCLI=... -DDATA=... -DVERSION=... -P cli_test.cmake
# No run may take long: one that hangs ends after 5 seconds, and fails.
function(expect_run expected_code expected_text)
  execute_process(COMMAND ${CLI} ${ARGN} RESULT_VARIABLE code OUTPUT_VARIABLE out
                  ERROR_VARIABLE err TIMEOUT 5)
  if(NOT code STREQUAL "${expected_code}")
    message(FATAL_ERROR "inmail-calc ${ARGN}: exit ${code}, expected ${expected_code}\n${out}${err}")
  endif()
  string(FIND "${out}${err}" "${expected_text}" found)
  if(found EQUAL -1)
    message(FATAL_ERROR "inmail-calc ${ARGN}: output lacks '${expected_text}'\n${out}${err}")
  endif()
endfunction()

set(work "${CMAKE_CURRENT_BINARY_DIR}/cli_test_work")
file(MAKE_DIRECTORY "${work}")
file(WRITE "${work}/good.json" [=[{"plan": "recruiter_lite", "months": 2, "sends_per_month": 20}]=])
file(WRITE "${work}/bad.json" [=[{"months": 0, "plan": "gold"}]=])
file(WRITE "${work}/broken.json" [=[{"months": ]=])

expect_run(0 "\"months\": [" project "${work}/good.json")
expect_run(0 "Month,Opening,Granted,Bonus,Credited back,Sent,Not sent,Responses,Expired,Closing"
           project "${work}/good.json" --format csv)
expect_run(0 "InMails sent: 40" project "${work}/good.json" --format table)
expect_run(2 "\"field\": \"months\"" project "${work}/bad.json")
expect_run(2 "\"field\": \"plan\"" project "${work}/bad.json")
expect_run(2 "invalid JSON" project "${work}/broken.json")
expect_run(1 "cannot read" project "${work}/missing.json")
# Input is read up to the engine's limit only: an endless file fails at once.
expect_run(2 "\"message\": \"scenario is larger than 1048576 bytes\"" project /dev/zero)
expect_run(2 "\"message\": \"scenario is larger than 1048576 bytes\"" link /dev/zero)
expect_run(1 "--format takes json, table or csv" project "${work}/good.json" --format xml)
expect_run(0 "Usage: inmail-calc project" project --help)
expect_run(0 "ns_per_projection" bench "${work}/good.json" --iterations 3)
expect_run(1 "unknown command" frobnicate)

# Spec v2: the caller's month, links, the schema, the version.
file(WRITE "${work}/today.json" [=[{"policy": "current", "plan": "recruiter_lite", "months": 1}]=])
expect_run(0 "\"start\": \"2027-03\"" project "${work}/today.json" --today 2027-03)
expect_run(1 "--today takes a month YYYY-MM" project "${work}/today.json" --today 2027-13)
expect_run(0 "v=2&plan=recruiter_lite&months=1" link "${work}/today.json")
expect_run(0 "https://example.com/index.html?v=2&plan=recruiter_lite&months=1&currency=EUR"
           link "${work}/today.json" --base https://example.com/index.html --currency EUR)
expect_run(2 "\"field\": \"months\"" link "${work}/bad.json")
expect_run(0 "\"month\": \"2027-03\"" project --query "v=2&plan=recruiter_lite&months=1" --today 2027-03)
expect_run(2 "\"message\": \"is not UTF-8 text in the link\"" project --query "plan=%ff")
expect_run(0 "Total cost (USD)" project --query "v=2&seat_prices=%7B%22recruiter%22%3A825.5%7D&currency=USD" --format table)
expect_run(0 "\"spec_version\":\"3\"" schema)
expect_run(0 "inmail-calc ${VERSION} (spec v3)" --version)

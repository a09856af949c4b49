# Runs one validator on one file for CTest:
#   cmake -DTOOL=desktop-file-validate -DPACKAGE=desktop-file-utils -DFILE=... [-DARGS="--a;--b"] -P RunValidator.cmake
# It fails when the tool reports a problem. A tool that is not installed is a skip on a developer machine (the
# test's SKIP_REGULAR_EXPRESSION matches "SKIPPED:"), and a failure in CI (FERRY_CI), where
# packaging/install-deps.sh test installs it.
find_program(validator NAMES ${TOOL})
if(NOT validator)
    if(NOT "$ENV{FERRY_CI}" STREQUAL "")
        message(FATAL_ERROR "${TOOL} is required but not installed (apt-get install ${PACKAGE})")
    endif()
    message("SKIPPED: ${TOOL} is not installed (apt-get install ${PACKAGE}), so ${FILE} was not validated")
    return()
endif()
execute_process(COMMAND ${validator} ${ARGS} ${FILE} RESULT_VARIABLE result OUTPUT_VARIABLE output
                ERROR_VARIABLE output)
message("${validator} ${ARGS} ${FILE}\n${output}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${TOOL} found problems in ${FILE} (exit status ${result})")
endif()

# Runs one validator on one file (or tree) and fails on an error or a warning (hints, infos and pedantic notes pass).
# cmake -DTOOL=desktop-file-validate|appstreamcli -DARGUMENTS="validate|--no-net" -DFILE=path -P runvalidator.cmake
if(NOT TOOL OR TOOL MATCHES "-NOTFOUND$")
    message(FATAL_ERROR "The validator is not installed (${TOOL}): scripts/setup.sh installs desktop-file-utils and "
        "appstream")
endif()
if(NOT EXISTS "${FILE}")
    message(FATAL_ERROR "No file to validate: ${FILE}")
endif()
string(REPLACE "|" ";" arguments "${ARGUMENTS}")
execute_process(COMMAND ${TOOL} ${arguments} ${FILE} RESULT_VARIABLE result OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
message("${TOOL} ${arguments} ${FILE}\n${output}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${TOOL} failed (exit code ${result})")
endif()
# desktop-file-validate: "FILE: warning: …"; appstreamcli: "W: id:line: tag …" and "E: …".
if(output MATCHES ": (warning|error): " OR output MATCHES "(^|\n)[WE]: ")
    message(FATAL_ERROR "${TOOL} reported warnings or errors")
endif()

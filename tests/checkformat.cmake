# Fails when any C++ source of the project differs from what clang-format would write.
file(GLOB_RECURSE sources
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
    ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h
    ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
    ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
set(unformatted "")
foreach(source IN LISTS sources)
    execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror ${source}
        RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
    if(NOT result EQUAL 0)
        list(APPEND unformatted ${source})
    endif()
endforeach()
if(unformatted)
    list(JOIN unformatted "\n  " listing)
    message(FATAL_ERROR "Not clang-formatted (run clang-format -i on them):\n  ${listing}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files clang-formatted")

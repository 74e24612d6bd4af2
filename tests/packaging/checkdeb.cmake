# Builds the Debian package with CPack from the build directory (the trove binary and icons already built) and
# checks it as a user would meet it: the control fields (name, version, the shared libraries dpkg-shlibdeps
# found and the Qt plugins declared by hand), every file an installed desktop application needs and nothing
# else, the icons' real pixel sizes, the desktop entry and metainfo inside the package pass their validators and
# name each other, and the packaged binary runs: it imports a small generated archive and reports it.
#
# cmake -DBINARY_DIR= -DWORK_DIR= -DAPP_ID= -DVERSION= -DICON_SIZES=16,22,… -DCPACK= -DDPKG_DEB=
#       -DDESKTOP_FILE_VALIDATE= -DAPPSTREAMCLI= -DVALIDATOR_SCRIPT= -DRUNTIME_PLUGINS=path,… -P checkdeb.cmake
foreach(tool CPACK DPKG_DEB)
    if(NOT ${tool} OR ${tool} MATCHES "-NOTFOUND$")
        message(FATAL_ERROR "${tool} is not installed (${${tool}})")
    endif()
endforeach()
string(REPLACE "," ";" icon_sizes "${ICON_SIZES}")
set(failures "")
# check("<if() condition>" "what is wrong"): records a failure, so that every check runs and all are reported.
function(check condition message_text)
    cmake_language(EVAL CODE "if(${condition})\nset(passed TRUE)\nelse()\nset(passed FALSE)\nendif()")
    if(NOT passed)
        list(APPEND failures "${message_text}")
        set(failures "${failures}" PARENT_SCOPE)
        message("FAIL: ${message_text}")
    endif()
endfunction()

# 1. The package.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND ${CPACK} -G DEB --config ${BINARY_DIR}/CPackConfig.cmake -B ${WORK_DIR}
    WORKING_DIRECTORY ${BINARY_DIR} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
message("${output}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cpack -G DEB failed (exit code ${result})")
endif()
file(GLOB debs "${WORK_DIR}/trove_*.deb")
list(LENGTH debs deb_count)
if(NOT deb_count EQUAL 1)
    message(FATAL_ERROR "expected one trove_*.deb in ${WORK_DIR}, found: ${debs}")
endif()
set(deb "${debs}")
execute_process(COMMAND dpkg --print-architecture OUTPUT_VARIABLE architecture OUTPUT_STRIP_TRAILING_WHITESPACE)
get_filename_component(deb_name "${deb}" NAME)
check("deb_name STREQUAL \"trove_${VERSION}_${architecture}.deb\"" "file name ${deb_name}")
file(SIZE "${deb}" deb_size)
message("${deb_name}: ${deb_size} bytes")

# 2. The control fields.
function(control_field field variable)
    execute_process(COMMAND ${DPKG_DEB} -f ${deb} ${field} OUTPUT_VARIABLE value
        OUTPUT_STRIP_TRAILING_WHITESPACE)
    set(${variable} "${value}" PARENT_SCOPE)
    message("${field}: ${value}")
endfunction()
control_field(Package package)
control_field(Version version)
control_field(Architecture deb_architecture)
control_field(Depends depends)
control_field(Recommends recommends)
control_field(Section section)
control_field(Maintainer maintainer)
control_field(Description description)
check("package STREQUAL \"trove\"" "Package is '${package}', not trove")
check("version STREQUAL \"${VERSION}\"" "Version is '${version}', not ${VERSION}")
check("deb_architecture STREQUAL \"${architecture}\"" "Architecture is '${deb_architecture}'")
check("NOT maintainer STREQUAL \"\"" "no Maintainer")
check("description MATCHES \"influence-operation\"" "Description lacks the summary")
# Found by dpkg-shlibdeps from the binary (each with a minimum version), then the run-time plugins.
foreach(dependency libc6 libstdc..6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libsqlite3-0 libzip4
                   libqt6svg6)
    check("depends MATCHES \"(^|, )${dependency}( \\\\(|,|$)\""
        "Depends lacks ${dependency}: ${depends}")
endforeach()
check("depends MATCHES \"(^|, )libqt6core6 \\\\(>= 6\"" "libqt6core6 without a version from dpkg-shlibdeps")
check("recommends MATCHES \"(^|, )fonts-noto-color-emoji(,|$)\"" "Recommends lacks fonts-noto-color-emoji")
check("recommends MATCHES \"(^|, )qt6-wayland(,|$)\"" "Recommends lacks qt6-wayland")
# The Qt plugins Trove loads at run time (the X11 platform plugin, the SVG icon engine and image plugin): the
# Debian package that holds each one, as dpkg says on this machine, must be a dependency.
string(REPLACE "," ";" runtime_plugins "${RUNTIME_PLUGINS}")
foreach(plugin IN LISTS runtime_plugins)
    execute_process(COMMAND dpkg-query -S ${plugin} OUTPUT_VARIABLE owner RESULT_VARIABLE result
        OUTPUT_STRIP_TRAILING_WHITESPACE)
    string(REGEX REPLACE ":.*" "" owner "${owner}")
    message("${plugin} is in ${owner}")
    check("result EQUAL 0 AND NOT owner STREQUAL \"\"" "no Debian package holds ${plugin}")
    check("depends MATCHES \"(^|, )${owner}( \\\\(|,|$)\"" "Depends lacks ${owner}, which holds ${plugin}")
endforeach()

# 3. The files: everything a desktop application needs, owned by root, and nothing but them.
execute_process(COMMAND ${DPKG_DEB} -c ${deb} OUTPUT_VARIABLE listing RESULT_VARIABLE result)
check("result EQUAL 0" "dpkg-deb -c failed")
message("${listing}")
set(expected
    ./usr/bin/trove
    ./usr/share/applications/${APP_ID}.desktop
    ./usr/share/metainfo/${APP_ID}.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
    ./usr/share/doc/trove/copyright
    ./usr/share/doc/trove/LICENSE
    ./usr/share/doc/trove/README.md)
foreach(size IN LISTS icon_sizes)
    list(APPEND expected ./usr/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
string(REPLACE "\n" ";" lines "${listing}")
set(files "")
foreach(line IN LISTS lines)
    if(line STREQUAL "")
        continue()
    endif()
    # "-rwxr-xr-x root/root 123 2026-11-23 10:00 ./usr/bin/trove"
    string(REGEX MATCH "^([-dl][rwxsS-]+) ([^ ]+) +[0-9]+ [0-9-]+ [0-9:]+ (.*)$" parsed "${line}")
    set(mode "${CMAKE_MATCH_1}")
    set(owner "${CMAKE_MATCH_2}")
    set(path "${CMAKE_MATCH_3}")
    check("NOT parsed STREQUAL \"\"" "unreadable listing line: ${line}")
    check("owner STREQUAL \"root/root\"" "${path} is owned by ${owner}")
    if(mode MATCHES "^d")
        check("mode STREQUAL \"drwxr-xr-x\"" "directory ${path} has mode ${mode}")
        continue()
    endif()
    list(APPEND files "${path}")
    if(path STREQUAL "./usr/bin/trove")
        check("mode STREQUAL \"-rwxr-xr-x\"" "the binary has mode ${mode}")
    else()
        check("mode STREQUAL \"-rw-r--r--\"" "${path} has mode ${mode}")
    endif()
endforeach()
foreach(path IN LISTS expected)
    list(FIND files "${path}" index)
    check("index GREATER -1" "the package lacks ${path}")
endforeach()
foreach(path IN LISTS files)
    list(FIND expected "${path}" index)
    check("index GREATER -1" "the package holds an unexpected file ${path}")
endforeach()

# 4. Unpacked: icon sizes, the desktop entry and the metainfo.
set(root "${WORK_DIR}/root")
execute_process(COMMAND ${DPKG_DEB} -x ${deb} ${root} RESULT_VARIABLE result)
check("result EQUAL 0" "dpkg-deb -x failed")
foreach(size IN LISTS icon_sizes)
    set(png "${root}/usr/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png")
    if(EXISTS "${png}")
        # The PNG signature, then IHDR: width and height as big-endian 32-bit integers at offsets 16 and 20.
        file(READ "${png}" header LIMIT 24 HEX)
        string(SUBSTRING "${header}" 0 16 signature)
        string(SUBSTRING "${header}" 32 8 width_hex)
        string(SUBSTRING "${header}" 40 8 height_hex)
        math(EXPR width "0x${width_hex}")
        math(EXPR height "0x${height_hex}")
        check("signature STREQUAL \"89504e470d0a1a0a\"" "${size}x${size} icon is not a PNG")
        check("width EQUAL ${size} AND height EQUAL ${size}" "${size}x${size} icon is ${width}x${height}")
    endif()
endforeach()
set(desktop_file "${root}/usr/share/applications/${APP_ID}.desktop")
set(metainfo "${root}/usr/share/metainfo/${APP_ID}.metainfo.xml")
if(EXISTS "${desktop_file}" AND EXISTS "${metainfo}")
    file(READ "${desktop_file}" desktop)
    file(READ "${metainfo}" metainfo_text)
    check("desktop MATCHES \"\\nIcon=${APP_ID}\\n\"" "the desktop entry's Icon is not ${APP_ID}")
    check("desktop MATCHES \"\\nExec=trove( |\\n)\"" "the desktop entry does not run trove")
    check("metainfo_text MATCHES \"<id>${APP_ID}</id>\"" "the metainfo id is not ${APP_ID}")
    check("metainfo_text MATCHES \"<launchable type=\\\"desktop-id\\\">${APP_ID}.desktop</launchable>\""
        "the metainfo does not launch ${APP_ID}.desktop")
    check("metainfo_text MATCHES \"<release version=\\\"${VERSION}\\\"\"" "the metainfo's release is not ${VERSION}")
    check("metainfo_text MATCHES \"<project_license>GPL-3.0-or-later</project_license>\""
        "the metainfo's licence is not GPL-3.0-or-later")
    execute_process(COMMAND ${CMAKE_COMMAND} -DTOOL=${DESKTOP_FILE_VALIDATE} -DFILE=${desktop_file}
        -P ${VALIDATOR_SCRIPT} RESULT_VARIABLE result)
    check("result EQUAL 0" "the packaged desktop entry fails desktop-file-validate")
    # validate-tree: the metainfo as installed, with the desktop entry it launches.
    execute_process(COMMAND ${CMAKE_COMMAND} -DTOOL=${APPSTREAMCLI} -DARGUMENTS=validate-tree|--no-net
        -DFILE=${root} -P ${VALIDATOR_SCRIPT} RESULT_VARIABLE result)
    check("result EQUAL 0" "the unpacked package fails appstreamcli validate-tree")
endif()
file(READ "${root}/usr/share/doc/trove/copyright" copyright)
check("copyright MATCHES \"^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\""
    "copyright is not in the machine-readable format")
check("copyright MATCHES \"License: GPL-3.0-or-later\"" "copyright does not name GPL-3.0-or-later")

# 5. The packaged binary runs on the system's libraries (no run path into the build directory) and works.
set(trove "${root}/usr/bin/trove")
find_program(READELF readelf)
if(READELF)
    execute_process(COMMAND ${READELF} -d ${trove} OUTPUT_VARIABLE dynamic)
    check("NOT dynamic MATCHES \"R(UN)?PATH\"" "the packaged binary has a run path")
endif()
set(ENV{TROVE_HOME} "${WORK_DIR}/home")
set(ENV{LC_ALL} C.UTF-8)
execute_process(COMMAND ${trove} --version RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
message("trove --version: ${output}")
check("result EQUAL 0 AND output MATCHES \"${VERSION}\"" "trove --version: ${result} ${output}")
execute_process(COMMAND ${trove} generate --tweets 500 --accounts 20 --seed 7 --no-quirks ${WORK_DIR}/archive
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
check("result EQUAL 0" "trove generate: ${result} ${output}")
execute_process(COMMAND ${trove} import --cache ${WORK_DIR}/small.trove ${WORK_DIR}/archive
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE error)
message("trove import: ${output}")
check("result EQUAL 0" "trove import: ${result} ${output} ${error}")
execute_process(COMMAND ${trove} info --cache ${WORK_DIR}/small.trove --json
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE error)
message("trove info --json: ${output}")
check("result EQUAL 0" "trove info: ${result} ${output} ${error}")
string(JSON tweets ERROR_VARIABLE json_error GET "${output}" campaigns 0 tweets)
check("tweets EQUAL 500" "trove info reports ${tweets} tweets, not 500 (${json_error})")

if(failures)
    list(LENGTH failures count)
    message(FATAL_ERROR "${count} packaging check(s) failed")
endif()
message("The package ${deb_name} (${deb_size} bytes) passed every check")

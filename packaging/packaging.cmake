# Packaging (issue 7), included once from the top CMakeLists.txt after the targets: the application icon
# (resources/), the desktop entry, the AppStream metainfo, the install rules and the Debian package built with
# CPack: `cpack -G DEB` in the build directory writes trove_<version>_<arch>.deb.
include(GNUInstallDirs)

# The application id, in reverse-DNS form: the name of the desktop file, the metainfo, the icon, and the
# AppStream component id. Change it everywhere at once or not at all.
set(TROVE_APP_ID org.trove_project.Trove)
# The release that project(VERSION) names: its date goes into the metainfo's <releases>. Change both together.
set(TROVE_RELEASE_DATE 2026-11-23)
set(TROVE_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(TROVE_ICON_BUILD_DIR ${PROJECT_BINARY_DIR}/resources/icons/hicolor)
set(TROVE_METAINFO ${PROJECT_BINARY_DIR}/packaging/${TROVE_APP_ID}.metainfo.xml)
set(TROVE_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})

add_subdirectory(${PROJECT_SOURCE_DIR}/resources ${PROJECT_BINARY_DIR}/resources)
configure_file(${TROVE_PACKAGING_DIR}/${TROVE_APP_ID}.metainfo.xml.in ${TROVE_METAINFO} @ONLY)

# Install rules (the trove binary itself is installed by app/CMakeLists.txt to bin). It links only system
# libraries, so the installed binary carries no run path ($ORIGIN/../lib is what qt_standard_project_setup adds).
set_target_properties(trove PROPERTIES INSTALL_RPATH "")
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
install(FILES ${TROVE_PACKAGING_DIR}/${TROVE_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${TROVE_METAINFO} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
foreach(size IN LISTS TROVE_ICON_SIZES)
    install(FILES ${TROVE_ICON_BUILD_DIR}/${size}x${size}/apps/${TROVE_APP_ID}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/${TROVE_APP_ID}.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/LICENSE ${TROVE_PACKAGING_DIR}/copyright
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/trove)

# The Debian package.
set(TROVE_PACKAGE_MAINTAINER "Trove maintainers" CACHE STRING
    "The Maintainer field of the Debian package: \"Name <email>\" of whoever publishes it")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME trove)
set(CPACK_PACKAGE_VENDOR "The Trove contributors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The long description of the package, one paragraph wrapped for `apt show`.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Trove imports the archives of state-backed influence operations that Twitter"
    "published from 2018 on, and the FiveThirtyEight and NBC News collections of"
    "Russian troll tweets, into a local SQLite cache with a full-text index, and lets"
    "investigators explore millions of tweets offline: campaigns, accounts, timelines,"
    "threads and account dossiers, search in Latin, Cyrillic, Arabic and Persian"
    "scripts, and export to CSV or JSON. The same binary imports, searches and"
    "exports from the command line.")
set(CPACK_PACKAGE_CONTACT "${TROVE_PACKAGE_MAINTAINER}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${TROVE_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The shared libraries the binary links (Qt, SQLite, libzip, the C++ runtime) come from dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What it loads at run time, which dpkg-shlibdeps cannot see: Qt's plugins. On Debian 12 the X11 platform plugin
# (xcb) and the jpeg/gif image plugins are in libqt6gui6, already a dependency; the SVG icon engine and image
# plugin (the window icon is an SVG) are in libqt6svg6. qt6-qpa-plugins holds only the VNC platform plugin, so it
# is not needed. Native Wayland needs qt6-wayland (without it Qt runs through XWayland): recommended. Trove reads
# SQLite through its C API, not QtSql (no libqt6sql6-sqlite). Tweets are full of emoji: without an emoji font
# they draw as empty boxes.
# The media preview plays videos with Qt Multimedia (libqt6multimedia6, found by dpkg-shlibdeps, holds its
# GStreamer backend plugin, but not GStreamer's own plugins it loads): playback and conversion are in
# gstreamer1.0-plugins-base, the MP4 demuxer and the JPEG decoder in gstreamer1.0-plugins-good, H.264 and AAC
# (the genuine archives' videos) in gstreamer1.0-libav. WebP images need qt6-image-formats-plugins: recommended.
# tests/packaging checks that the packages holding these plugins are in Depends.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6svg6, libqt6multimedia6, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, gstreamer1.0-libav")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-wayland, fonts-noto-color-emoji, qt6-translations-l10n, qt6-image-formats-plugins")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")
include(CPack)

#!/usr/bin/env bash
# Installs what Trove needs to build and run on Debian 12 (only the packages that are missing), then
# configures and builds it in ./build. Used by run.sh and test.sh; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    build-essential cmake ninja-build pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libsqlite3-dev sqlite3 libzip-dev
    qt6-svg-dev # charts are exported as SVG for reports (QSvgGenerator), and SVG icons load
    qt6-translations-l10n # Qt's own dialogs and buttons in the UI languages Trove ships
    # The media preview plays videos with Qt Multimedia, whose Debian backend is GStreamer: playback and
    # conversion (base), the MP4 demuxer and JPEG decoder the synthetic test videos need (good), H.264 and
    # AAC of the genuine archives' MP4s (libav). WebP images load through Qt's extra image plugins.
    qt6-multimedia-dev gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
    qt6-image-formats-plugins
    unzip # the media benchmark lists the same zips with unzip -l as its reference
    desktop-file-utils appstream # the packaging tests validate the .desktop file and the AppStream metainfo
    xvfb xauth time
    fonts-noto-color-emoji # tweets are full of emoji; without a font they draw as empty boxes
)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing Debian packages: ${missing[*]}" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

build_type="${TROVE_BUILD_TYPE:-RelWithDebInfo}"
if [ ! -f build/build.ninja ]; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$build_type" >&2
fi
cmake --build build -j"$(nproc)" >&2

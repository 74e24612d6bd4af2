#include "core/synth/zippackager.h"

#include <QDir>
#include <QFile>

#include <zip.h>

#include <utility>

namespace trove::synthetic {

ZipPackager::ZipPackager(std::function<bool()> progress)
    : m_progress(std::move(progress))
{}

bool ZipPackager::write(const QString &zipPath, const QStringList &sources, const QStringList &entryNames)
{
    const QByteArray encodedPath = QFile::encodeName(zipPath);
    const QString nativePath = QDir::toNativeSeparators(zipPath);
    m_cancelled = false;
    int errorCode = 0;
    zip_t *archive = zip_open(encodedPath.constData(), ZIP_CREATE | ZIP_TRUNCATE, &errorCode);
    if (archive == nullptr) {
        zip_error_t error;
        zip_error_init_with_code(&error, errorCode);
        m_error = QStringLiteral("Cannot create %1: %2")
                      .arg(nativePath, QString::fromUtf8(zip_error_strerror(&error)));
        zip_error_fini(&error);
        return false;
    }
    const auto fail = [&](const QString &what) {
        m_error = QStringLiteral("Cannot write %1: %2 (%3)")
                      .arg(nativePath, QString::fromUtf8(zip_strerror(archive)), what);
        zip_discard(archive);
        return false;
    };
    for (int index = 0; index < sources.size(); ++index) {
        const QByteArray source = QFile::encodeName(sources.at(index));
        zip_source_t *data = zip_source_file(archive, source.constData(), 0, 0);
        if (data == nullptr)
            return fail(QDir::toNativeSeparators(sources.at(index)));
        const QByteArray name = entryNames.at(index).toUtf8();
        const zip_int64_t entry =
            zip_file_add(archive, name.constData(), data, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (entry < 0) {
            zip_source_free(data);
            return fail(entryNames.at(index));
        }
        // A fixed DOS timestamp (2018-10-17 00:00, the first release) keeps zips byte-identical across runs;
        // level 1 deflate keeps zipping from dominating generation time.
        const zip_uint16_t dosTime = 0;
        const zip_uint16_t dosDate = zip_uint16_t(((2018 - 1980) << 9) | (10 << 5) | 17);
        if (zip_file_set_dostime(archive, zip_uint64_t(entry), dosTime, dosDate, 0) != 0 ||
            zip_set_file_compression(archive, zip_uint64_t(entry), ZIP_CM_DEFLATE, 1) != 0)
            return fail(entryNames.at(index));
    }
    // Zipping a large archive takes a while: keep reporting, and let the caller cancel it.
    m_progressTimer.start();
    zip_register_cancel_callback_with_state(
        archive,
        [](zip_t *, void *state) -> int {
            auto *self = static_cast<ZipPackager *>(state);
            if (!self->m_progress || self->m_progressTimer.elapsed() < 200)
                return 0;
            self->m_progressTimer.restart();
            if (self->m_progress())
                return 0;
            self->m_cancelled = true;
            return 1;
        },
        nullptr, this);
    if (zip_close(archive) != 0) {
        if (m_cancelled) {
            zip_discard(archive);
            return false;
        }
        return fail(QStringLiteral("closing"));
    }
    return true;
}

} // namespace trove::synthetic

#pragma once

#include "../providers/imageloader.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

class QNetworkAccessManager;

namespace Quorum {

// A run's scenario images: each is read (or fetched) once per run, by whichever lane asks
// first; lanes asking meanwhile wait for that read instead of starting their own. Shared by
// the run's worker threads.
class ImageCache final
{
public:
    QCoro::Task<LoadedImage> get(QString reference, QNetworkAccessManager *network);
    int reads() const;  // how many times an image was actually read

private:
    mutable QMutex m_mutex;
    QHash<QString, std::optional<LoadedImage>> m_images; // empty optional: being read now
    int m_reads = 0;
};

} // namespace Quorum

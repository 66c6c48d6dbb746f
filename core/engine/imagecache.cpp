#include "imagecache.h"

#include <QCoroTimer>

#include <chrono>

namespace Quorum {

QCoro::Task<LoadedImage> ImageCache::get(QString reference, QNetworkAccessManager *network)
{
    using namespace std::chrono_literals;
    while (true) {
        {
            QMutexLocker lock(&m_mutex);
            const auto found = m_images.constFind(reference);
            if (found == m_images.cend()) {
                m_images.insert(reference, std::nullopt); // this lane reads it
                ++m_reads;
                break;
            }
            if (found->has_value())
                co_return **found;
        }
        co_await QCoro::sleepFor(5ms); // another lane is reading it
    }
    LoadedImage image = co_await loadImage(reference, network);
    QMutexLocker lock(&m_mutex);
    m_images.insert(reference, image);
    co_return image;
}

int ImageCache::reads() const
{
    QMutexLocker lock(&m_mutex);
    return m_reads;
}

} // namespace Quorum

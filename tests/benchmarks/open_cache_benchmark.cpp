// How long the main window takes to show what a cache holds: from openCache() to the campaigns table being
// filled (the read runs off the GUI thread). Also samples the GUI thread's event-loop latency meanwhile.
//
//   build/tests/bench_opencache CACHE [runs]
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_opencache CACHE [runs]\n");
        return 2;
    }
    const QString cache = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    for (int run = 1; run <= runs; ++run) {
        trove::MainWindow window;
        window.show();
        QElapsedTimer timer;
        qint64 shownAfter = -1;
        qint64 worstGap = 0;
        QElapsedTimer sinceTick;
        QTimer probe;
        probe.setInterval(5);
        QObject::connect(&probe, &QTimer::timeout,
                         [&] { worstGap = std::max(worstGap, sinceTick.restart() - 5); });
        QObject::connect(&window, &trove::MainWindow::refreshed, [&] {
            if (shownAfter < 0) {
                shownAfter = timer.elapsed();
                QTimer::singleShot(50, &application, &QApplication::quit);
            }
        });
        timer.start();
        sinceTick.start();
        probe.start();
        window.openCache(cache);
        application.exec();
        std::printf("run %d: campaigns shown %lld ms after openCache; longest GUI-thread stall %lld ms\n",
                    run, static_cast<long long>(shownAfter), static_cast<long long>(worstGap));
    }
    return 0;
}

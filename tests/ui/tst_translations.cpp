// Trove in German, Russian and Persian: the translation files cover every string of the sources and keep
// their placeholders; the main window, built in each language, asks for no string the translation lacks and
// shows no English text in its menus, buttons, tabs and headers; the Persian window is mirrored.
// Set TROVE_SCREENSHOTS to a folder to keep a screenshot of the window in each language.
#include "core/synth/archivegenerator.h"
#include "importtesthelpers.h"
#include "ui/explorer.h"
#include "ui/mainwindow.h"
#include "ui/uilanguage.h"
#include "ui/viewstate.h"
#include "ui/widgets/accountbrowser.h"
#include "ui/widgets/campaignpanel.h"
#include "ui/widgets/filterbar.h"
#include "ui/widgets/rejectreportdialog.h"
#include "ui/widgets/timelineview.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace trove;
using namespace trove::test;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString translation;
    bool finished = false;
    bool numerus = false;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = "cannot open " + path;
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                message = TsMessage{
                    context, {}, {}, false, xml.attributes().value("numerus") == QLatin1String("yes")};
            } else if (xml.name() == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const auto type = xml.attributes().value("type").toString();
                message.finished = type.isEmpty();
                if (message.numerus) {
                    // Plural forms: every <numerusform> must be filled; keep them joined by '\n'.
                    QStringList forms;
                    while (xml.readNextStartElement()) {
                        forms << xml.readElementText();
                    }
                    message.translation = forms.join('\n');
                    message.finished = message.finished && !forms.contains(QString());
                } else {
                    message.translation = xml.readElementText();
                }
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << message;
        }
    }
    if (xml.hasError()) {
        *error = path + ": " + xml.errorString();
    }
    return messages;
}

// The %1, %2, %L1 and %n markers of a text, sorted.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    auto it = marker.globalMatch(text);
    while (it.hasNext()) {
        found << it.next().captured(0).remove('L');
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

// Watches every translation the application asks for (installed last, it is asked first) and notes those of
// Trove's own contexts that the language's file does not translate; it translates nothing itself.
class MissingTranslations : public QTranslator
{
public:
    explicit MissingTranslations(const QString &language)
    {
        m_loaded = m_own.load(":/i18n/trove_" + language + ".qm");
    }
    bool loaded() const { return m_loaded; }
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        const QString name = QString::fromUtf8(context);
        const bool ours = name.startsWith("trove::") || name == "DemoArchive";
        if (ours && source && *source && m_own.translate(context, source, disambiguation, n).isEmpty()) {
            m_missing.insert(name + " | " + QString::fromUtf8(source));
        }
        return {};
    }
    bool isEmpty() const override { return false; }
    QStringList missing() const
    {
        QStringList list(m_missing.cbegin(), m_missing.cend());
        list.sort();
        return list;
    }

private:
    QTranslator m_own;
    bool m_loaded = false;
    mutable QSet<QString> m_missing;
};

// The texts of the window's chrome: menus and their actions, buttons, tabs, group titles, table headers,
// placeholders. Data (campaign and account names, tweets) lives in models' cells, which are not read.
QStringList chromeTexts(QWidget *window)
{
    QStringList texts;
    const auto add = [&texts](QString text) {
        text.remove('&');
        text = text.trimmed();
        if (!text.isEmpty()) {
            texts << text;
        }
    };
    const auto menus = window->findChildren<QMenu *>();
    for (QMenu *menu : menus) {
        add(menu->title());
        const auto actions = menu->actions();
        for (QAction *action : actions) {
            if (!action->isSeparator()) {
                add(action->text());
            }
        }
    }
    const auto buttons = window->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        add(button->text());
    }
    const auto tabBars = window->findChildren<QTabBar *>();
    for (QTabBar *bar : tabBars) {
        for (int i = 0; i < bar->count(); ++i) {
            add(bar->tabText(i));
        }
    }
    const auto groups = window->findChildren<QGroupBox *>();
    for (QGroupBox *group : groups) {
        add(group->title());
    }
    const auto edits = window->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        add(edit->placeholderText());
    }
    const auto headers = window->findChildren<QHeaderView *>();
    for (QHeaderView *header : headers) {
        if (header->model() && header->orientation() == Qt::Horizontal && !header->isHidden()) {
            for (int section = 0; section < header->count(); ++section) {
                add(header->model()->headerData(section, Qt::Horizontal).toString());
            }
        }
    }
    return texts;
}

// Texts that are the same in every language: names, symbols and numbers.
bool sameInEveryLanguage(const QString &text)
{
    static const QSet<QString> names{"Trove", "CSV", "JSON", "UTC", "English", "Deutsch", "Русский", "فارسی"};
    if (names.contains(text)) {
        return true;
    }
    // No letters at all ("100%", "…", "#", "▲").
    return !std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tsFilesComplete_data();
    void tsFilesComplete();
    void tsFilesCoverTheSources();
    void mainWindowTranslated_data();
    void mainWindowTranslated();
    void persianIsMirrored();
    void languageChoice();
    void coreMessagesTranslated();

private:
    std::unique_ptr<MainWindow> openWindow();

    QTemporaryDir m_home;
    QString m_cache;
    QStringList m_englishChrome;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("TROVE_HOME", m_home.path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    ViewState::clear();
    m_cache = m_home.filePath("languages.trove");
    GeneratorOptions options;
    options.outputDirectory = m_home.filePath("archive");
    options.campaign = "synthetic-languages";
    options.tweets = 1500;
    options.accounts = 30;
    options.seed = 11;
    const GeneratorResult generated = ArchiveGenerator::generate(options);
    QVERIFY2(generated.ok, qPrintable(generated.errorString));
    QVERIFY(import(m_cache, {options.outputDirectory}).ok);

    QVERIFY(UiLanguage::apply("en"));
    auto window = openWindow();
    QVERIFY(window);
    m_englishChrome = chromeTexts(window.get());
    QVERIFY(m_englishChrome.size() > 40);
}

std::unique_ptr<MainWindow> TestTranslations::openWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1400, 900);
    window->show();
    QSignalSpy refreshed(window.get(), &MainWindow::refreshed);
    window->openCache(m_cache);
    if (!QTest::qWaitFor([&] { return refreshed.size() >= 1; }, 20000)) {
        return {};
    }
    // Let the account list, the timeline and the dossier fill in.
    QTest::qWait(500);
    return window;
}

void TestTranslations::tsFilesComplete_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"de", "ru", "fa"}) {
        QTest::newRow(language) << QString::fromLatin1(language);
    }
}

void TestTranslations::tsFilesComplete()
{
    QFETCH(QString, language);
    QString error;
    const QList<TsMessage> messages =
        readTs(QString(TROVE_SOURCE_DIR) + "/translations/trove_" + language + ".ts", &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 300);
    QStringList unfinished, brokenPlaceholders;
    for (const TsMessage &message : messages) {
        if (!message.finished || message.translation.trimmed().isEmpty()) {
            unfinished << message.context + " | " + message.source;
        } else if (placeholders(message.source) != placeholders(message.translation) &&
                   !(message.numerus &&
                     placeholders(message.source) == placeholders(message.translation.section('\n', 0, 0)))) {
            brokenPlaceholders << message.context + " | " + message.source + " -> " + message.translation;
        }
    }
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join('\n')));
    QVERIFY2(brokenPlaceholders.isEmpty(), qPrintable(brokenPlaceholders.join('\n')));
}

// The committed files hold every string of the sources: lupdate run now on a copy finds nothing new.
void TestTranslations::tsFilesCoverTheSources()
{
    const QString lupdate = TROVE_LUPDATE;
    if (!QFileInfo::exists(lupdate)) {
        QSKIP("lupdate is not installed (Debian's qt6-l10n-tools)");
    }
    QTemporaryDir work;
    const QString copy = work.filePath("check.ts");
    QVERIFY(QFile::copy(QString(TROVE_SOURCE_DIR) + "/translations/trove_de.ts", copy));
    QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QProcess process;
    process.setWorkingDirectory(TROVE_SOURCE_DIR);
    process.start(lupdate,
                  {"-no-obsolete", "-locations", "none", "-I", ".", "ui", "core/query/tweetfilter.cpp",
                   "core/import/importer.cpp", "core/import/importplanner.cpp",
                   "core/import/rejectreasons.cpp", "core/media/mediareader.cpp", "-ts", copy});
    QVERIFY(process.waitForFinished(60000));
    const QString output =
        QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(output.contains("(0 new and"), qPrintable(output));
    QString error;
    const QList<TsMessage> before = readTs(QString(TROVE_SOURCE_DIR) + "/translations/trove_de.ts", &error);
    const QList<TsMessage> after = readTs(copy, &error);
    QCOMPARE(after.size(), before.size());
}

void TestTranslations::mainWindowTranslated_data()
{
    tsFilesComplete_data();
}

void TestTranslations::mainWindowTranslated()
{
    QFETCH(QString, language);
    QVERIFY(UiLanguage::apply(language));
    auto recorder = std::make_unique<MissingTranslations>(language);
    QVERIFY(recorder->loaded());
    QCoreApplication::installTranslator(recorder.get());

    auto window = openWindow();
    QVERIFY(window);
    // Open every menu once, so that text made on showing is asked for too.
    const auto menus = window->menuBar()->findChildren<QMenu *>();
    for (QMenu *menu : menus) {
        menu->popup(QPoint(0, 0));
        QTest::qWait(20);
        menu->hide();
    }
    const QByteArray folder = qgetenv("TROVE_SCREENSHOTS");
    if (!folder.isEmpty()) {
        window->grab().save(QString::fromLocal8Bit(folder) + "/window-" + language + ".png");
    }
    QCoreApplication::removeTranslator(recorder.get());
    QVERIFY2(recorder->missing().isEmpty(), qPrintable(recorder->missing().join('\n')));

    // No chrome text left as it is in English, but for words the translation keeps on purpose ("Name",
    // "Status", "Tweets" in German): those whose finished translation is the source itself.
    QString error;
    const QList<TsMessage> messages =
        readTs(QString(TROVE_SOURCE_DIR) + "/translations/trove_" + language + ".ts", &error);
    QSet<QString> keptOnPurpose;
    for (const TsMessage &message : messages) {
        if (message.finished && message.translation == message.source) {
            keptOnPurpose.insert(QString(message.source).remove('&').trimmed());
        }
    }
    const QStringList translated = chromeTexts(window.get());
    const QSet<QString> translatedSet(translated.cbegin(), translated.cend());
    QStringList english;
    for (const QString &text : std::as_const(m_englishChrome)) {
        if (translatedSet.contains(text) && !sameInEveryLanguage(text) && !keptOnPurpose.contains(text)) {
            english << text;
        }
    }
    english.removeDuplicates();
    QVERIFY2(english.isEmpty(), qPrintable("still English: " + english.join(" / ")));
    window.reset();
    QVERIFY(UiLanguage::apply("en"));
}

void TestTranslations::persianIsMirrored()
{
    QVERIFY(UiLanguage::apply("fa"));
    QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(window->isRightToLeft());
    // Shortcut letters are not underlined: an underlined letter would lose its joining in Arabic script.
    QCOMPARE(window->style()->styleHint(QStyle::SH_UnderlineShortcut), 0);
    Explorer *explorer = window->explorer();
    // The campaigns and accounts, on the left in English, are on the right; the timeline on their left.
    const int accountsX = explorer->accountBrowser()->mapTo(window.get(), QPoint(0, 0)).x();
    const int timelineX = explorer->timeline()->mapTo(window.get(), QPoint(0, 0)).x();
    QVERIFY2(accountsX > timelineX,
             qPrintable(QString("accounts at %1, timeline at %2").arg(accountsX).arg(timelineX)));
    // The menu bar starts at the right: its first menu lies right of its last.
    const auto actions = window->menuBar()->actions();
    QVERIFY(actions.size() >= 2);
    QVERIFY(window->menuBar()->actionGeometry(actions.first()).x() >
            window->menuBar()->actionGeometry(actions.last()).x());
    // Numbers in Persian digits, as a Persian reader expects them.
    QCOMPARE(QLocale().toString(1234), QString::fromUtf8("۱٬۲۳۴"));
    window.reset();

    QVERIFY(UiLanguage::apply("en"));
    QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
    window = openWindow();
    QVERIFY(window);
    QVERIFY(window->explorer()->accountBrowser()->mapTo(window.get(), QPoint(0, 0)).x() <
            window->explorer()->timeline()->mapTo(window.get(), QPoint(0, 0)).x());
}

void TestTranslations::languageChoice()
{
    UiLanguage::saveChoice(QString());
    QCOMPARE(UiLanguage::savedChoice(), QString());
    QCOMPARE(UiLanguage::resolve(QString(), QLocale("de_AT")), QString("de"));
    QCOMPARE(UiLanguage::resolve(QString(), QLocale("fa_IR")), QString("fa"));
    QCOMPARE(UiLanguage::resolve(QString(), QLocale("ja_JP")), QString("en"));
    QCOMPARE(UiLanguage::resolve("ru", QLocale("de_DE")), QString("ru"));
    QCOMPARE(UiLanguage::resolve("xx", QLocale("ru_RU")), QString("ru"));
    UiLanguage::saveChoice("fa");
    QCOMPARE(UiLanguage::savedChoice(), QString("fa"));
    UiLanguage::saveChoice("klingon");
    QCOMPARE(UiLanguage::savedChoice(), QString());

    // The View > Language menu saves the choice.
    QVERIFY(UiLanguage::apply("en"));
    auto window = openWindow();
    QVERIFY(window);
    auto *german = window->findChild<QAction *>("language_de_Action");
    QVERIFY(german);
    QTimer::singleShot(200, [] {
        if (QWidget *box = QApplication::activeModalWidget()) {
            box->close();
        }
    });
    german->trigger();
    QCOMPARE(UiLanguage::savedChoice(), QString("de"));
    UiLanguage::saveChoice(QString());
}

// Text made in core/ and shown in the window: the import's messages come in the window's language (made
// so on the import's worker thread), and the reject reasons, which the cache and the report keep in
// English, are translated when the reject report shows them. Without a translator they stay English.
void TestTranslations::coreMessagesTranslated()
{
    QVERIFY(UiLanguage::apply("de"));
    const ImportSummary again = import(m_cache, {m_home.filePath("archive")});
    QVERIFY2(again.ok, qPrintable(again.errorString));
    QVERIFY2(again.messages.join('\n').contains("bereits importiert; übersprungen"),
             qPrintable(again.messages.join('\n')));

    const QString report = m_home.filePath("rejects.csv");
    QFile file(report);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("file,record,severity,reason,excerpt\n"
               "/data/a_tweets.csv,7,rejected,tweetid '12x' is not a tweet id (1 to 19 digits),12x\n"
               "/data/a_tweets.csv,9,repaired,\"favorite_count 'n/a' is not a count, left empty; stray quote "
               "character inside a field, kept as text\",x\n");
    file.close();
    const auto cells = [&report](int row) {
        RejectReportDialog dialog(report);
        QStringList texts;
        if (!QTest::qWaitFor([&] { return dialog.isLoaded(); }, 10000)) {
            return texts;
        }
        auto *table = dialog.findChild<QTableView *>("rejectReportTable");
        for (int column = 0; table && column < table->model()->columnCount(); ++column) {
            texts << table->model()->index(row, column).data().toString();
        }
        return texts;
    };
    QStringList first = cells(0);
    QVERIFY2(first.contains("abgelehnt"), qPrintable(first.join(" | ")));
    QVERIFY2(first.contains("tweetid '12x' ist keine Tweet-ID (1 bis 19 Ziffern)"),
             qPrintable(first.join(" | ")));
    const QStringList second = cells(1);
    QVERIFY2(
        second.contains("favorite_count 'n/a' ist keine Anzahl, leer gelassen; verirrtes Anführungszeichen "
                        "in einem Feld, als Text behalten"),
        qPrintable(second.join(" | ")));

    QVERIFY(UiLanguage::apply("en"));
    first = cells(0);
    QVERIFY2(first.contains("tweetid '12x' is not a tweet id (1 to 19 digits)"),
             qPrintable(first.join(" | ")));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"

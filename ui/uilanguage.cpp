#include "ui/uilanguage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QLibraryInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProxyStyle>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

namespace trove {

namespace {

QString languageKey()
{
    return QStringLiteral("appearance/language");
}

// The translators apply() installed, so that a second call replaces them instead of stacking.
QList<QPointer<QTranslator>> &installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

QString &currentCode()
{
    static QString code = QStringLiteral("en");
    return code;
}

// Draws shortcut letters without their underline. In Arabic script an underlined letter is drawn as a
// separate run and loses its joining (the "ف" of "&فایل" stands alone); the shortcuts themselves still work.
class NoShortcutUnderlineStyle : public QProxyStyle
{
public:
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override
    {
        if (hint == QStyle::SH_UnderlineShortcut) {
            return 0;
        }
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
};

bool isAvailable(const QString &code)
{
    const QList<UiLanguage::Option> options = UiLanguage::available();
    return std::any_of(options.cbegin(), options.cend(),
                       [&code](const UiLanguage::Option &option) { return option.code == code; });
}

} // namespace

QList<UiLanguage::Option> UiLanguage::available()
{
    // Each language named in itself, so that someone who cannot read the current one finds theirs.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},
        {QStringLiteral("fa"), QStringLiteral("فارسی")},
    };
}

QString UiLanguage::savedChoice()
{
    QSettings settings(QStringLiteral("Trove"), QStringLiteral("Trove"));
    const QString code = settings.value(languageKey()).toString();
    return isAvailable(code) ? code : QString();
}

void UiLanguage::saveChoice(const QString &code)
{
    QSettings settings(QStringLiteral("Trove"), QStringLiteral("Trove"));
    if (code.isEmpty() || !isAvailable(code)) {
        settings.remove(languageKey());
    } else {
        settings.setValue(languageKey(), code);
    }
}

QString UiLanguage::resolve(const QString &choice, const QLocale &system)
{
    if (isAvailable(choice)) {
        return choice;
    }
    // uiLanguages() lists the user's preferences in order ("de-AT", "de", "en-US"): the first one Trove
    // speaks wins, so that a German speaker with English as a fallback gets German.
    const QStringList preferences = system.uiLanguages();
    for (const QString &preference : preferences) {
        const QString code =
            preference.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (isAvailable(code)) {
            return code;
        }
    }
    return QStringLiteral("en");
}

bool UiLanguage::apply(const QString &code)
{
    auto *application = QCoreApplication::instance();
    for (const QPointer<QTranslator> &translator : std::as_const(installedTranslators())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installedTranslators().clear();

    const QString language = isAvailable(code) ? code : QStringLiteral("en");
    bool ok = true;
    if (language != QLatin1String("en")) {
        auto *own = new QTranslator(application);
        if (own->load(QStringLiteral(":/i18n/trove_%1.qm").arg(language))) {
            QCoreApplication::installTranslator(own);
            installedTranslators().append(own);
        } else {
            delete own;
            ok = false;
        }
        // Qt's own text (the buttons of standard dialogs, the context menu of a line edit): present when
        // Debian's qt6-translations-l10n is installed; without it those stay English.
        auto *qt = new QTranslator(application);
        if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            installedTranslators().append(qt);
        } else {
            delete qt;
        }
    }
    currentCode() = language;

    // Numbers and dates in the language's own conventions; the system's own locale when it speaks the same
    // language (an English UI on a British system keeps British dates).
    const QLocale system = QLocale::system();
    const QLocale locale = QLocale(language).language() == system.language() ? system : QLocale(language);
    QLocale::setDefault(locale);
    if (qobject_cast<QGuiApplication *>(application)) {
        QGuiApplication::setLayoutDirection(locale.textDirection());
    }
    if (locale.script() == QLocale::ArabicScript && qobject_cast<QApplication *>(application) &&
        !dynamic_cast<NoShortcutUnderlineStyle *>(QApplication::style())) {
        QApplication::setStyle(new NoShortcutUnderlineStyle);
    }
    return ok;
}

QString UiLanguage::current()
{
    return currentCode();
}

UiLanguage::UiLanguage(QObject *parent)
    : QObject(parent)
{}

QMenu *UiLanguage::addLanguageMenu(QMenu *menu)
{
    QMenu *languages = menu->addMenu(tr("&Language"));
    languages->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(languages);
    group->setExclusive(true);
    const QString saved = savedChoice();

    const auto addChoice = [this, languages, group, saved](const QString &code, const QString &text) {
        auto *action = languages->addAction(text);
        action->setObjectName(code.isEmpty() ? QStringLiteral("languageSystemAction")
                                             : QStringLiteral("language_%1_Action").arg(code));
        action->setCheckable(true);
        action->setChecked(code == saved);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, languages, code, text] {
            if (code == savedChoice()) {
                return;
            }
            saveChoice(code);
            emit choiceChanged(code);
            QMessageBox::information(languages->window(), tr("Language"),
                                     tr("Trove will use %1 the next time it starts.").arg(text));
        });
    };
    addChoice(QString(), tr("System Language (%1)").arg(QLocale(resolve(QString())).nativeLanguageName()));
    languages->addSeparator();
    const QList<Option> options = available();
    for (const Option &option : options) {
        addChoice(option.code, option.nativeName);
    }
    return languages;
}

} // namespace trove

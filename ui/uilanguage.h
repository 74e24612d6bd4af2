#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

class QMenu;
class QTranslator;

namespace trove {

/**
 * The language of Trove's own text (menus, labels, messages): English, German, Russian or Persian, or
 * the system's language when it is one of those (the default). Persian lays the window out right to left.
 *
 * The translations are compiled into the program (qt_add_translations, resource prefix ":/i18n"), and
 * Qt's own (standard buttons and dialogs) are loaded from Qt's translation folder when it has them. The
 * choice is kept in the user's settings (key "appearance/language"; empty: the system language) and takes
 * effect at the next start: widgets are built with their text once. GUI thread only.
 */
class UiLanguage : public QObject
{
    Q_OBJECT

public:
    /** A language Trove speaks: its code ("de") and its name in itself ("Deutsch"). */
    struct Option
    {
        QString code;
        QString nativeName;
    };

    /** English first, then the translations Trove ships. */
    static QList<Option> available();

    /** The saved choice: a code of available(), or empty for the system language. */
    static QString savedChoice();
    static void saveChoice(const QString &code);

    /** The language a choice stands for: the choice itself, or for "" the first of @p system's UI
     * languages that Trove speaks, else "en". */
    static QString resolve(const QString &choice, const QLocale &system = QLocale::system());

    /**
     * Installs the translators of @p code on the application (replacing those an earlier call installed),
     * sets the default QLocale and the layout direction (right to left for Persian). Returns false when
     * Trove's own translation for a language other than English cannot be loaded.
     */
    static bool apply(const QString &code);

    /** The code apply() installed last ("en" before any). */
    static QString current();

    explicit UiLanguage(QObject *parent = nullptr);

    /**
     * A "Language" submenu of @p menu: "System language" and one checkable entry per available language.
     * Choosing one saves it and says that it takes effect at the next start.
     */
    QMenu *addLanguageMenu(QMenu *menu);

signals:
    /** The user chose another language (saved, effective at the next start). */
    void choiceChanged(const QString &code);
};

} // namespace trove

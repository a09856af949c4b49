#include "localization.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

// Where qt_add_translations embeds the .qm files (RESOURCE_PREFIX in translations/CMakeLists.txt).
constexpr QStringView catalogueFolder = u":/i18n";
constexpr QStringView cataloguePrefix = u"ferry_";
constexpr QStringView catalogueSuffix = u".qm";

// "de", "es", "zh_TW": the names the .ts files use. A Chinese tag names its script; others need only the language.
QString catalogueName(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return QLocale::languageToCode(locale.language());
    return locale.script() == QLocale::TraditionalHanScript ? u"zh_TW"_s : u"zh_CN"_s;
}

} // namespace

QStringList Localization::languages()
{
    QStringList result;
    const QString pattern = cataloguePrefix + u'*' + catalogueSuffix;
    const QStringList files = QDir(catalogueFolder.toString()).entryList({pattern}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        result.append(file.mid(cataloguePrefix.size(), file.size() - cataloguePrefix.size() - catalogueSuffix.size()));
    return result;
}

QString Localization::languageFor(const QStringList &uiLanguages)
{
    const QStringList available = languages();
    for (const QString &tag : uiLanguages) {
        const QLocale locale(tag);
        // The C locale and tags Qt does not know carry no language preference; keep looking.
        if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
            continue;
        if (locale.language() == QLocale::English)
            return QString();
        const QString name = catalogueName(locale);
        if (available.contains(name))
            return name;
    }
    return QString();
}

QString Localization::install(QCoreApplication &app, const QLocale &locale)
{
    const QString language = languageFor(locale.uiLanguages());
    if (language.isEmpty())
        return QString();
    auto *ferry = new QTranslator(&app);
    if (!ferry->load(catalogueFolder + u'/' + cataloguePrefix + language + catalogueSuffix)) {
        delete ferry;
        return QString();
    }
    QCoreApplication::installTranslator(ferry);
    // Qt's own words for the same language, when the system has them (Debian: qt6-translations-l10n). Without
    // them only the standard buttons and the parser's headings stay in English.
    auto *qt = new QTranslator(&app);
    if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return language;
}

} // namespace Ferry

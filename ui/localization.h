#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Ferry {

// Chooses and installs the translations for the user's languages: Ferry's own catalogue (translations/ferry_<lang>.ts,
// built into :/i18n/ferry_<lang>.qm) and Qt's qtbase catalogue from Qt's translations folder, which words the
// standard dialog buttons and the command-line parser's "Usage:" and errors. English is the source language and
// needs no catalogue.
class Localization final
{
public:
    // The languages Ferry has a catalogue for ("de", "zh_TW", ...), as built into the resources.
    static QStringList languages();
    // The catalogue for the first of `uiLanguages` (BCP 47 tags, most preferred first) that Ferry speaks: a user who
    // puts English before German gets English. Empty when that is English or none of them has a catalogue. Any
    // Traditional Chinese (zh-TW, zh-HK, zh-Hant) gets zh_TW; Simplified Chinese gets none rather than the wrong
    // script.
    static QString languageFor(const QStringList &uiLanguages);
    // Installs the translators for `locale` into `app`, as children of `app`, so they live exactly as long as it.
    // Returns the language installed, or an empty string when the program stays in English.
    static QString install(QCoreApplication &app, const QLocale &locale = QLocale::system());
};

} // namespace Ferry

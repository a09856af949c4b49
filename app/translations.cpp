// Every QCoreApplication that main() makes installs the translations for the user's languages as it is built, before
// any text is made: the short-lived one that prints --help and usage errors, the command line's and the window's.
// KDE's generated catalogue loaders (ECMQmLoader) work the same way. The translators are children of the
// application object, so each application has its own and nothing outlives it.

#include "localization.h"

#include <QCoreApplication>

namespace {

void installTranslations()
{
    Ferry::Localization::install(*QCoreApplication::instance());
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installTranslations)

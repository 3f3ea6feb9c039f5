// The interface language: which translations the app holds, their names, and switching between
// them while the app runs (Qt then sends QEvent::LanguageChange to every widget).
#pragma once

#include <QString>
#include <QStringList>

namespace cds::ui {

// "en" (the source language) and every code with a cdstudio_<code>.qm under :/i18n, sorted.
QStringList availableLanguages();

// The language's name in itself ("Deutsch", "日本語"), capitalized as a menu entry.
QString languageName(const QString& code);

// Replaces the translators this function installed before with the app's cdstudio_<code>.qm
// and Qt's own qtbase_<code>. "" follows the system: the first of its preferred languages that
// the app has, English when English comes first or none matches. "en" installs none. Also
// makes QLocale() the chosen one, so numbers and dates match the words. Returns false only when
// a chosen language has no translation here (Qt's own is optional: not every system ships it).
bool applyLanguage(const QString& code);

}  // namespace cds::ui

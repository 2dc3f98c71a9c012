// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/date_words.h"

namespace artext::metadata {

namespace {

struct MonthName {
  std::string_view folded;
  int month;
};

// Folded (lower-case, accent-free) forms. Abbreviations shared between
// languages ("mar", "dec") appear once. Russian months are listed in the
// nominative and the genitive ("12 октября 2023") and the usual abbreviations.
// clang-format off
constexpr MonthName kMonthNames[] = {
    // English.
    {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3},
    {"mar", 3}, {"april", 4}, {"apr", 4}, {"may", 5}, {"june", 6},
    {"jun", 6}, {"july", 7}, {"jul", 7}, {"august", 8}, {"aug", 8},
    {"september", 9}, {"sep", 9}, {"sept", 9}, {"october", 10}, {"oct", 10},
    {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12},
    // German (with the Austrian "Jänner").
    {"januar", 1}, {"janner", 1}, {"jaenner", 1}, {"februar", 2},
    {"marz", 3}, {"maerz", 3}, {"mrz", 3}, {"mai", 5}, {"juni", 6},
    {"juli", 7}, {"oktober", 10}, {"okt", 10}, {"dezember", 12}, {"dez", 12},
    // French.
    {"janvier", 1}, {"janv", 1}, {"fevrier", 2}, {"fevr", 2}, {"fev", 2},
    {"mars", 3}, {"avril", 4}, {"avr", 4}, {"juin", 6}, {"juillet", 7},
    {"juil", 7}, {"aout", 8}, {"septembre", 9}, {"octobre", 10},
    {"novembre", 11}, {"decembre", 12},
    // Spanish.
    {"enero", 1}, {"ene", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4},
    {"abr", 4}, {"mayo", 5}, {"junio", 6}, {"julio", 7}, {"agosto", 8},
    {"ago", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10},
    {"noviembre", 11}, {"diciembre", 12}, {"dic", 12},
    // Italian.
    {"gennaio", 1}, {"gen", 1}, {"febbraio", 2}, {"aprile", 4},
    {"maggio", 5}, {"mag", 5}, {"giugno", 6}, {"giu", 6}, {"luglio", 7},
    {"lug", 7}, {"settembre", 9}, {"set", 9}, {"ottobre", 10}, {"ott", 10},
    {"dicembre", 12},
    // Portuguese.
    {"janeiro", 1}, {"fevereiro", 2}, {"marco", 3}, {"maio", 5},
    {"junho", 6}, {"julho", 7}, {"setembro", 9}, {"outubro", 10},
    {"out", 10}, {"novembro", 11}, {"dezembro", 12},
    // Dutch.
    {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mrt", 3}, {"mei", 5},
    {"augustus", 8},
    // Russian: nominative, genitive, abbreviation.
    {"январь", 1}, {"января", 1}, {"янв", 1},
    {"февраль", 2}, {"февраля", 2}, {"фев", 2}, {"февр", 2},
    {"март", 3}, {"марта", 3}, {"мар", 3},
    {"апрель", 4}, {"апреля", 4}, {"апр", 4},
    {"май", 5}, {"мая", 5},
    {"июнь", 6}, {"июня", 6}, {"июн", 6},
    {"июль", 7}, {"июля", 7}, {"июл", 7},
    {"август", 8}, {"августа", 8}, {"авг", 8},
    {"сентябрь", 9}, {"сентября", 9}, {"сен", 9}, {"сент", 9},
    {"октябрь", 10}, {"октября", 10}, {"окт", 10},
    {"ноябрь", 11}, {"ноября", 11}, {"ноя", 11}, {"нояб", 11},
    {"декабрь", 12}, {"декабря", 12}, {"дек", 12},
};

constexpr std::string_view kWeekdayNames[] = {
    // English.
    "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday",
    "thu", "thur", "thurs", "friday", "fri", "saturday", "sat", "sunday",
    "sun",
    // German.
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
    "sonnabend", "sonntag",
    // French.
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    // Spanish.
    "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
    // Italian.
    "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "domenica",
    // Portuguese ("segunda-feira" splits into "segunda" and "feira").
    "segunda", "terca", "quarta", "quinta", "sexta", "feira",
    // Dutch.
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
    "zondag",
    // Russian.
    "понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
    "воскресенье",
};
// clang-format on

}  // namespace

int MonthFromFoldedWord(std::string_view folded) {
  for (const MonthName& name : kMonthNames) {
    if (name.folded == folded) return name.month;
  }
  return 0;
}

bool IsWeekdayFoldedWord(std::string_view folded) {
  for (std::string_view name : kWeekdayNames) {
    if (name == folded) return true;
  }
  return false;
}

}  // namespace artext::metadata

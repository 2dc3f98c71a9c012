// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The lists are data, kept apart from the parsing steps so they can be read
// and extended in one place. Every entry of a folded list is folded
// (FoldForMatch: lower case, no accents).

#include "lexicon/lexicon.h"

namespace artext::lexicon {

namespace {

// clang-format off

// --- Names -------------------------------------------------------------------

constexpr std::string_view kNameParticleList[] = {
    "van", "von", "de", "der", "den", "del", "della",
    "delle", "dei", "da", "das", "do", "dos", "du", "di",
    "la", "le", "les", "lo", "ten", "ter", "te", "zu",
    "zum", "y", "e", "bin", "ibn", "binti", "al", "el",
    "af", "av", "st"};
constexpr std::string_view kNameAbbreviationList[] = {
    "jr", "sr", "st", "dr", "mr", "mrs", "ms", "mx", "prof",
    "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
    "rev", "fr"};
constexpr std::string_view kEastAsianFamilyNameList[] = {
    "kim", "lee", "park", "pak", "choi", "chung", "jung", "jeong",
    "kang", "cho", "jo", "yoon", "yun", "jang", "chang", "lim",
    "im", "han", "oh", "seo", "suh", "shin", "sin", "kwon", "hwang",
    "ahn", "an", "song", "yoo", "yu", "ryu", "hong", "jeon", "chun",
    "ko", "koh", "moon", "mun", "yang", "son", "sohn", "bae", "baek",
    "paik", "heo", "hur", "nam", "noh", "roh", "rho", "ha", "kwak",
    "sung", "cha", "joo", "woo", "koo", "min", "jin", "ji", "um",
    "eom", "chae", "won", "bang", "gong", "kong", "hyun", "ham",
    "byun", "yeom", "yeo", "choo", "do", "seok", "sun", "ma", "gil",
    "pyo", "myung", "ki", "ban", "wang", "yi", "rhee", "shim",
    "sim", "chen", "lin", "huang", "zhang", "liu", "wu", "tsai",
    "hsu", "chou", "tseng", "ho", "kuo", "lai", "hsieh", "tsao"};
constexpr std::string_view kNameSeparatorList[] = {
    "and", "und", "et", "en", "og", "och", "with"};
constexpr std::string_view kShortNameSeparatorList[] = {"y", "e", "и"};

// --- Bylines -----------------------------------------------------------------

constexpr std::string_view kBylineLeadInList[] = {
    "by", "author", "authors", "autor", "autorin",
    "autoren", "auteur", "auteurs", "автор", "текст",
    "text", "texto", "testo", "글", "文", "作者", "文字"};
constexpr std::string_view kBylineLeadInVerbList[] = {
    "written", "posted", "words", "story", "reported",
    "compiled", "article", "text", "reporting"};
constexpr std::string_view kForeignByList[] = {
    "von", "par", "por", "door", "di", "av", "af", "przez"};
// Labels printed before a byline's names, folded: "Autor:", "著者：",
// "Autorin/Autor". en, de, fr, es, it, pt, nl, sv, no, da, pl, cs, ru, tr,
// ja, ko, zh.
constexpr std::string_view kBylineLabelList[] = {
    "author", "authors", "autor", "autorin", "autoren", "autore", "autori",
    "autores", "autora", "auteur", "auteurs", "auteure", "forfatter",
    "forfattere", "forfattare", "skribent", "autorka", "autorzy", "yazar",
    "yazan", "автор", "авторы", "текст", "text", "texto", "testo", "tekst",
    "著者", "筆者", "作者", "文", "글", "撰文"};
// First words of two-word labels ending in a "by" word: "Written by",
// "Veröffentlicht von", "Publié par", "Escrito por", "Scritto da".
constexpr std::string_view kBylineLabelVerbList[] = {
    "written", "posted", "published", "reported", "geschrieben",
    "veroffentlicht", "verfasst", "ecrit", "ecrite", "publie", "publiee",
    "redige", "redigee", "escrito", "escrita", "publicado", "publicada",
    "scritto", "scritta", "pubblicato", "pubblicata", "geschreven",
    "gepubliceerd", "skrevet", "skriven", "publicerad", "publisert",
    "napisane", "napisal", "napisala", "napsal", "napsala", "opublikowane",
    // A credit's noun: "Article by", "Words by", "Story by".
    "article", "words", "story"};
// The "by" after those verbs.
constexpr std::string_view kBylineLabelByList[] = {
    "by", "von", "par", "por", "door", "da", "av", "af", "przez", "od"};
constexpr std::string_view kBylineRoleList[] = {
    // English jobs and ranks.
    "writer", "writers", "reporter", "reporters", "correspondent",
    "correspondents", "editor", "editors", "contributor", "contributors",
    "columnist", "columnists", "photographer", "photojournalist",
    "journalist", "journalists", "producer", "analyst", "intern",
    "staff", "senior", "chief", "contributing", "special", "deputy",
    "associate", "managing", "executive", "assistant", "lead", "bureau",
    "director", "anchor", "host", "presenter", "researcher", "fellow",
    "freelance", "freelancer", "stringer", "critic", "blogger",
    // Professions that company blogs print under the name ("Trial
    // Attorney", "Former McKinsey Consultant", "Founder").
    "attorney", "lawyer", "consultant", "founder", "co-founder",
    "cofounder", "ceo", "cto", "former", "expert",
    // Beats.
    "national", "political", "politics", "foreign", "international",
    "sports", "sport", "business", "science", "health", "technology",
    "tech", "entertainment", "culture", "travel", "food", "opinion",
    "investigative", "breaking", "digital", "features", "metro",
    "local", "world", "economics", "economy", "finance", "financial",
    "legal", "education", "environment", "environmental", "climate",
    "arts", "music", "film", "books", "markets", "crime", "courts",
    "games", "gaming", "style", "fashion", "weather", "lifestyle",
    // German, French, Spanish, Italian, Portuguese, Dutch, Russian.
    "redakteur", "redakteurin", "korrespondent", "korrespondentin",
    "journalistin", "reporterin", "redaktor", "redaktorin",
    "mitarbeiter", "mitarbeiterin", "journaliste", "correspondant",
    "correspondante", "envoye", "envoyee", "periodista", "corresponsal",
    "enviado", "enviada", "redactor", "redactora", "reportera",
    "giornalista", "inviato", "inviata", "corrispondente", "redattore",
    "redattrice", "correspondente", "jornalista", "reporter",
    "verslaggever", "redacteur", "корреспондент", "журналист",
    "обозреватель", "редактор",
    // Honorifics, dropped like roles ("Dr. Jane Doe" -> "Jane Doe").
    "dr", "mr", "mrs", "ms", "mx", "prof", "professor"};
constexpr std::string_view kCjkRoleAffixList[] = {
    "선임기자", "객원기자", "인턴기자", "수습기자", "기자", "특파원",
    "논설위원", "위원", "통신원", "앵커", "記者", "记者", "特派員", "特派员",
    "編集委員", "撮影", "报道", "報道", "通讯员"};
constexpr std::string_view kOrganisationList[] = {
    "news", "press", "agency", "reuters", "ap", "afp", "staff", "desk",
    "team", "media", "times", "inc", "ltd", "llc", "gmbh", "corp",
    "group", "dpa", "efe", "ansa", "upi", "bloomberg", "cnn", "bbc",
    "yonhap", "xinhua", "kyodo", "tass", "associated", "editorial",
    "newsroom", "wire", "wires", "service", "redaktion", "redaction",
    "redaccion", "redazione", "redactie", "online", "magazine",
    "journal", "post", "herald", "tribune", "daily", "gazette", "radio",
    "tv", "television", "network", "channel", "guardian", "telegraph",
    "independent", "chronicle", "examiner", "courier", "mirror",
    "express", "newspaper", "newswire", "bureau", "agencies",
    "뉴스", "뉴시스", "연합뉴스", "通信", "新闻", "新聞"};
// The last word of a team's credit ("Podium Staff", "The Upwork Team",
// "TOI Lifestyle Desk", "Our Editors").
constexpr std::string_view kTeamWordList[] = {
    "staff", "team", "desk", "editors", "newsroom", "crew"};
constexpr std::string_view kNonAuthorPhraseList[] = {
    "staff", "admin", "administrator", "editor", "editors",
    "author", "authors", "guest", "anonymous", "unknown",
    "webmaster", "redaktion", "redaction", "redaccion",
    "redazione", "redactie", "editorial", "newsroom", "desk",
    "the editors", "editorial board", "editorial staff",
    "guest author", "guest contributor", "text", "photos",
    "photo", "foto", "fotos", "video", "illustration",
    "graphics", "story", "words", "comments", "comment",
    "click here", "read more", "more info", "user", "root",
    "none", "null", "undefined", "n/a", "na", "reports",
    "report", "wire", "wires", "wire reports",
    // A share button's confirmation printed beside the name.
    "link copied", "copied", "copy link",
    // Labels of author boxes and filters that byline-classed elements hold.
    "full bio", "bio", "category", "categories", "collection", "gender",
    "age"};
constexpr std::string_view kAuthorPathSegmentList[] = {
    "author", "authors", "autor", "autoren", "autorin", "auteur",
    "auteurs", "autore", "autori", "autores", "auteurs", "writer",
    "writers", "journalist", "journalists", "journalisten", "reporter",
    "reporters", "columnist", "columnists", "contributor", "contributors",
    "editors", "redakteur", "redacteur", "redactie", "forfatter",
    "skribent", "autorzy", "staff"};
constexpr std::string_view kNonAuthorFirstList[] = {
    "follow", "email", "e-mail", "mail", "share", "view",
    "see", "read", "subscribe", "contact", "comments",
    "comment", "print", "tweet", "click", "more", "about",
    "all", "sign", "log", "login", "posts", "articles",
    "twitter", "facebook", "instagram", "linkedin",
    "updated", "published",
    // "Follow" in the languages of our bylines: a button beside the name.
    "folgen", "suivre", "seguir", "segui", "volgen", "folj", "folg",
    "følg", "obserwuj", "sledovat", "подписаться", "takip"};
constexpr std::string_view kJoiningPrepositionList[] = {
    "for", "from", "in", "at", "of", "the", "with", "on",
    "to", "a"};
constexpr std::string_view kClauseList[] = {
    "is", "was", "are", "were", "has", "have", "had",
    "will", "writes", "wrote", "says", "said", "covers",
    "via", "and", "or"};
constexpr std::string_view kBylineTailList[] = {
    "updated", "update", "published", "posted",
    "aktualisiert", "veroffentlicht", "publie", "actualizado",
    "publicado", "aggiornato", "pubblicato", "bijgewerkt",
    "gepubliceerd", "обновлено", "опубликовано", "입력",
    "수정", "업데이트", "更新", "发布", "公開", "发表"};
constexpr std::string_view kAfterLastList[] = {"updated", "modified"};

// --- Dates and times ---------------------------------------------------------

struct MonthName {
  std::string_view folded;
  int month;
};

// Abbreviations shared between languages ("mar", "dec") appear once. Russian
// months are listed in the nominative and the genitive ("12 октября 2023")
// and the usual abbreviations.
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

constexpr std::string_view kWeekdayList[] = {
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
constexpr std::string_view kDatePrepositionList[] = {
    "on", "at", "le", "el", "am", "um", "den"};
constexpr std::string_view kDateFillerList[] = {"pm", "the"};
constexpr std::string_view kTimeLeadList[] = {
    "t", "at", "um",   "a",  "las", "alle", "ore", "as", "om",
    "в", "г",  "года", "kl", "klo", "o",    "le",  "on", "el"};
constexpr std::string_view kUpdatedList[] = {
    "updated", "modified", "aktualisiert", "mis a jour", "actualizado",
    "aggiornato", "atualizado", "bijgewerkt", "обновлено", "수정", "更新"};

// --- Lines of content ----------------------------------------------------------

constexpr std::string_view kStampLeadList[] = {
    "updated",   "published", "posted",      "last updated",
    "last modified", "modified", "first published", "created"};
constexpr std::string_view kCallToActionList[] = {
    "sign up for our",      "subscribe to our",   "subscribe now",
    "click here",           "to your inbox",      "in your inbox",
    "follow us on",         "download our app",   "download the app",
    "delivered through your letterbox",           "our newsletter"};
constexpr std::string_view kErrorTitleList[] = {
    "404",
    "page not found",
    "not found",
    "page doesn't exist",
    "page does not exist",
    "no longer available",
    "página no encontrada",
    "página não encontrada",
    "page introuvable",
    "seite nicht gefunden",
    "pagina non trovata",
    "страница не найдена",  // AsciiLower leaves Cyrillic capitals
    "Страница не найдена",
    "페이지를 찾을 수 없습니다",
    "ページが見つかりません",
    "页面不存在",
    "找不到页面",
    "الصفحة غير موجودة"};

// clang-format on

}  // namespace

const WordSet kNameParticles{kNameParticleList};
const WordSet kNameAbbreviations{kNameAbbreviationList};
const WordSet kEastAsianFamilyNames{kEastAsianFamilyNameList};
const WordSet kNameSeparators{kNameSeparatorList};
const WordSet kShortNameSeparators{kShortNameSeparatorList};

const WordSet kBylineLeadIns{kBylineLeadInList};
const WordSet kBylineLeadInVerbs{kBylineLeadInVerbList};
const WordSet kForeignBy{kForeignByList};
const WordSet kBylineRoles{kBylineRoleList};
const WordSet kBylineLabels{kBylineLabelList};
const WordSet kBylineLabelVerbs{kBylineLabelVerbList};
const WordSet kBylineLabelBy{kBylineLabelByList};
const WordSet kCjkRoleAffixes{kCjkRoleAffixList};
const WordSet kOrganisationWords{kOrganisationList};
const WordSet kTeamWords{kTeamWordList};
const WordSet kNonAuthorPhrases{kNonAuthorPhraseList};
const WordSet kNonAuthorFirstWords{kNonAuthorFirstList};
const WordSet kAuthorPathSegments{kAuthorPathSegmentList};
const WordSet kJoiningPrepositions{kJoiningPrepositionList};
const WordSet kClauseWords{kClauseList};
const WordSet kBylineTailWords{kBylineTailList};
const WordSet kAfterLast{kAfterLastList};

int MonthNumber(std::string_view folded) {
  for (const MonthName& name : kMonthNames) {
    if (name.folded == folded) return name.month;
  }
  return 0;
}
const WordSet kWeekdays{kWeekdayList};
const WordSet kDatePrepositions{kDatePrepositionList};
const WordSet kDateFillers{kDateFillerList};
const WordSet kTimeLeadWords{kTimeLeadList};
const WordSet kUpdatedWords{kUpdatedList};

const WordSet kStampLeadWords{kStampLeadList};
const WordSet kCallToActionPhrases{kCallToActionList};
const WordSet kErrorTitlePhrases{kErrorTitleList};

}  // namespace artext::lexicon

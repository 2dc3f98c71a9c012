// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The word lists are data, kept apart from the parsing steps so they can be
// read and extended in one place. Every entry is folded (FoldForMatch: lower
// case, no accents).

#include "metadata/byline_words.h"

#include "util/text.h"

namespace artext::metadata {

using util::InList;

// clang-format off
// Lower-case parts of names: "Ludwig van Beethoven", "Maria de la Cruz".
bool IsNameParticle(std::string_view key) {
  return InList(key, {"van", "von", "de", "der", "den", "del", "della",
                      "delle", "dei", "da", "das", "do", "dos", "du", "di",
                      "la", "le", "les", "lo", "ten", "ter", "te", "zu",
                      "zum", "y", "e", "bin", "ibn", "binti", "al", "el",
                      "af", "av", "st"});
}

// Jobs, ranks and beats. A byline item is cut at the first of these
// ("Jane Doe Staff Writer"); an item made only of them is dropped.
bool IsBylineRoleWord(std::string_view key) {
  return InList(
      key,
      {// English jobs and ranks.
       "writer", "writers", "reporter", "reporters", "correspondent",
       "correspondents", "editor", "editors", "contributor", "contributors",
       "columnist", "columnists", "photographer", "photojournalist",
       "journalist", "journalists", "producer", "analyst", "intern",
       "staff", "senior", "chief", "contributing", "special", "deputy",
       "associate", "managing", "executive", "assistant", "lead", "bureau",
       "director", "anchor", "host", "presenter", "researcher", "fellow",
       "freelance", "freelancer", "stringer", "critic", "blogger",
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
       "dr", "mr", "mrs", "ms", "mx", "prof", "professor"});
}

// Words that mark an organisation rather than a person.
bool IsOrganisationWord(std::string_view key) {
  return InList(
      key,
      {"news", "press", "agency", "reuters", "ap", "afp", "staff", "desk",
       "team", "media", "times", "inc", "ltd", "llc", "gmbh", "corp",
       "group", "dpa", "efe", "ansa", "upi", "bloomberg", "cnn", "bbc",
       "yonhap", "xinhua", "kyodo", "tass", "associated", "editorial",
       "newsroom", "wire", "wires", "service", "redaktion", "redaction",
       "redaccion", "redazione", "redactie", "online", "magazine",
       "journal", "post", "herald", "tribune", "daily", "gazette", "radio",
       "tv", "television", "network", "channel", "guardian", "telegraph",
       "independent", "chronicle", "examiner", "courier", "mirror",
       "express", "newspaper", "newswire", "bureau", "agencies",
       "뉴스", "뉴시스", "연합뉴스", "通信", "新闻", "新聞"});
}

// Items that are never an author, compared whole.
bool IsNonAuthorPhrase(std::string_view key) {
  return InList(key,
                {"staff", "admin", "administrator", "editor", "editors",
                 "author", "authors", "guest", "anonymous", "unknown",
                 "webmaster", "redaktion", "redaction", "redaccion",
                 "redazione", "redactie", "editorial", "newsroom", "desk",
                 "the editors", "editorial board", "editorial staff",
                 "guest author", "guest contributor", "text", "photos",
                 "photo", "foto", "fotos", "video", "illustration",
                 "graphics", "story", "words", "comments", "comment",
                 "click here", "read more", "more info", "user", "root",
                 "none", "null", "undefined", "n/a", "na", "reports",
                 "report", "wire", "wires", "wire reports"});
}

// First words of calls to action and widgets: "Follow", "Email the author",
// "View all posts", "Share on Facebook".
bool IsNonAuthorFirstWord(std::string_view key) {
  return InList(key, {"follow", "email", "e-mail", "mail", "share", "view",
                      "see", "read", "subscribe", "contact", "comments",
                      "comment", "print", "tweet", "click", "more", "about",
                      "all", "sign", "log", "login", "posts", "articles",
                      "twitter", "facebook", "instagram", "linkedin",
                      "updated", "published"});
}

// Lead-ins removed from the start of an item.
bool IsBylineLeadIn(std::string_view key) {
  return InList(key, {"by", "author", "authors", "autor", "autorin",
                      "autoren", "auteur", "auteurs", "автор", "текст",
                      "text", "texto", "testo", "글", "文", "作者", "文字"});
}

// Two-word English lead-ins ("Written by").
bool IsBylineLeadInVerb(std::string_view key) {
  return InList(key, {"written", "posted", "words", "story", "reported",
                      "compiled", "article", "text", "reporting"});
}

// Non-English "by": only stripped when a full name (2+ words) follows, as
// "Von Trapp" or "Di Maria" are names.
bool IsForeignBy(std::string_view key) {
  return InList(key, {"von", "par", "por", "door", "di", "av", "af", "przez"});
}

// "Updated ..." and similar: the byline ends here.
bool IsBylineTailKeyword(std::string_view key) {
  return InList(key, {"updated", "update", "published", "posted",
                      "aktualisiert", "veroffentlicht", "publie", "actualizado",
                      "publicado", "aggiornato", "pubblicato", "bijgewerkt",
                      "gepubliceerd", "обновлено", "опубликовано", "입력",
                      "수정", "업데이트", "更新", "发布", "公開", "发表"});
}

// Role words written after (or before) CJK names, often without a space:
// "김철수 기자", "김철수기자", "記者 山田太郎".
namespace {
constexpr std::string_view kCjkRoleAffixList[] = {
    "선임기자", "객원기자", "인턴기자", "수습기자", "기자", "특파원",
    "논설위원", "위원", "통신원", "앵커", "記者", "记者", "特派員", "特派员",
    "編集委員", "撮影", "报道", "報道", "通讯员"};
}  // namespace

std::span<const std::string_view> CjkRoleAffixes() { return kCjkRoleAffixList; }

// Romanised Korean and Chinese family names. After one of these the parts
// of a hyphenated given name are lower case: "Chung Yeong-gyo".
bool IsEastAsianFamilyName(std::string_view key) {
  return InList(
      key, {"kim", "lee", "park", "pak", "choi", "chung", "jung", "jeong",
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
            "hsu", "chou", "tseng", "ho", "kuo", "lai", "hsieh", "tsao"});
}

bool IsDatePreposition(std::string_view key) {
  return InList(key, {"on", "at", "le", "el", "am", "um", "den"});
}

bool IsTrailingDateFiller(std::string_view key) {
  return IsDatePreposition(key) || InList(key, {"pm", "the"});
}

bool IsNameAbbreviation(std::string_view key) {
  return InList(key, {"jr", "sr", "st", "dr", "mr", "mrs", "ms", "mx", "prof",
                      "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
                      "rev", "fr"});
}

bool IsJoiningPreposition(std::string_view key) {
  return InList(key, {"for", "from", "in", "at", "of", "the", "with", "on",
                      "to", "a"});
}

bool IsClauseWord(std::string_view key) {
  return InList(key, {"is", "was", "are", "were", "has", "have", "had",
                      "will", "writes", "wrote", "says", "said", "covers",
                      "via", "and", "or"});
}
// clang-format on

}  // namespace artext::metadata

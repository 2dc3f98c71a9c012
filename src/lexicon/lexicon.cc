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
    "text", "texto", "testo", "글", "文", "作者", "文字",
    // "Poster", "writer" in ja, ko, zh: "投稿者 Masafumi Negishi".
    "投稿者", "執筆者", "作成者", "글쓴이", "작성자", "撰稿"};
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
    "著者", "筆者", "作者", "文", "글", "撰文", "投稿者", "執筆者", "作成者",
    "글쓴이", "작성자", "撰稿"};
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
constexpr std::string_view kEditorLabelList[] = {
    "editor", "editors", "edited", "editing", "editado", "editada", "edite",
    "editee", "a cura di", "redaktur", "penyunting", "redigert", "redigerad",
    "redigeret", "eindredactie", "редактор", "编辑", "編輯",
    "责任编辑", "責任編輯", "責編", "责编", "編集", "편집", "에디터"};
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
    // Job titles printed after the name ("Meghan Neville, Content
    // Marketing Coordinator", "Matt Check, Head Winemaker").
    "coordinator", "manager", "specialist", "strategist", "educator",
    "winemaker", "horticulturalist", "horticulturist", "officer",
    "president", "engineer", "developer", "designer", "scientist",
    "nutritionist", "dietitian", "therapist", "advisor", "adviser",
    "marketer", "trainer", "physician", "instructor", "economist",
    "historian", "evangelist", "leiter", "leiterin",
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
// The wire services of the countries our bylines come from, folded.
constexpr std::string_view kNewsAgencyList[] = {
    "ap", "afp", "reuters", "dpa", "efe", "ansa", "upi", "sda", "apa",
    "kna", "epd", "afx", "ddp", "anp", "belga", "ntb", "tt", "ritzau",
    "pap", "ctk", "tass", "ria", "interfax", "yonhap", "xinhua", "kyodo",
    "jiji", "aa", "ips", "ats", "keystone-sda", "europa press", "lusa",
    "agencia brasil", "anadolu", "anadolu ajansi", "dha", "iha", "pti",
    "ians", "ani", "bernama", "antara", "cna", "aap"};

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
    // A player's button beside the byline ("WATCH LIVE", "Listen").
    "watch", "listen",
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

// Read by the date parser only (see MonthNumberInDate): languages added for
// datelines, several of whose month names are also given names or common
// words ("Nisan", "Eylül", "Maj", "Agustus") that bylines must keep.
// Genitive forms where dates use them ("12 października", "12. října").
constexpr MonthName kDateOnlyMonthNames[] = {
    // Polish.
    {"stycznia", 1}, {"styczen", 1}, {"lutego", 2}, {"luty", 2},
    {"marca", 3}, {"marzec", 3}, {"kwietnia", 4}, {"kwiecien", 4},
    {"maja", 5}, {"maj", 5}, {"czerwca", 6}, {"czerwiec", 6},
    {"lipca", 7}, {"lipiec", 7}, {"sierpnia", 8}, {"sierpien", 8},
    {"wrzesnia", 9}, {"wrzesien", 9}, {"pazdziernika", 10},
    {"pazdziernik", 10}, {"listopada", 11}, {"listopad", 11},
    {"grudnia", 12}, {"grudzien", 12},
    // Czech.
    {"ledna", 1}, {"leden", 1}, {"unora", 2}, {"unor", 2}, {"brezna", 3},
    {"brezen", 3}, {"dubna", 4}, {"duben", 4}, {"kvetna", 5}, {"kveten", 5},
    {"cervna", 6}, {"cerven", 6}, {"cervence", 7}, {"cervenec", 7},
    {"srpna", 8}, {"srpen", 8}, {"zari", 9}, {"rijna", 10}, {"rijen", 10},
    {"listopadu", 11}, {"prosince", 12}, {"prosinec", 12},
    // Slovak (genitive).
    {"januara", 1}, {"februara", 2}, {"aprila", 4}, {"juna", 6},
    {"jula", 7}, {"augusta", 8}, {"septembra", 9}, {"oktobra", 10},
    {"novembra", 11}, {"decembra", 12},
    // Swedish, Norwegian, Danish (the rest are German or English spellings).
    {"augusti", 8}, {"marts", 3}, {"desember", 12},
    // Turkish.
    {"ocak", 1}, {"subat", 2}, {"mart", 3}, {"nisan", 4}, {"mayis", 5},
    {"haziran", 6}, {"temmuz", 7}, {"agustos", 8}, {"eylul", 9},
    {"ekim", 10}, {"kasim", 11}, {"aralik", 12},
    // Romanian.
    {"ianuarie", 1}, {"ian", 1}, {"februarie", 2}, {"martie", 3},
    {"aprilie", 4}, {"iunie", 6}, {"iun", 6}, {"iulie", 7}, {"iul", 7},
    {"septembrie", 9}, {"octombrie", 10}, {"noiembrie", 11},
    {"decembrie", 12},
    // Hungarian ("2023. október 12.").
    {"marcius", 3}, {"aprilis", 4}, {"majus", 5}, {"junius", 6},
    {"julius", 7}, {"augusztus", 8}, {"szeptember", 9},
    // Finnish (partitive, as dates write them).
    {"tammikuuta", 1}, {"helmikuuta", 2}, {"maaliskuuta", 3},
    {"huhtikuuta", 4}, {"toukokuuta", 5}, {"kesakuuta", 6},
    {"heinakuuta", 7}, {"elokuuta", 8}, {"syyskuuta", 9},
    {"lokakuuta", 10}, {"marraskuuta", 11}, {"joulukuuta", 12},
    // Indonesian and Malay.
    {"maret", 3}, {"agustus", 8}, {"mac", 3}, {"julai", 7}, {"ogos", 8},
    {"disember", 12},
    // Catalan.
    {"gener", 1}, {"febrer", 2}, {"marc", 3}, {"maig", 5}, {"juny", 6},
    {"juliol", 7}, {"agost", 8}, {"setembre", 9}, {"desembre", 12},
    // Greek (genitive), with and without the accents that capitals drop.
    {"ιανουαρίου", 1}, {"ιανουαριου", 1}, {"φεβρουαρίου", 2},
    {"φεβρουαριου", 2}, {"μαρτίου", 3}, {"μαρτιου", 3}, {"απριλίου", 4},
    {"απριλιου", 4}, {"μαΐου", 5}, {"μαιου", 5}, {"ιουνίου", 6},
    {"ιουνιου", 6}, {"ιουλίου", 7}, {"ιουλιου", 7}, {"αυγούστου", 8},
    {"αυγουστου", 8}, {"σεπτεμβρίου", 9}, {"σεπτεμβριου", 9},
    {"οκτωβρίου", 10}, {"οκτωβριου", 10}, {"νοεμβρίου", 11},
    {"νοεμβριου", 11}, {"δεκεμβρίου", 12}, {"δεκεμβριου", 12},
    // Ukrainian (genitive).
    {"січня", 1}, {"лютого", 2}, {"березня", 3}, {"квітня", 4},
    {"травня", 5}, {"червня", 6}, {"липня", 7}, {"серпня", 8},
    {"вересня", 9}, {"жовтня", 10}, {"листопада", 11}, {"грудня", 12},
    // Bulgarian.
    {"януари", 1}, {"февруари", 2}, {"април", 4}, {"юни", 6}, {"юли", 7},
    {"септември", 9}, {"октомври", 10}, {"ноември", 11}, {"декември", 12},
    // Arabic: the Egyptian and Gulf names (with and without hamza), the
    // Maghreb's French-derived ones, and the Levantine one-word names (the
    // two-word ones, "كانون الثاني", are read by the parser).
    {"يناير", 1}, {"فبراير", 2}, {"مارس", 3}, {"أبريل", 4}, {"ابريل", 4},
    {"إبريل", 4}, {"مايو", 5}, {"يونيو", 6}, {"يونيه", 6}, {"يوليو", 7},
    {"يوليه", 7}, {"أغسطس", 8}, {"اغسطس", 8}, {"سبتمبر", 9},
    {"أكتوبر", 10}, {"اكتوبر", 10}, {"نوفمبر", 11}, {"ديسمبر", 12},
    {"جانفي", 1}, {"فيفري", 2}, {"أفريل", 4}, {"افريل", 4}, {"ماي", 5},
    {"جوان", 6}, {"جويلية", 7}, {"أوت", 8}, {"اوت", 8},
    {"شباط", 2}, {"آذار", 3}, {"نيسان", 4}, {"أيار", 5}, {"ايار", 5},
    {"حزيران", 6}, {"تموز", 7}, {"آب", 8}, {"أيلول", 9}, {"ايلول", 9},
    // Persian: the Gregorian months as Persian writes them (the Solar
    // Hijri months are SolarHijriMonthNumber's).
    {"ژانویه", 1}, {"فوریه", 2}, {"آوریل", 4}, {"مه", 5}, {"می", 5},
    {"ژوئن", 6}, {"ژوئیه", 7}, {"جولای", 7}, {"اوت", 8}, {"آگوست", 8},
    {"سپتامبر", 9}, {"اکتبر", 10}, {"نوامبر", 11}, {"دسامبر", 12},
};

// The months of the Solar Hijri calendar, Iran's and Afghanistan's civil
// calendar ("۱۴ مهر ۱۴۰۲"), with the Arabic-letter spellings of ی and ک.
constexpr MonthName kSolarHijriMonthNames[] = {
    {"فروردین", 1}, {"فروردين", 1}, {"اردیبهشت", 2}, {"ارديبهشت", 2},
    {"خرداد", 3}, {"تیر", 4}, {"تير", 4}, {"مرداد", 5}, {"امرداد", 5},
    {"شهریور", 6}, {"شهريور", 6}, {"مهر", 7}, {"آبان", 8}, {"آذر", 9},
    {"دی", 10}, {"دي", 10}, {"بهمن", 11}, {"اسفند", 12},
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
    "aggiornato", "atualizado", "bijgewerkt", "обновлено", "수정", "更新",
    "oppdatert", "opdateret", "uppdaterad", "uppdaterat", "zaktualizowano",
    "aktualizacja", "aktualizovano", "aktualizace", "guncellen",
    "guncelleme", "actualizat", "обновлен", "оновлено", "업데이트",
    "frissitve", "paivitetty", "تحديث", "روزرسانی", "edited", "bearbeitet",
    "modifie", "modificado", "modificato", "gewijzigd"};

constexpr std::string_view kExpiryList[] = {
    // en
    "ends", "ending", "expires", "expiry", "expiration", "until", "deadline",
    "closes", "valid",
    // de
    "endet", "bis", "gultig", "ablauf", "frist",
    // fr
    "jusqu", "jusqu'au", "expire", "termine", "echeance",
    // es, it, pt
    "hasta", "vence", "finaliza", "fino", "scade", "scadenza", "termina",
    "valido", "valida", "expira",
    // nl, sv, no, da
    "eindigt", "geldig", "verloopt", "slutar", "galler", "giltig", "gyldig",
    // pl, cs, ru, tr
    "wazne", "plati", "до", "kadar",
    // ja, zh, ko
    "まで", "截止", "期限", "까지"};

// --- Lines of content ----------------------------------------------------------

constexpr std::string_view kStampLeadList[] = {
    "updated",   "published", "posted",      "last updated",
    "last modified", "modified", "first published", "created"};
constexpr std::string_view kCallToActionList[] = {
    "sign up for our",      "subscribe to our",   "subscribe now",
    "click here",           "to your inbox",      "in your inbox",
    "follow us on",         "download our app",   "download the app",
    "delivered through your letterbox",           "our newsletter",
    "join our mailing list", "subscribe to the monthly", "subscribe to the weekly",
    "subscribe to the daily"};
constexpr std::string_view kNewsletterCallOpenerList[] = {
    "join", "subscribe", "sign up", "get the", "get our"};
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
const WordSet kEditorLabels{kEditorLabelList};
const WordSet kCjkRoleAffixes{kCjkRoleAffixList};
const WordSet kOrganisationWords{kOrganisationList};
const WordSet kTeamWords{kTeamWordList};
const WordSet kNewsAgencies{kNewsAgencyList};
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
int MonthNumberInDate(std::string_view folded) {
  if (int month = MonthNumber(folded)) return month;
  for (const MonthName& name : kDateOnlyMonthNames) {
    if (name.folded == folded) return name.month;
  }
  return 0;
}
int SolarHijriMonthNumber(std::string_view folded) {
  for (const MonthName& name : kSolarHijriMonthNames) {
    if (name.folded == folded) return name.month;
  }
  return 0;
}
const WordSet kWeekdays{kWeekdayList};
const WordSet kDatePrepositions{kDatePrepositionList};
const WordSet kDateFillers{kDateFillerList};
const WordSet kTimeLeadWords{kTimeLeadList};
const WordSet kUpdatedWords{kUpdatedList};
const WordSet kExpiryWords{kExpiryList};

const WordSet kStampLeadWords{kStampLeadList};
const WordSet kCallToActionPhrases{kCallToActionList};
const WordSet kNewsletterCallOpeners{kNewsletterCallOpenerList};
const WordSet kErrorTitlePhrases{kErrorTitleList};

}  // namespace artext::lexicon

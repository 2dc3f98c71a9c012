// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Test helpers for the charset tests: realistic news text in several
// languages (written for these tests) and an iconv-based encoder that turns
// the UTF-8 literals into legacy-encoded page bytes at test time.

#ifndef ARTEXT_TESTS_CHARSET_FIXTURES_H_
#define ARTEXT_TESTS_CHARSET_FIXTURES_H_

#include <iconv.h>

#include <cerrno>
#include <stdexcept>
#include <string>
#include <string_view>

namespace artext::charset::testing {

inline constexpr std::string_view kKoreanNews =
    "서울시는 오늘 오전 시청에서 기자회견을 열고 내년부터 대중교통 요금을 "
    "단계적으로 인상하겠다고 밝혔다. 시 관계자는 물가 상승과 운영 적자가 "
    "누적되면서 요금 조정이 불가피하다고 설명했다. 시민단체들은 서민 부담이 "
    "커질 것이라며 반대 입장을 나타냈다. 한편 정부는 지방자치단체와 협의해 "
    "지원 방안을 마련하겠다고 말했다.";

inline constexpr std::string_view kJapaneseNews =
    "東京都は本日、来年度から公共交通機関の運賃を段階的に引き上げると発表"
    "しました。担当者によると、燃料費の高騰と利用者の減少により、運営が厳しい"
    "状況が続いているということです。市民団体は家計への負担が大きくなるとして、"
    "計画の見直しを求めています。専門家は、値上げの前に経営の効率化を進める"
    "べきだと指摘しています。";

inline constexpr std::string_view kChineseNews =
    "北京市政府今天上午召开新闻发布会，宣布从明年起逐步调整公共交通票价。"
    "有关负责人表示，由于燃料成本上涨和客流减少，公交系统的运营压力持续加大。"
    "一些市民担心生活负担会进一步增加，希望政府能够提供更多补贴。专家认为，"
    "票价改革应当兼顾财政可持续性和公众利益。";

inline constexpr std::string_view kRussianNews =
    "Правительство Москвы сегодня объявило о постепенном повышении стоимости "
    "проезда в общественном транспорте со следующего года. По словам "
    "представителей мэрии, рост цен на топливо и сокращение числа пассажиров "
    "привели к серьёзным убыткам. Общественные организации считают, что это "
    "решение ударит по семейным бюджетам, и призывают власти пересмотреть "
    "план.";

// French and German with the characters that distinguish windows-1252 from
// ISO-8859-1: curly quotes, the euro sign, dashes (bytes 0x80..0x9F).
inline constexpr std::string_view kFrenchGermanNews =
    "Le gouvernement a annoncé mercredi une hausse progressive des tarifs des "
    "transports en commun à partir de l’année prochaine. « C’est une décision "
    "difficile, mais nécessaire », a déclaré la ministre, évoquant un déficit "
    "de 12 millions d’euros (12 M€). Les associations d’usagers dénoncent une "
    "mesure qui pèsera sur les ménages les plus modestes – déjà fragilisés par "
    "l’inflation. Die Bürgermeisterin äußerte sich überrascht über die Größe "
    "des Defizits: „Wir müssen über Gebühren reden“, sagte sie.";

// `text` (UTF-8) converted to `to_code` with iconv; throws on failure (test
// code only: the fixture itself is broken then).
inline std::string Encode(std::string_view text, const char* to_code) {
  iconv_t cd = iconv_open(to_code, "UTF-8");
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    throw std::runtime_error(std::string("iconv_open ") + to_code);
  }
  std::string out(text.size() * 4 + 16, '\0');
  char* in = const_cast<char*>(text.data());
  size_t in_left = text.size();
  char* out_ptr = out.data();
  size_t out_left = out.size();
  const size_t result = iconv(cd, &in, &in_left, &out_ptr, &out_left);
  const bool flushed =
      iconv(cd, nullptr, nullptr, &out_ptr, &out_left) != static_cast<size_t>(-1);
  iconv_close(cd);
  if (result == static_cast<size_t>(-1) || !flushed) {
    throw std::runtime_error(std::string("cannot encode to ") + to_code);
  }
  out.resize(out.size() - out_left);
  return out;
}

// A news-like page around `body` (already in the page's encoding). `head`
// goes first in <head>, e.g. a <meta charset>. The markup is ASCII.
inline std::string Page(std::string_view body, std::string_view head = "") {
  std::string page =
      "<!DOCTYPE html>\n<html>\n<head>\n";
  page += head;
  page +=
      "\n<title>City news</title>\n"
      "<link rel=\"stylesheet\" href=\"/static/site.css\">\n"
      "<script>window.dataLayer = window.dataLayer || [];</script>\n"
      "</head>\n<body>\n<header><nav><a href=\"/\">Home</a> "
      "<a href=\"/politics\">Politics</a></nav></header>\n"
      "<article><h1>Transit fares</h1>\n<p>";
  page += body;
  page += "</p>\n</article>\n<footer>(c) 2024</footer>\n</body>\n</html>\n";
  return page;
}

}  // namespace artext::charset::testing

#endif  // ARTEXT_TESTS_CHARSET_FIXTURES_H_

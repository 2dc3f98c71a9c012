// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/readers/jsonld.h"

#include <cctype>
#include <cmath>
#include <string>
#include <unordered_map>

#include "lexicon/lexicon.h"
#include "metadata/parsers/date_parse.h"
#include "metadata/parsers/entities.h"
#include "util/json_bounded.h"
#include "util/text.h"
#include "util/utf8_case.h"

namespace artext::metadata {
namespace {

using nlohmann::json;

// More objects than this in one page's JSON-LD are product feeds or
// breadcrumb dumps; the article is always among the first few.
constexpr size_t kMaxObjects = 2000;
// Nesting deeper than this is not metadata (and bounds the walk).
constexpr int kMaxJsonDepth = 64;

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Removes the wrappers pages put around the JSON: "<!--", "<![CDATA[",
// "//<![CDATA[", "/*<![CDATA[*/" at the start and their closers at the end.
std::string_view Unwrap(std::string_view s) {
  static constexpr std::string_view kOpeners[] = {
      "<!--", "//<![CDATA[", "/*<![CDATA[*/", "<![CDATA["};
  static constexpr std::string_view kClosers[] = {"-->", "//]]>", "/*]]>*/",
                                                  "]]>"};
  for (bool changed = true; changed;) {
    changed = false;
    s = util::Trim(s);
    for (std::string_view o : kOpeners) {
      if (s.starts_with(o)) {
        s.remove_prefix(o.size());
        changed = true;
      }
    }
    for (std::string_view c : kClosers) {
      if (s.ends_with(c)) {
        s.remove_suffix(c.size());
        changed = true;
      }
    }
  }
  return s;
}

// One pass outside/inside strings: drops commas right before '}' or ']',
// escapes raw control characters inside strings.
std::string Repair(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool in_string = false;
  bool escaped = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      } else if (static_cast<unsigned char>(c) < 0x20) {
        out += c == '\n' ? "\\n" : c == '\t' ? "\\t" : " ";
        continue;
      }
      out += c;
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == ',') {
      size_t j = i + 1;
      while (j < s.size() && IsSpace(s[j])) ++j;
      if (j < s.size() && (s[j] == '}' || s[j] == ']')) continue;
    }
    out += c;
  }
  return out;
}

// The top-level values of `s`: "{...}{...}" or "{...},{...}" or "{...};".
std::vector<std::string_view> SplitTopLevel(std::string_view s) {
  std::vector<std::string_view> values;
  int depth = 0;
  bool in_string = false;
  bool escaped = false;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (depth == 0) start = i;
      ++depth;
    } else if ((c == '}' || c == ']') && depth > 0) {
      if (--depth == 0) values.push_back(s.substr(start, i + 1 - start));
    }
  }
  return values;
}

std::string TypeName(std::string_view t) {
  // "schema:NewsArticle", "http://schema.org/NewsArticle" -> "NewsArticle".
  size_t cut = t.find_last_of("/:#");
  if (cut != std::string_view::npos) t.remove_prefix(cut + 1);
  return std::string(t);
}

bool HasType(const json& obj, bool (*pred)(std::string_view)) {
  auto it = obj.find("@type");
  if (it == obj.end()) return false;
  if (it->is_string()) return pred(TypeName(it->get_ref<const std::string&>()));
  if (it->is_array()) {
    for (const json& t : *it) {
      if (t.is_string() && pred(TypeName(t.get_ref<const std::string&>()))) {
        return true;
      }
    }
  }
  return false;
}

bool IsArticleType(std::string_view t) {
  // schema.org's Article subtypes that news and blog pages use.
  static constexpr std::string_view kTypes[] = {
      "Article",          "NewsArticle",         "ReportageNewsArticle",
      "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
      "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting",
      "LiveBlogPosting",  "SocialMediaPosting",  "DiscussionForumPosting",
      "TechArticle",      "ScholarlyArticle",    "Report",
      "SatiricalArticle", "AdvertiserContentArticle", "Review"};
  for (std::string_view k : kTypes) {
    if (k == t) return true;
  }
  return false;
}

bool IsPageType(std::string_view t) {
  return t == "WebPage" || t == "ItemPage" || t == "AboutPage" ||
         t == "ProfilePage" || t == "QAPage";
}

// Works that are the page they are declared on, besides articles: a video's
// page, a podcast episode's, a recipe's. Their date is the page's.
bool IsPageWorkType(std::string_view t) {
  static constexpr std::string_view kTypes[] = {
      "VideoObject", "AudioObject", "MediaObject", "PodcastEpisode",
      "Episode",     "Clip",        "Recipe",      "HowTo",
      "CreativeWork"};
  for (std::string_view k : kTypes) {
    if (k == t) return true;
  }
  return false;
}

bool IsOrganisationType(std::string_view t) {
  return t == "Organization" || t == "NewsMediaOrganization" ||
         t == "Corporation" || t == "EducationalOrganization" ||
         t == "GovernmentOrganization" || t == "LocalBusiness";
}

// Lower-cased words (letters and digits; other scripts kept whole).
std::vector<std::string> TitleWords(std::string_view s) {
  std::vector<std::string> words;
  std::string word;
  for (size_t i = 0; i <= s.size(); ++i) {
    unsigned char c = i < s.size() ? static_cast<unsigned char>(s[i]) : ' ';
    if (std::isalnum(c) || c >= 0x80) {
      word += static_cast<char>(std::tolower(c));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  return words;
}

// Share of the words of `title` that `candidate` also has.
double TitleOverlap(std::string_view candidate, std::string_view title) {
  std::vector<std::string> cw = TitleWords(candidate);
  std::vector<std::string> tw = TitleWords(title);
  if (tw.empty()) return 0;
  size_t shared = 0;
  for (const std::string& w : tw) {
    for (const std::string& c : cw) {
      if (c == w) {
        ++shared;
        break;
      }
    }
  }
  return static_cast<double>(shared) / static_cast<double>(tw.size());
}

std::string Clean(std::string_view s) {
  return util::CollapseWhitespace(DecodeEntities(s));
}

// Every object in `roots`, depth-first, iteratively.
std::vector<const json*> AllObjects(const std::vector<const json*>& roots) {
  std::vector<const json*> objects;
  std::vector<std::pair<const json*, int>> stack;
  for (auto it = roots.rbegin(); it != roots.rend(); ++it) {
    stack.emplace_back(*it, 0);
  }
  while (!stack.empty() && objects.size() < kMaxObjects) {
    auto [v, depth] = stack.back();
    stack.pop_back();
    if (depth > kMaxJsonDepth) continue;
    if (v->is_object()) objects.push_back(v);
    if (v->is_object() || v->is_array()) {
      // Reverse push keeps document order when popping.
      std::vector<const json*> children;
      for (const json& child : *v) {
        if (child.is_object() || child.is_array()) children.push_back(&child);
      }
      for (auto c = children.rbegin(); c != children.rend(); ++c) {
        stack.emplace_back(*c, depth + 1);
      }
    }
  }
  return objects;
}

class Reader {
 public:
  Reader(const std::vector<const json*>& roots, PageFacts* facts)
      : roots_(roots), objects_(AllObjects(roots)), facts_(facts) {
    for (const json* o : objects_) {
      auto id = o->find("@id");
      if (id != o->end() && id->is_string() && o->size() > 1) {
        by_id_.emplace(id->get<std::string>(), o);
      }
    }
  }

  void Read() {
    const json* article = nullptr;
    const json* page = nullptr;
    for (const json* o : objects_) {
      if (!article && HasType(*o, IsArticleType)) article = o;
      if (!page && HasType(*o, IsPageType)) page = o;
    }
    const json* main = article ? article : page;
    std::string label = "json-ld";
    if (!main) {
      // A video, a podcast episode or an object without a type still dates
      // the page it stands for.
      if (const json* work = TopLevelDatedWork()) {
        AddPublished(*work, label);
        AddDate(*work, "dateModified", &facts_->modified, label);
      }
      return;
    }
    AddTitle(*main, article != nullptr, label);
    if (!AddAuthors(*main, "author", label)) AddAuthors(*main, "creator", label);
    if (!AddPublished(*main, label) && page && page != main) {
      AddDate(*page, "datePublished", &facts_->published, label);
    }
    if (!AddDate(*main, "dateModified", &facts_->modified, label) && page &&
        page != main) {
      AddDate(*page, "dateModified", &facts_->modified, label);
    }
    AddString(*main, "description", &facts_->descriptions, label);
    AddImage(*main, label);
    AddKeywords(*main, label);
    AddString(*main, "inLanguage", &facts_->languages, label);
    if (const json* pub = Resolve(main->find("publisher"), *main)) {
      if (pub->is_object()) AddString(*pub, "name", &facts_->site_names, label);
    }
    if (!AddString(*main, "url", &facts_->urls, label)) {
      const json* m = Resolve(main->find("mainEntityOfPage"), *main);
      if (m && m->is_string()) {
        facts_->urls.push_back({Clean(m->get<std::string>()), label});
      } else if (m && m->is_object()) {
        AddString(*m, "@id", &facts_->urls, label);
      }
    }
  }

 private:
  // The publication date of a work: datePublished, else dateCreated, else
  // uploadDate (VideoObject and MediaObject give only that).
  bool AddPublished(const json& obj, const std::string& label) {
    return AddDate(obj, "datePublished", &facts_->published, label) ||
           AddDate(obj, "dateCreated", &facts_->published, label) ||
           AddDate(obj, "uploadDate", &facts_->published, label);
  }

  // On a page with no article or page object: the first object at the top
  // level (a root, an element of a root array or of "@graph") that carries
  // a publication date and is a work the page stands for (IsPageWorkType),
  // or has no type at all. Not a list of other works (their dates are
  // teasers'), a course, a product or an event; nested objects are never
  // taken: they are the parts of something else.
  const json* TopLevelDatedWork() const {
    std::vector<const json*> top;
    for (const json* root : roots_) {
      const json* graph = root;
      if (root->is_object()) {
        auto g = root->find("@graph");
        if (g != root->end() && g->is_array()) graph = &*g;
      }
      if (graph->is_array()) {
        for (const json& item : *graph) top.push_back(&item);
      } else {
        top.push_back(graph);
      }
    }
    for (const json* o : top) {
      if (!o->is_object() ||
          (o->contains("@type") && !HasType(*o, IsPageWorkType))) {
        continue;
      }
      for (const char* key : {"datePublished", "dateCreated", "uploadDate"}) {
        if (o->contains(key)) return o;
      }
    }
    return nullptr;
  }

  // obj[key] with a bare {"@id": ...} reference replaced by its target.
  const json* Resolve(json::const_iterator it, const json& obj) const {
    if (it == obj.end()) return nullptr;
    return Deref(&*it);
  }
  const json* Deref(const json* v) const {
    if (v->is_object() && v->size() == 1 && v->contains("@id")) {
      const json& id = (*v)["@id"];
      if (id.is_string()) {
        auto found = by_id_.find(id.get<std::string>());
        if (found != by_id_.end()) return found->second;
      }
    }
    return v;
  }

  // "headline", or "name" for an article without one. When both are given
  // and differ, the one closer to the page's <title> (set by the caller) is
  // the title; the other is often a kicker or a tagline.
  void AddTitle(const json& obj, bool is_article, const std::string& label) {
    std::vector<Candidate> found;
    AddString(obj, "headline", &found, label);
    if (is_article) AddString(obj, "name", &found, label);
    if (found.empty()) return;
    size_t best = 0;
    if (found.size() == 2 && found[0].value != found[1].value &&
        TitleOverlap(found[1].value, facts_->document_title) >
            TitleOverlap(found[0].value, facts_->document_title)) {
      best = 1;
    }
    facts_->titles.push_back(std::move(found[best]));
  }

  bool AddString(const json& obj, const char* key, std::vector<Candidate>* out,
                 const std::string& label) {
    auto it = obj.find(key);
    if (it == obj.end()) return false;
    const json* v = &*it;
    if (v->is_array() && !v->empty()) v = &(*v)[0];
    if (!v->is_string()) return false;
    std::string s = Clean(v->get_ref<const std::string&>());
    if (s.empty()) return false;
    out->push_back({std::move(s), label});
    return true;
  }

  bool AddDate(const json& obj, const char* key, std::vector<Candidate>* out,
               const std::string& label) {
    auto it = obj.find(key);
    if (it == obj.end()) return false;
    const json* v = &*it;
    if (v->is_array() && !v->empty()) v = &(*v)[0];
    if (v->is_number()) {
      // Unix timestamps, seconds or milliseconds (DateFromUnix decides).
      double d = v->get<double>();
      if (!std::isfinite(d) || d < 0 || d > 1e15) return false;
      if (auto iso = DateFromUnix(static_cast<int64_t>(d))) {
        out->push_back({*iso, label});
        return true;
      }
      return false;
    }
    if (!v->is_string()) return false;
    std::string s = Clean(v->get_ref<const std::string&>());
    if (s.empty()) return false;
    out->push_back({std::move(s), label});
    return true;
  }

  // The first string of `key` in `obj` (or of the list it holds), cleaned;
  // empty when there is none.
  static std::string FirstString(const json& obj, const char* key) {
    auto it = obj.find(key);
    const json* v = it == obj.end() ? nullptr : &*it;
    if (v && v->is_array() && !v->empty()) v = &(*v)[0];
    if (!v || !v->is_string()) return {};
    return Clean(v->get_ref<const std::string&>());
  }

  // A Person's "name", or its "givenName" and "familyName" when it gives
  // only those (schema.org allows either; some CMSes fill only the parts).
  static std::string PersonName(const json& person) {
    std::string name = FirstString(person, "name");
    if (!name.empty()) return name;
    std::string given = FirstString(person, "givenName");
    std::string family = FirstString(person, "familyName");
    if (given.empty() || family.empty()) return {};
    return given + " " + family;
  }

  // One author value: a string, a Person/Organization object, an @id
  // reference, or a list of those.
  bool AddAuthors(const json& obj, const char* key, const std::string& label) {
    const json* v = Resolve(obj.find(key), obj);
    if (!v) return false;
    AuthorCandidate people = AuthorCandidate::Names({}, label, false);
    AuthorCandidate orgs = AuthorCandidate::Names({}, label, true);
    std::vector<const json*> items;
    if (v->is_array()) {
      for (const json& item : *v) items.push_back(Deref(&item));
    } else {
      items.push_back(v);
    }
    for (const json* item : items) {
      if (item->is_string()) {
        std::string s = Clean(item->get_ref<const std::string&>());
        if (!s.empty()) people.names.push_back(std::move(s));
        continue;
      }
      if (!item->is_object()) continue;
      std::string s = PersonName(*item);
      if (s.empty()) continue;
      (HasType(*item, IsOrganisationType) ? orgs : people)
          .names.push_back(std::move(s));
    }
    // A news agency listed beside people co-wrote the story with them
    // ("Paula Steiger", "SDA"): one credit, not an organisation that
    // yields to the people.
    if (!people.names.empty()) {
      std::vector<std::string> others;
      for (std::string& n : orgs.names) {
        (lexicon::kNewsAgencies.Contains(util::FoldForMatch(n)) ? people.names : others)
            .push_back(std::move(n));
      }
      orgs.names = std::move(others);
    }
    bool any = false;
    for (AuthorCandidate* c : {&people, &orgs}) {
      if (c->names.empty()) continue;
      for (size_t i = 0; i < c->names.size(); ++i) {
        c->raw += (i ? ", " : "") + c->names[i];
      }
      facts_->authors.push_back(std::move(*c));
      any = true;
    }
    return any;
  }

  void AddImage(const json& obj, const std::string& label) {
    const json* v = Resolve(obj.find("image"), obj);
    if (!v) v = Resolve(obj.find("thumbnailUrl"), obj);
    if (!v) return;
    if (v->is_array() && !v->empty()) v = Deref(&(*v)[0]);
    if (v->is_string()) {
      facts_->images.push_back({Clean(v->get<std::string>()), label});
    } else if (v->is_object()) {
      if (!AddString(*v, "url", &facts_->images, label)) {
        AddString(*v, "contentUrl", &facts_->images, label);
      }
    }
  }

  void AddKeywords(const json& obj, const std::string& label) {
    auto it = obj.find("keywords");
    if (it == obj.end()) return;
    if (it->is_string()) {
      facts_->tags.push_back({Clean(it->get<std::string>()), label});
    } else if (it->is_array()) {
      for (const json& k : *it) {
        if (k.is_string()) facts_->tags.push_back({Clean(k.get<std::string>()), label});
      }
    }
  }

  std::vector<const json*> roots_;
  std::vector<const json*> objects_;
  std::unordered_map<std::string, const json*> by_id_;
  PageFacts* facts_;
};

}  // namespace

std::vector<json> ParseJsonLdBlock(std::string_view text) {
  std::vector<json> values;
  std::string repaired = Repair(Unwrap(text));
  for (std::string_view part : SplitTopLevel(repaired)) {
    json v = util::ParseJsonBounded(part);
    if (v.is_discarded() && part.find("&quot;") != std::string_view::npos) {
      // The whole block was HTML-escaped ({&quot;headline&quot;: ...}).
      v = util::ParseJsonBounded(Repair(DecodeEntities(part)));
    }
    if (!v.is_discarded()) values.push_back(std::move(v));
  }
  return values;
}

void ReadJsonLdValues(const std::vector<json>& values, PageFacts* facts) {
  std::vector<const json*> roots;
  for (const json& v : values) roots.push_back(&v);
  Reader(roots, facts).Read();
}

std::vector<JsonLdBlock> ParseJsonLdScripts(const dom::Document& doc) {
  std::vector<JsonLdBlock> blocks;
  for (const dom::Node* n = doc.root(); n; n = dom::NextInTree(n, doc.root())) {
    if (n->tag != dom::Tag::kScript) continue;
    std::string_view type = n->Attr("type");
    if (!util::ContainsIgnoreCase(type, "ld+json")) continue;
    JsonLdBlock block;
    block.standard_type =
        util::StartsWithIgnoreCase(util::Trim(type), "application/ld+json");
    std::string text;
    for (const dom::Node* c = n->first_child; c; c = c->next_sibling) {
      if (c->is_text()) text += c->text;
    }
    // Valid JSON passes the tolerant path unchanged (nothing to unwrap or
    // repair, one top-level value), so the strict parse alone gives the
    // same values; a scalar gives none either way.
    // Past the bounds of util/json_bounded.h the block is ignored whole.
    util::JsonShape shape;
    json v = util::ParseJsonBounded(text, &shape);
    if (shape != util::JsonShape::kWithinBounds) {
      blocks.push_back(std::move(block));
      continue;
    }
    if (!v.is_discarded()) {
      block.strict = true;
      if (v.is_structured()) block.values.push_back(std::move(v));
    } else if (block.standard_type) {
      block.values = ParseJsonLdBlock(text);
    }
    blocks.push_back(std::move(block));
  }
  return blocks;
}

void ReadJsonLd(const std::vector<JsonLdBlock>& blocks, PageFacts* facts) {
  std::vector<const json*> roots;
  for (const JsonLdBlock& block : blocks) {
    if (!block.standard_type) continue;
    for (const json& v : block.values) roots.push_back(&v);
  }
  if (!roots.empty()) Reader(roots, facts).Read();
}

}  // namespace artext::metadata

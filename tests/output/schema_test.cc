// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Every golden output in samples/ must match docs/schema.json: the documented
// keys are present with the documented types. A small validator for the
// subset of JSON Schema the file uses (type, required, properties, items,
// enum) keeps the test free of further dependencies.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "artext/extract.h"
#include "artext/output.h"

namespace {

using nlohmann::json;
namespace fs = std::filesystem;

bool HasType(const json& v, const std::string& type) {
  if (type == "string") return v.is_string();
  if (type == "null") return v.is_null();
  if (type == "array") return v.is_array();
  if (type == "object") return v.is_object();
  if (type == "integer") return v.is_number_integer();
  if (type == "boolean") return v.is_boolean();
  if (type == "number") return v.is_number();
  return false;
}

// Appends one line per violation to *errors.
void Validate(const json& schema, const json& v, const std::string& path,
              std::vector<std::string>* errors) {
  if (schema.contains("type")) {
    const json& t = schema["type"];
    bool ok = false;
    if (t.is_string()) {
      ok = HasType(v, t);
    } else {
      for (const auto& one : t) ok = ok || HasType(v, one);
    }
    if (!ok) {
      errors->push_back(path + ": expected type " + t.dump() + ", got " + v.dump().substr(0, 60));
      return;
    }
  }
  if (schema.contains("enum")) {
    bool found = false;
    for (const auto& e : schema["enum"]) found = found || e == v;
    if (!found) errors->push_back(path + ": " + v.dump() + " not in enum");
  }
  if (v.is_object()) {
    for (const auto& key : schema.value("required", json::array())) {
      if (!v.contains(key.get<std::string>())) {
        errors->push_back(path + ": missing key " + key.get<std::string>());
      }
    }
    if (schema.contains("properties")) {
      for (const auto& [key, sub] : schema["properties"].items()) {
        if (v.contains(key)) Validate(sub, v[key], path + "." + key, errors);
      }
    }
  }
  if (v.is_array() && schema.contains("items")) {
    for (size_t i = 0; i < v.size(); ++i) {
      Validate(schema["items"], v[i], path + "[" + std::to_string(i) + "]", errors);
    }
  }
}

const fs::path kSource = ARTEXT_SOURCE_DIR;

json LoadJson(const fs::path& p) {
  std::ifstream in(p);
  return json::parse(in, nullptr, false);
}

// The article record's schema: docs/schema.json's "$defs"/"article".
json LoadArticleSchema() {
  return LoadJson(kSource / "docs/schema.json")["$defs"]["article"];
}

// True if `v` matches one of the top-level "anyOf" branches ("$ref"s into
// "$defs"), the way a JSON Schema validator reads docs/schema.json.
bool MatchesAnyRecord(const json& root, const json& v, std::string* why) {
  for (const json& branch : root["anyOf"]) {
    std::string ref = branch["$ref"].get<std::string>();
    const json& def = root["$defs"][ref.substr(ref.rfind('/') + 1)];
    std::vector<std::string> errors;
    Validate(def, v, ref, &errors);
    if (errors.empty()) return true;
    *why += errors.front() + "; ";
  }
  return false;
}


TEST(Schema, SchemaFileParses) {
  json root = LoadJson(kSource / "docs/schema.json");
  ASSERT_FALSE(root.is_discarded());
  json schema = root["$defs"]["article"];
  EXPECT_EQ(schema["required"].size(), 19u);  // page_type, schema_version added
  EXPECT_EQ(root["anyOf"].size(), 3u);        // article, error, skipped
}

TEST(Schema, EveryFreshOutputMatches) {
  json root = LoadJson(kSource / "docs/schema.json");
  json schema = root["$defs"]["article"];
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(kSource / "samples")) {
    if (entry.path().extension() != ".html") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), {});
    artext::Article article;
    ASSERT_TRUE(artext::Extract(bytes, {}, &article).ok()) << entry.path();
    json out = json::parse(artext::ToJson(article, {}));
    std::vector<std::string> errors;
    Validate(schema, out, entry.path().filename().string(), &errors);
    EXPECT_TRUE(errors.empty()) << errors.front();
    std::string why;
    EXPECT_TRUE(MatchesAnyRecord(root, out, &why)) << why;
    ++checked;
  }
  EXPECT_GT(checked, 0);
}

// Expected files may hold only the fields a fixture asserts (see
// `artext check`), so here only the types of the keys present are checked.
TEST(Schema, EveryGoldenFileMatches) {
  json schema = LoadArticleSchema();
  schema.erase("required");
  for (const auto& entry : fs::directory_iterator(kSource / "samples")) {
    std::string name = entry.path().filename().string();
    if (name.size() < 14 || name.substr(name.size() - 14) != ".expected.json") continue;
    json golden = LoadJson(entry.path());
    ASSERT_FALSE(golden.is_discarded()) << name;
    std::vector<std::string> errors;
    Validate(schema, golden, name, &errors);
    EXPECT_TRUE(errors.empty()) << errors.front();
  }
}

TEST(Schema, ValidatorCatchesAWrongType) {
  json schema = LoadArticleSchema();
  json bad = {{"headline", 3}};
  std::vector<std::string> errors;
  Validate(schema, bad, "bad", &errors);
  EXPECT_GE(errors.size(), 16u);  // 16 missing keys + the wrong type
}

TEST(Schema, ErrorAndSkipRecordsMatch) {
  json root = LoadJson(kSource / "docs/schema.json");
  std::string why;
  json error = {{"source", "a.html"}, {"error", "not HTML: binary"},
                {"error_kind", "not_html"}, {"schema_version", 1}};
  EXPECT_TRUE(MatchesAnyRecord(root, error, &why)) << why;
  json skip = {{"source", "a.html"}, {"page_type", "listing"},
               {"skipped", "not an article"}, {"schema_version", 1}};
  EXPECT_TRUE(MatchesAnyRecord(root, skip, &why)) << why;
  // The record artext wrote before error_kind existed no longer validates.
  json old_error = {{"source", "a.html"}, {"error", "x"}};
  EXPECT_FALSE(MatchesAnyRecord(root, old_error, &why));
  json bad_kind = error;
  bad_kind["error_kind"] = "oops";
  EXPECT_FALSE(MatchesAnyRecord(root, bad_kind, &why));
}

}  // namespace

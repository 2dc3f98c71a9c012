// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "artext/article.h"

namespace artext {

const char* BlockTypeName(BlockType type) {
  switch (type) {
    case BlockType::kParagraph: return "paragraph";
    case BlockType::kHeading: return "heading";
    case BlockType::kListItem: return "list_item";
    case BlockType::kQuote: return "quote";
    case BlockType::kCode: return "code";
    case BlockType::kTableRow: return "table_row";
  }
  return "paragraph";
}

const char* PageTypeName(PageType type) {
  switch (type) {
    case PageType::kArticle: return "article";
    case PageType::kListing: return "listing";
    case PageType::kProduct: return "product";
    case PageType::kForum: return "forum";
    case PageType::kDocumentation: return "documentation";
    case PageType::kService: return "service";
    case PageType::kOther: return "other";
  }
  return "other";
}

}  // namespace artext

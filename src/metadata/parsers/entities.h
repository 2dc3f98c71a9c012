// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// HTML character references left in metadata values. The HTML parser
// decodes entities in text and attributes, but not inside <script> (JSON-LD)
// and not twice: a CMS that escapes "&amp;" into a meta tag yields "&amp;"
// after parsing. Decoding them here keeps "Tom &amp; Jerry" out of headlines.

#ifndef ARTEXT_METADATA_PARSERS_ENTITIES_H_
#define ARTEXT_METADATA_PARSERS_ENTITIES_H_

#include <string>
#include <string_view>

namespace artext::metadata {

// Decodes numeric references (&#8217; &#x2019;) and the named ones pages
// put in metadata (&amp; &quot; &apos; &lt; &gt; &nbsp; and typographic
// quotes and dashes, bullets, Latin-1's accented letters). Unknown names
// are left as written.
std::string DecodeEntities(std::string_view s);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_PARSERS_ENTITIES_H_

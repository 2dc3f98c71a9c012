// A program using only the installed artext: prints a page's headline.
#include <artext/extract.h>

#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  artext::Article article;
  artext::Status s = artext::Extract(bytes.str(), artext::Options(), &article);
  if (!s.ok()) return std::cerr << s.ToString() << "\n", 1;
  std::cout << "artext " << artext::Version() << " (headers " ARTEXT_VERSION
            << "): " << article.headline.value_or("(none)") << "\n";
}

// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/inputs.h"

#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>
#include <sstream>
#include <utility>

#include "util/text.h"

namespace artext::cli {
namespace {

std::string JoinPath(const std::string& dir, const std::string& name) {
  if (dir.empty()) return name;
  if (dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

std::string BaseName(const std::string& path) {
  std::string p = path;
  while (p.size() > 1 && p.back() == '/') p.pop_back();
  size_t slash = p.rfind('/');
  return slash == std::string::npos ? p : p.substr(slash + 1);
}

std::string ErrnoText(int e) { return std::strerror(e); }

// What a file that is not a regular file or a directory is, for errors.
const char* FileKind(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  return "not a regular file";
}

// The sorted names in a directory (std::filesystem never lists "." and
// ".."). Fails only when the directory cannot be opened; a read error part
// way ends the list there.
io::IoStatus ListDirectory(const std::string& dir,
                           std::vector<std::string>* names) {
  std::error_code ec;
  std::filesystem::directory_iterator it(dir, ec);
  if (ec) return io::IoStatus::Error(ec.message());
  for (; it != std::filesystem::directory_iterator(); it.increment(ec)) {
    names->push_back(it->path().filename().string());
  }
  std::sort(names->begin(), names->end());
  return Status::Ok();
}

struct DirId {
  dev_t dev;
  ino_t ino;
  bool operator==(const DirId& o) const { return dev == o.dev && ino == o.ino; }
  bool operator<(const DirId& o) const {
    return dev != o.dev ? dev < o.dev : ino < o.ino;
  }
};

// Walks `root` depth-first in name order with an explicit stack (no
// recursion over the unbounded tree). Symlinks are followed, but each real
// directory (device and inode) is entered once: a second path to it adds
// nothing, so a tree of symlinks that fan out without a loop costs its real
// size, not one visit per path (issue 16, row 8: 2^N inputs from N levels
// of two links each). A directory that is its own ancestor is reported as a
// symlink loop.
void WalkDirectory(const std::string& root, const struct stat& root_stat,
                   const std::vector<std::string>& globs,
                   std::vector<Input>* out) {
  struct Pending {
    std::string path;
    std::string relative;
    size_t depth;  // number of directories above it in this walk
  };
  std::vector<DirId> ancestors;  // the directories enclosing the current one
  std::set<DirId> entered;       // every directory entered so far
  std::vector<Pending> stack;
  auto enter = [&](const std::string& path, const std::string& relative,
                   const struct stat& st, size_t depth) {
    ancestors.resize(depth);
    DirId id{st.st_dev, st.st_ino};
    if (std::find(ancestors.begin(), ancestors.end(), id) != ancestors.end()) {
      out->push_back({path, relative, "symlink loop: directory is its own ancestor"});
      return;
    }
    if (!entered.insert(id).second) return;  // walked by another path
    std::vector<std::string> names;
    if (io::IoStatus s = ListDirectory(path, &names); !s.ok()) {
      out->push_back({path, relative, "cannot read directory: " + s.message()});
      return;
    }
    ancestors.push_back(id);
    for (auto it = names.rbegin(); it != names.rend(); ++it) {
      stack.push_back({JoinPath(path, *it), JoinPath(relative, *it), depth + 1});
    }
  };
  enter(root, "", root_stat, 0);
  while (!stack.empty()) {
    Pending p = std::move(stack.back());
    stack.pop_back();
    std::string name = BaseName(p.path);
    bool wanted = MatchesGlobs(name, globs);
    struct stat st;
    if (stat(p.path.c_str(), &st) != 0) {
      int e = errno;
      // A loop is reported whatever its name (it might have been a
      // directory); other unresolvable names only when they look like pages.
      if (e == ELOOP) {
        out->push_back({p.path, p.relative, "symlink loop: " + ErrnoText(e)});
      } else if (wanted) {
        out->push_back({p.path, p.relative,
                        (e == ENOENT ? "dangling symlink: " : "cannot stat: ") +
                            ErrnoText(e)});
      }
      continue;
    }
    if (S_ISDIR(st.st_mode)) {
      enter(p.path, p.relative, st, p.depth);
    } else if (wanted) {
      if (S_ISREG(st.st_mode)) {
        out->push_back({p.path, p.relative, ""});
      } else {
        out->push_back({p.path, p.relative, "not a regular file"});
      }
    }
  }
}

void AddOperand(const std::string& operand,
                const std::vector<std::string>& globs, bool walk_directories,
                std::vector<Input>* out) {
  if (operand == "-") {
    out->push_back({"-", "stdin", ""});
    return;
  }
  struct stat st;
  if (stat(operand.c_str(), &st) != 0) {
    int e = errno;
    out->push_back({operand, BaseName(operand),
                    (e == ELOOP ? "symlink loop: " : "") + ErrnoText(e)});
    return;
  }
  if (S_ISDIR(st.st_mode)) {
    if (walk_directories) {
      const size_t before = out->size();
      WalkDirectory(operand, st, globs, out);
      // An operand that yields nothing is a mistake (a wrong directory or
      // --glob), or a directory named like a page: say so, not "0 processed".
      if (out->size() == before) {
        std::string patterns;
        for (const std::string& g : globs) {
          patterns += (patterns.empty() ? "" : ", ") + g;
        }
        for (const char* g : kDefaultGlobs) {
          if (!globs.empty()) break;
          patterns += (patterns.empty() ? "" : ", ") + std::string(g);
        }
        out->push_back({operand, BaseName(operand),
                        "is a directory with no file matching " + patterns});
      }
    } else {
      out->push_back({operand, SafeRelativePath(operand), "is a directory"});
    }
    return;
  }
  // Named explicitly: read whether or not its name matches the globs. On
  // the command line a pipe is read too (a shell's <(...) is /dev/fd/63;
  // FdSource::Open never waits for a writer). A list names files: anything
  // else there (a FIFO, a device) is an error, decided here, before any
  // open, so one odd entry cannot stall the batch (issue 16, row 11).
  // Devices are refused on both: /dev/zero or a terminal is not a page.
  const bool pipe = S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode);
  if (!S_ISREG(st.st_mode) && !(pipe && walk_directories)) {
    out->push_back({operand, SafeRelativePath(operand),
                    std::string("not a regular file (") + FileKind(st.st_mode) +
                        ")"});
    return;
  }
  out->push_back({operand,
                  walk_directories ? BaseName(operand) : SafeRelativePath(operand),
                  ""});
}

io::IoStatus ReadList(const std::string& path, std::string* out) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    *out = ss.str();
    return Status::Ok();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return io::IoStatus::Error(path + ": cannot read the list of files: " +
                           ErrnoText(errno));
  }
  out->assign(std::istreambuf_iterator<char>(in), {});
  if (in.bad()) {
    return io::IoStatus::Error(path + ": cannot read the list of files");
  }
  return Status::Ok();
}

}  // namespace

bool MatchesGlobs(std::string_view name, const std::vector<std::string>& globs) {
  std::string full(name);
  std::string stem = util::EndsWithIgnoreCase(name, ".gz")
                         ? std::string(name.substr(0, name.size() - 3))
                         : std::string();
  auto match = [&](const char* pattern) {
    if (fnmatch(pattern, full.c_str(), FNM_CASEFOLD) == 0) return true;
    return !stem.empty() && fnmatch(pattern, stem.c_str(), FNM_CASEFOLD) == 0;
  };
  if (globs.empty()) {
    for (const char* g : kDefaultGlobs) {
      if (match(g)) return true;
    }
    return false;
  }
  for (const std::string& g : globs) {
    if (match(g.c_str())) return true;
  }
  return false;
}

std::vector<std::string> SplitFileList(std::string_view list,
                                       bool nul_separated) {
  std::vector<std::string> paths;
  char sep = nul_separated ? '\0' : '\n';
  size_t start = 0;
  while (start < list.size()) {
    size_t end = list.find(sep, start);
    if (end == std::string_view::npos) end = list.size();
    std::string_view entry = list.substr(start, end - start);
    if (!nul_separated && !entry.empty() && entry.back() == '\r') {
      entry.remove_suffix(1);
    }
    if (!entry.empty()) paths.emplace_back(entry);
    start = end + 1;
  }
  return paths;
}

std::string SafeRelativePath(std::string_view path) {
  std::string out;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    std::string_view part = path.substr(start, end - start);
    if (!part.empty() && part != "." && part != "..") {
      if (!out.empty()) out += '/';
      out += part;
    }
    start = end + 1;
  }
  return out.empty() ? "input" : out;
}

std::string OutputRelativePath(std::string_view relative,
                               std::string_view suffix) {
  std::string_view stem = relative;
  if (util::EndsWithIgnoreCase(stem, ".gz")) stem.remove_suffix(3);
  for (std::string_view ext : {".html", ".htm", ".xhtml"}) {
    if (util::EndsWithIgnoreCase(stem, ext) && stem.size() > ext.size() &&
        stem[stem.size() - ext.size() - 1] != '/') {
      stem.remove_suffix(ext.size());
      break;
    }
  }
  return std::string(stem) + std::string(suffix);
}

io::IoStatus EnumerateInputs(const InputSpec& spec,
                             std::vector<Input>* out) {
  for (const std::string& operand : spec.operands) {
    AddOperand(operand, spec.globs, /*walk_directories=*/true, out);
  }
  if (!spec.files_from.empty()) {
    std::string list;
    if (io::IoStatus s = ReadList(spec.files_from, &list); !s.ok()) return s;
    for (const std::string& path : SplitFileList(list, spec.nul_separated)) {
      AddOperand(path, spec.globs, /*walk_directories=*/false, out);
    }
  }
  if (spec.operands.empty() && spec.files_from.empty()) {
    out->push_back({"-", "stdin", ""});
  }
  return Status::Ok();
}

}  // namespace artext::cli

#!/usr/bin/env bash
# -f markdown renders, through cmark-gfm (the GFM reference renderer,
# Debian's cmark-gfm), to exactly the extracted text with its structure
# (issue 17): headings, lists, quotes, code and tables as such, links
# resolved against --url and kept, captioned pictures as images; hostile or
# markup-like page text stays text. Also: batches of text or Markdown on
# stdout separate their pages.
#
# Usage: bash markdown_render.sh ARTEXT_BINARY SOURCE_DIR
source "$(dirname "$0")/../testing/cli.sh" "$@"
command -v cmark-gfm >/dev/null || { echo "cmark-gfm missing: scripts/deps.sh installs it"; exit 1; }
PY=/usr/bin/python3

words="$(printf 'The council met again on Tuesday to weigh the plan. %.0s' $(seq 1 12))"
cat > "$TMP/page.html" <<HTML
<html><head><title>Harbour plan</title></head><body><article>
<h1>Harbour plan</h1>
<p>$words Read the <a href="/report?id=1&amp;v=2">safety report</a> and the <a href="javascript:alert(1)">bad link</a>.</p>
<p>Stars *and* stripes, 2 &lt; 3 &amp;&amp; _under_ [x](y) &lt;img src=x onerror=alert(1)&gt; \`tick\` ~~no~~ | pipe</p>
<p>1986. A year that opens a paragraph.</p>
<p># Not a heading, + not a list, - nor this</p>
<h2>Costs</h2>
<ul><li>First item *one*</li><li>Second item</li></ul>
<blockquote>A quoted line &gt; with a marker</blockquote>
<pre>int main() { return 0; }
\`\`\` fence inside</pre>
<table><tr><th>Year</th><th>Cost | total</th></tr><tr><td>2023</td><td>4 m</td></tr><tr><td>2024</td><td>5 m</td><td>extra</td></tr></table>
<figure><img src="pics/harbour.jpg" alt=""><figcaption>The harbour at dawn *wide*</figcaption></figure>
<p>$words</p>
</article></body></html>
HTML
"$ARTEXT" -f markdown --url https://news.example/a/b.html "$TMP/page.html" > "$TMP/page.md" || fail "markdown run failed"
"$ARTEXT" -f json --url https://news.example/a/b.html "$TMP/page.html" > "$TMP/page.json" || fail "json run failed"
cmark-gfm --extension table --extension strikethrough --extension autolink \
  "$TMP/page.md" > "$TMP/page.rendered.html" || fail "cmark-gfm failed"

# Structure and text, checked on the rendered HTML with Python's parser.
if ! "$PY" - "$TMP/page.rendered.html" "$TMP/page.json" <<'PYEOF'
import html.parser, json, re, sys
rendered = open(sys.argv[1], encoding="utf-8").read()
article = json.load(open(sys.argv[2], encoding="utf-8"))

class Walk(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.text, self.stack = [], [], []
        self.cells, self.links, self.images = [], [], []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        self.stack.append((tag, len("".join(self.text))))
        if tag == "a": self.links.append(a.get("href"))
        if tag == "img":
            self.images.append((a.get("src"), a.get("alt")))
            self.stack.pop()
    def handle_endtag(self, tag):
        while self.stack:
            t, start = self.stack.pop()
            if t == tag: break
        if tag in ("td", "th"):
            self.cells.append((tag, "".join(self.text)[start:].strip()))
        self.text.append(" ")
    def handle_data(self, d): self.text.append(d)

w = Walk(); w.feed(rendered)
fails = []
def check(cond, what):
    if not cond: fails.append(what)
flat = lambda s: re.sub(r"\s+", " ", s).strip()
text = flat("".join(w.text))

# Every body block's text, in order, in the rendered text: nothing lost,
# nothing added by stray markup (table rows are checked cell by cell).
pos = 0
for b in article["body"]:
    parts = b.get("cells") or [b["text"]] if b["type"] == "table_row" else [b["text"]]
    for part in parts:
        at = text.find(flat(part), pos)
        check(at >= 0, "block text missing or out of order: %r" % part)
        if at >= 0: pos = at + len(flat(part))
for tag in ("h1", "h3", "ul", "li", "blockquote", "pre", "code", "table", "th", "td", "img", "a"):
    check(tag in w.tags, "no <%s> in the rendering" % tag)
for tag in ("strong", "ol", "del", "script", "h2"):
    check(tag not in w.tags, "page text became <%s>" % tag)
# The one <em> is the caption line; the headline is the one <h1>, the
# page's <h2> an <h3> (body headings sit one level below the headline).
check(w.tags.count("em") == 1, "page text became <em>: %s" % w.tags)
check(w.tags.count("h1") == 1 and w.tags.count("h3") == 1,
      "'# Not a heading' became a heading: %s" % w.tags)
check(w.tags.count("ul") == 1 and w.tags.count("li") == 2, "lists: %s" % w.tags)
check(w.images == [("https://news.example/a/pics/harbour.jpg", "The harbour at dawn *wide*")],
      "images: %r" % w.images)
check("<img src=x onerror" in text, "escaped tag text lost: %r" % text[:300])
check(w.links == ["https://news.example/report?id=1&v=2"], "links: %r" % w.links)
check(("th", "Year") in w.cells and ("th", "Cost | total") in w.cells
      and ("td", "extra") in w.cells and ("td", "2023") in w.cells,
      "table cells: %r" % w.cells)
check("The harbour at dawn *wide*" in text, "caption missing")
for f in fails: print("FAIL:", f)
sys.exit(1 if fails else 0)
PYEOF
then
  fail "the rendering differs (markdown below)"; cat "$TMP/page.md"
else
  ok "cmark-gfm renders the extracted text with its structure"
fi

# Links in the JSON body, resolved and filtered the same way.
"$PY" -c '
import json, sys
a = json.load(open(sys.argv[1]))
links = [l for b in a["body"] for l in b.get("links", [])]
sys.exit(0 if links == [{"text": "safety report", "url": "https://news.example/report?id=1&v=2"}] else 1)
' "$TMP/page.json" && ok "JSON body blocks carry resolved, safe links" \
  || fail "JSON links: $(grep -o '"links":[^]]*]' "$TMP/page.json")"

# <base href> and, without --url, the canonical URL resolve links too.
printf '<html><head><base href="https://cdn.example/base/"><link rel=canonical href="https://canon.example/story"></head><body><article><p>%s <a href="more.html">more</a>.</p></article></body></html>' "$words" > "$TMP/base.html"
printf '<html><head><link rel=canonical href="https://canon.example/news/story"></head><body><article><p>%s <a href="more.html">more</a>.</p></article></body></html>' "$words" > "$TMP/canon.html"
"$ARTEXT" -f markdown "$TMP/base.html" | grep -qF '(https://cdn.example/base/more.html)' \
  && ok "<base href> resolves body links" || fail "<base href>: $("$ARTEXT" -f markdown "$TMP/base.html" | grep more)"
"$ARTEXT" -f html "$TMP/canon.html" | grep -qF 'href="https://canon.example/news/more.html"' \
  && ok "the canonical URL resolves body links" || fail "canonical: $("$ARTEXT" -f html "$TMP/canon.html" | grep more)"

# A batch of Markdown or text on stdout separates its pages.
cp "$TMP/base.html" "$TMP/two.html"
"$ARTEXT" -q -f markdown "$TMP/base.html" "$TMP/two.html" > "$TMP/batch.md"
cmark-gfm "$TMP/batch.md" | grep -c '<hr />' | grep -qx 1 \
  && ok "markdown batch: one thematic break between two pages" \
  || fail "markdown batch separator: $(cat "$TMP/batch.md")"
"$ARTEXT" -q -f text "$TMP/base.html" "$TMP/two.html" > "$TMP/batch.txt"
[ "$(grep -c '^==> .*\.html <==$' "$TMP/batch.txt")" = 2 ] \
  && ok "text batch: a ==> SOURCE <== line before each page" \
  || fail "text batch separator: $(cat "$TMP/batch.txt")"
finish

#!/bin/bash
# Scaling runs: artext on generated 1 MB, 10 MB and 100 MB pages.
#
#   bash bench/scaling.sh BUILD_DIR [WORK_DIR] [KINDS...]
#
# BUILD_DIR is a build with -DARTEXT_BUILD_BENCH=ON (it holds artext and
# bench/gen_page). Pages are written to WORK_DIR (default: a fresh temporary
# folder, removed afterwards). KINDS default to "mixed" (a quarter each of a
# long article, a huge link list, tiny elements and 100,000-deep nesting);
# name others (article links tiny nested) to time them alone.
# Prints CPU seconds (user + system), MB/s, the time ratio to the previous
# size (linear scaling: 10.0, within 1.2x: at most 12) and peak memory.
set -euo pipefail
build=${1:?usage: scaling.sh BUILD_DIR [WORK_DIR] [KINDS...]}
work=${2:-}
shift $(( $# >= 2 ? 2 : 1 ))
kinds=${*:-mixed}
cleanup=
if [ -z "$work" ]; then work=$(mktemp -d); cleanup=$work; fi
trap '[ -n "$cleanup" ] && rm -rf "$cleanup"' EXIT
printf '%-8s %7s %9s %8s %9s %9s %s\n' kind MB cpu_s MB/s ratio peak_MB words
for kind in $kinds; do
  prev=
  for mb in 1 10 100; do
    page=$work/$kind-$mb.html
    "$build/bench/gen_page" "$kind" "$mb" > "$page"
    size=$(stat -c %s "$page")
    out=$(/usr/bin/time -f '%U %S %M' -o "$work/time" \
          "$build/artext" --max-bytes 300000000 -f jsonl "$page")
    read -r user sys kb < "$work/time"
    cpu=$(echo "$user + $sys" | bc -l)
    # /usr/bin/time counts in 10 ms steps: a page done in less reads 0.
    if [ "$(echo "$cpu < 0.01" | bc -l)" = 1 ]; then cpu=0.01; fi
    words=$(printf '%s' "$out" | grep -o '"word_count":[0-9]*' | cut -d: -f2)
    ratio=-
    if [ -n "$prev" ]; then ratio=$(printf '%.1f' "$(echo "$cpu / $prev" | bc -l)"); fi
    printf '%-8s %7.1f %9.2f %8.1f %9s %9.0f %s\n' "$kind" "$(echo "$size/1000000" | bc -l)" \
      "$cpu" "$(echo "$size/1000000/$cpu" | bc -l)" "$ratio" "$(echo "$kb/1024" | bc -l)" "$words"
    prev=$cpu
    rm -f "$page"
  done
done

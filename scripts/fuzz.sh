#!/usr/bin/env bash
# Builds the fuzz targets in Fuzz/ with libFuzzer and AddressSanitizer and runs them.
#
#   scripts/fuzz.sh [--seconds N] [--max-len BYTES] [--small-corpus] [--debug] [target...]
#
# Targets: fuzz-readers fuzz-text fuzz-entities fuzz-events fuzz-sentiment-summary fuzz-pipeline
# (all of them when none is named), run one after another for N seconds each (default 600), on
# inputs of at most BYTES (seeds are cut to it too; by default 64 KiB for the readers, the text
# functions and the pipeline, 16 KiB for the slower analyses). The targets are built in release
# mode (optimised; preconditions, bounds and overflow checks stay) unless --debug.
# Each target's corpus lives in Fuzz/.corpus/TARGET: seeded on first use from ../shared (the seed
# articles, BBC texts, extraction pages, DUC 2004 documents, WikiWars and TempEval-3 TimeML, CoNLL
# and VADER files) and Fuzz/StartingInputs, it keeps what libFuzzer adds across runs; --small-corpus seeds
# a new corpus from ../shared/seeds and Fuzz/StartingInputs alone, for quick runs. Findings (crashes,
# inputs slower than 10 s, more than 4 GiB of memory, leaks) go to Fuzz/.artifacts/TARGET; the
# script prints their paths and exits non-zero. A finding reproduces with
#   Fuzz/.build/release/TARGET Fuzz/.artifacts/TARGET/crash-...
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
fuzz="$root/Fuzz"
shared="${BYLINE_SHARED:-$root/../shared}"
all_targets=(fuzz-readers fuzz-text fuzz-entities fuzz-events fuzz-sentiment-summary fuzz-pipeline)

seconds=600
max_len=
configuration=release
small_corpus=false
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
  --seconds)
    seconds="$2"
    shift 2
    ;;
  --max-len)
    max_len="$2"
    shift 2
    ;;
  --debug)
    configuration=debug
    shift
    ;;
  --small-corpus)
    small_corpus=true
    shift
    ;;
  -h | --help)
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
    exit 0
    ;;
  fuzz-*)
    targets+=("$1")
    shift
    ;;
  *)
    echo "error: unknown argument '$1' (targets: ${all_targets[*]})" >&2
    exit 2
    ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

echo "== building the fuzz targets ($configuration, -sanitize=fuzzer,address)"
# SwiftPM does not notice a source file added to the main package (a path dependency here) while
# it keeps its build plan; without the plan it plans again, which takes a second.
rm -f "$fuzz/.build/$configuration.yaml"
# ld.gold warns once per AddressSanitizer helper that it cannot export a local symbol: noise.
swift build -c "$configuration" --package-path "$fuzz" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library 2>&1 |
  { grep -v "Cannot export local symbol" || true; }
bin="$fuzz/.build/$configuration"

# Copies every `stride`-th file of `files` (at most 64 KiB of each) into `dest`, decompressing
# .gz files when `gunzip` is given.
add_seeds() {
  local dest="$1" stride="$2" mode="$3"
  shift 3
  local index=0 file name
  for file in "$@"; do
    [ -f "$file" ] || continue
    if [ $((index % stride)) -eq 0 ]; then
      name="$(basename "$(dirname "$file")")-$(basename "$file")"
      if [ "$mode" = gunzip ]; then
        gzip -dc "$file" 2>/dev/null | head -c 65536 >"$dest/${name%.gz}" || true
      else
        head -c 65536 "$file" >"$dest/$name"
      fi
    fi
    index=$((index + 1))
  done
}

seed() {
  local target="$1" dest="$2"
  mkdir -p "$dest"
  local data="$shared/data"
  add_seeds "$dest" 1 copy "$shared"/seeds/*
  [ -d "$fuzz/StartingInputs/${target#fuzz-}" ] && cp "$fuzz/StartingInputs/${target#fuzz-}"/* "$dest/"
  [ "$target" = fuzz-pipeline ] && cp "$fuzz"/StartingInputs/readers/* "$dest/"
  [ "$small_corpus" = true ] && return
  case "$target" in
  fuzz-readers)
    add_seeds "$dest" 40 copy "$data"/bbc/*/*.txt
    add_seeds "$dest" 8 copy "$data"/extraction/html/*.html.gz
    add_seeds "$dest" 8 gunzip "$data"/extraction/html/*.html.gz
    ;;
  fuzz-text)
    add_seeds "$dest" 40 copy "$data"/bbc/*/*.txt
    add_seeds "$dest" 25 copy "$data"/duc2004/docs/*/*
    ;;
  fuzz-entities)
    add_seeds "$dest" 40 copy "$data"/bbc/*/*.txt
    add_seeds "$dest" 1 copy "$data"/conll2003/eng.testa
    head -c 4096 "$root/Plugins/BylineEntities/Resources/model/ner-en.bin" >"$dest/model-head.bin"
    ;;
  fuzz-events)
    add_seeds "$dest" 80 copy "$data"/bbc/*/*.txt
    add_seeds "$dest" 2 copy "$data"/wikiwars-dev/timeml/*.tml
    add_seeds "$dest" 10 copy "$data"/tempeval3/*/*.tml "$data"/tempeval3/*/*/*.tml
    add_seeds "$dest" 50 copy "$data"/duc2004/docs/*/*
    ;;
  fuzz-sentiment-summary)
    add_seeds "$dest" 40 copy "$data"/bbc/*/*.txt
    add_seeds "$dest" 25 copy "$data"/duc2004/docs/*/*
    add_seeds "$dest" 100 copy "$data"/duc2004/models/*
    add_seeds "$dest" 1 copy "$data"/vader/vader_lexicon.txt
    ;;
  fuzz-pipeline)
    add_seeds "$dest" 80 copy "$data"/bbc/*/*.txt
    add_seeds "$dest" 16 copy "$data"/extraction/html/*.html.gz
    ;;
  esac
}

export LSAN_OPTIONS="suppressions=$fuzz/lsan.supp:print_suppressions=0"
failed=()
for target in "${targets[@]}"; do
  case " ${all_targets[*]} " in *" $target "*) ;; *)
    echo "error: no fuzz target '$target' (targets: ${all_targets[*]})" >&2
    exit 2
    ;;
  esac
  corpus="$fuzz/.corpus/$target"
  artifacts="$fuzz/.artifacts/$target"
  if [ -z "$(ls -A "$corpus" 2>/dev/null)" ]; then seed "$target" "$corpus"; fi
  mkdir -p "$artifacts"
  log="$artifacts/last-run.log"
  length="$max_len"
  if [ -z "$length" ]; then
    case "$target" in fuzz-entities | fuzz-events | fuzz-sentiment-summary) length=16384 ;; *) length=65536 ;; esac
  fi
  options=(-max_total_time="$seconds" -max_len="$length" -timeout=10 -rss_limit_mb=4096
    -artifact_prefix="$artifacts/" -print_final_stats=1)
  # Each malformed feed makes Foundation's XMLParser leak an error string (suppressed in
  # lsan.supp); checking for leaks after every such input would halve the speed, so the readers
  # are checked for leaks once, when the run ends.
  case "$target" in fuzz-readers | fuzz-pipeline) options+=(-detect_leaks=0) ;; esac
  echo "== $target: $seconds s, inputs up to $length bytes, corpus $(find "$corpus" -type f | wc -l) files"
  start=$(date +%s)
  status=0
  "$bin/$target" "${options[@]}" "$corpus" >"$log" 2>&1 || status=$?
  elapsed=$(($(date +%s) - start))
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
  echo "   $elapsed s, ${executions:-?} executions, ${coverage:-cov: ?}, corpus now $(find "$corpus" -type f | wc -l) files"
  if [ "$status" -ne 0 ]; then
    grep -E "^(==[0-9]+==ERROR|SUMMARY|Fatal error|.*: Fatal error|artifact_prefix)" "$log" | head -5 || true
    found=$(sed -n "s/^.*Test unit written to \(.*\)$/\1/p" "$log")
    echo "error: $target found a problem (exit $status); log: $log" >&2
    for file in $found; do echo "  finding: $file" >&2; done
    failed+=("$target")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "error: findings in ${failed[*]}" >&2
  exit 1
fi
echo "no findings"

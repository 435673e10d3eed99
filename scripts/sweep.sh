#!/usr/bin/env bash
# The corpus sweep: every command that reads articles, with its default options, over every corpus
# in ../shared and over generated hostile corpora, each run in its own `byline` process on a
# release build. A run that dies on a signal (a trap, an abort) is a crash; one that outlives the
# time limit is a hang. Both fail the sweep; a command that reports an error and exits 1 does not.
#
#   scripts/sweep.sh                 # everything (about 20 minutes on two cores)
#   scripts/sweep.sh --quick         # a sample of each corpus, what CI runs
#   scripts/sweep.sh --corpus bbc-tech --command entities
#
# Options:
#   --quick            at most 60 files of each corpus, 2,000 copies instead of 10,000, 2 MB paragraph
#   --corpus NAME      only corpora whose name contains NAME (repeatable)
#   --command NAME     only commands whose first word is NAME (repeatable)
#   --timeout SECONDS  the limit for one run (default 600)
#   --binary PATH      the byline binary (default: .build/release/byline, built if missing)
#   --report FILE      write the table of runs as TSV (default: .build/sweep/report.tsv)
set -uo pipefail
cd "$(dirname "$0")/.."

quick=0
timeout_seconds=600
binary=""
report=""
corpus_filters=()
command_filters=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --corpus) corpus_filters+=("$2"); shift ;;
    --command) command_filters+=("$2"); shift ;;
    --timeout) timeout_seconds="$2"; shift ;;
    --binary) binary="$2"; shift ;;
    --report) report="$2"; shift ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "sweep: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

for tool in /usr/bin/time timeout python3; do
  command -v "$tool" >/dev/null || { echo "sweep: needs $tool (Debian: apt-get install time coreutils python3)" >&2; exit 2; }
done
shared="$(cd .. && pwd)/shared"
work=".build/sweep"
mkdir -p "$work"
[ -n "$report" ] || report="$work/report.tsv"

if [ -z "$binary" ]; then
  binary=".build/release/byline"
  if [ ! -x "$binary" ] || [ -n "$(find Sources Plugins -newer "$binary" -name '*.swift' -print -quit)" ]; then
    echo "== building byline (release)"
    swift build -c release --product byline >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
  fi
fi

# MARK: - Corpora

# Generated hostile corpora: each a folder under $work/hostile.
make_hostile() {
  local root="$work/hostile"
  rm -rf "$root"
  mkdir -p "$root"/{empty,one-word,long-paragraph,all-caps,no-spaces,initials,digits,scripts,emoji,copies}
  : >"$root/empty/empty.txt"
  printf '\n\n   \n' >"$root/empty/blank.txt"
  printf 'Title\n' >"$root/empty/title-only.txt"
  echo "Word" >"$root/one-word/word.txt"
  echo "." >"$root/one-word/dot.txt"
  echo "\"" >"$root/one-word/quote.txt"
  local paragraph_bytes=$((quick == 1 ? 2000000 : 10000000))
  python3 - "$root/long-paragraph/paragraph.txt" "$paragraph_bytes" <<'PY'
import random, sys
random.seed(7)
words = ("the council said on Monday that Corvan Industries would pay 4.5 million euros to "
         "residents of Estmere after the flood , according to Mayor Idris Palomo who told reporters "
         "\" we will rebuild \" while the agency warned of more rain next week").split()
out, size = [], 0
target = int(sys.argv[2])
while size < target:
    w = random.choice(words)
    out.append(w); size += len(w) + 1
open(sys.argv[1], "w").write("A very long paragraph\n\n" + " ".join(out) + "\n")
PY
  python3 - "$root" <<'PY'
import os, sys
root = sys.argv[1]
def write(folder, name, text):
    with open(os.path.join(root, folder, name), "w", encoding="utf-8") as f:
        f.write(text)
body = ("Officials in Marrowby said on Tuesday that the Tessaly River Authority would close two "
        "bridges after heavy rain. \"We have no choice,\" said director Annika Feld. The closure "
        "is expected to last until March 3, 2024, the agency added.\n")
write("all-caps", "caps.txt", "FLOOD CLOSES BRIDGES\n\n" + body.upper() * 20)
write("no-spaces", "nospace.txt", "Nospaces\n\n" + body.replace(" ", "") * 50)
write("no-spaces", "one-token.txt", "x" * 200000 + "\n")
write("initials", "initials.txt", "A. B. C. met D. E. F.\n\n" + "J. K. L. and M. N. told O. P. that Q. R. S. T. would go. " * 40 + "\nA.B.C.D.E.F.G.H. " * 200)
write("digits", "digits.txt", "12345\n\n" + "\n".join(str(i) * (i % 17 + 1) for i in range(3000)))
write("digits", "numbers.txt", "2024-03-01\n\n" + "3.14 2,000,000 1/2/3 12:30 -5 +7 1e9 99% $4bn\n" * 500)
write("scripts", "mixed.txt", "Смешанный текст\n\n" + ("Мэр Киева сказал во вторник. 東京で会議が開かれた。 "
      "قال الرئيس إن الاجتماع سيعقد غدا. שלום עולם. Ελληνικά κείμενα. हिन्दी पाठ। " + body) * 30)
write("scripts", "rtl.txt", "عنوان\n\n" + "\u202eقال الوزير \"نحن هنا\" يوم الاثنين.\u202c " * 200)
write("scripts", "combining.txt", "Zalgo\n\n" + ("Z\u0336\u0301\u0317a\u0337\u0300l\u0338g\u0335o " * 500) + "\n\ud7ff\ufffd\ufeff\u200b\u200d" * 50)
write("emoji", "emoji.txt", "🔥🔥🔥\n\n" + ("😀😃😄😁👍🏽👩‍👩‍👧‍👦🇬🇧🇫🇷 " * 400) + "\n" + body + "🙂" * 5000)
for name, data in [("nul.txt", b"Title\n\nbody\x00with\x00nul\n"), ("latin1.txt", "Café résumé naïve\n\nÉté à Paris.\n".encode("latin-1")),
                   ("broken-utf8.txt", b"Broken\n\n\xff\xfe\xc3\x28 text \xe2\x82 more\n")]:
    with open(os.path.join(root, "scripts", name), "wb") as f:
        f.write(data)
PY
  local copies=$((quick == 1 ? 2000 : 10000))
  local one="$root/copies/article.jsonl"
  python3 - "$one" "$copies" <<'PY'
import json, sys
body = ("Workers at the Dunmore plant in Kestrel Bay walked out on Friday after talks with Harlow "
        "Motors broke down. \"We are not going back,\" union leader Petra Osei said. The company said "
        "it would resume talks on June 12.")
with open(sys.argv[1], "w") as f:
    for _ in range(int(sys.argv[2])):
        f.write(json.dumps({"title": "Strike at Dunmore", "outlet": "Kestrel Post", "body": body}) + "\n")
PY
}

# Files no reader claims by their name (DUC's SGML without an extension, TimeML's .tml), linked
# under a .txt name so that they are read as plain text: wrapped wire text and markup as text.
as_text() {
  local name="$1" path="$2" folder="$work/as-text/$1"
  if [ ! -d "$path" ]; then echo "$path"; return; fi
  rm -rf "$folder"
  mkdir -p "$folder"
  find "$path" -type f ! -name '*.md' ! -name 'README*' | sort | while read -r file; do
    local relative="${file#"$path"/}"
    mkdir -p "$folder/$(dirname "$relative")"
    ln -s "$(cd "$(dirname "$file")" && pwd)/$(basename "$file")" "$folder/$relative.txt"
  done
  echo "$folder"
}

# name<TAB>path, one a line.
corpora_list() {
  local d
  printf 'seeds\t%s\n' "$shared/seeds"
  for d in business entertainment politics sport tech; do printf 'bbc-%s\t%s\n' "$d" "$shared/data/bbc/$d"; done
  printf 'bbc-all\t%s\n' "$shared/data/bbc"
  printf 'extraction-pages\t%s\n' "$shared/data/extraction/html"
  printf 'duc2004-documents\tas-text:%s\n' "$shared/data/duc2004/docs"
  printf 'wikiwars-dev\tas-text:%s\n' "$shared/data/wikiwars-dev/timeml"
  printf 'tempeval3-platinum\tas-text:%s\n' "$shared/data/tempeval3/te3-platinum"
  printf 'ecbplus-dev\t%s\n' "$shared/data/ecbplus/dev_text.txt"
  printf 'sample-corpus\t%s\n' "Examples/corpus"
  for d in empty one-word long-paragraph all-caps no-spaces initials digits scripts emoji copies; do
    printf 'hostile-%s\t%s\n' "$d" "$work/hostile/$d"
  done
}

# A quick run reads at most 60 files of a corpus, linked into a folder of its own.
sample_of() {
  local name="$1" path="$2"
  if [ "$quick" -eq 0 ] || [ -f "$path" ]; then echo "$path"; return; fi
  local folder="$work/sample/$name"
  rm -rf "$folder"
  mkdir -p "$folder"
  find "$path" \( -type f -o -type l \) ! -name '*.md' ! -name 'README*' | sort | awk 'NR % 7 == 1' | head -60 |
    while read -r file; do
      local relative="${file#"$path"/}"
      mkdir -p "$folder/$(dirname "$relative")"
      ln -s "$(cd "$(dirname "$file")" && pwd)/$(basename "$file")" "$folder/$relative"
    done
  echo "$folder"
}

# MARK: - Commands

commands_list() {
  cat <<'EOF'
articles
show
export
stats
filter words>50
search the
search 'of the'
head
sort date
sentiment
sentiment --by article
summarize
summarize --per-article
keywords
entities
entity FIRST_ENTITY
filter entity=FIRST_ENTITY
cooccur
events
timeline
compare
quotes
EOF
}

matches_filters() {
  local value="$1"; shift
  [ $# -eq 0 ] && return 0
  local filter
  for filter in "$@"; do [[ "$value" == *"$filter"* ]] && return 0; done
  return 1
}

# MARK: - Running

make_hostile
printf 'corpus\tcommand\texit\tseconds\tpeak_rss_mb\toutcome\n' >"$report"
runs=0 crashes=0 hangs=0 errors=0
while IFS=$'\t' read -r name path; do
  if [ ${#corpus_filters[@]} -gt 0 ] && ! matches_filters "$name" "${corpus_filters[@]}"; then continue; fi
  if [[ "$path" == as-text:* ]]; then path="$(as_text "$name" "${path#as-text:}")"; fi
  if [ ! -e "$path" ]; then
    echo "sweep: $name: $path is missing" >&2
    printf '%s\t-\t-\t-\t-\tmissing\n' "$name" >>"$report"
    errors=$((errors + 1))
    continue
  fi
  input="$(sample_of "$name" "$path")"
  first_entity=""
  while IFS= read -r line; do
    word="${line%% *}"
    if [ ${#command_filters[@]} -gt 0 ] && ! matches_filters "$word" "${command_filters[@]}"; then continue; fi
    if [[ "$line" == *FIRST_ENTITY* ]]; then
      if [ -z "$first_entity" ]; then
        first_entity="$(timeout "$timeout_seconds" "$binary" --empty -c "load '$input' | entities --top 1 --format jsonl" 2>/dev/null |
          python3 -c 'import json,sys
for l in sys.stdin:
    print(json.loads(l).get("name","")); break' 2>/dev/null)"
        [ -n "$first_entity" ] || first_entity="Nobody"
      fi
      line="${line//FIRST_ENTITY/\'$first_entity\'}"
    fi
    out="$work/out"
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$work/rss" timeout -s KILL "$timeout_seconds" \
      "$binary" --empty -c "load '$input' | $line" >"$out.stdout" 2>"$out.stderr" </dev/null
    status=$?
    seconds=$(awk -v a="$start" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
    rss_kb=$(grep -Eo '^[0-9]+$' "$work/rss" | tail -1)
    rss_mb=$(( ${rss_kb:-0} / 1024 ))
    # timeout -s KILL reports 137; a trap in Swift shows as SIGILL or SIGTRAP (132, 133), an abort as 134.
    outcome="ok"
    if grep -q "Command terminated by signal 9" "$work/rss" || [ "$status" -eq 124 ]; then
      outcome="hang"; hangs=$((hangs + 1))
    elif [ "$status" -ge 128 ] || grep -q "Command terminated by signal" "$work/rss" ||
      grep -qE "Fatal error|Illegal instruction|Segmentation fault|AddressSanitizer" "$out.stderr"; then
      outcome="crash"; crashes=$((crashes + 1))
    elif [ "$status" -ne 0 ]; then
      outcome="error"; errors=$((errors + 1))
    fi
    runs=$((runs + 1))
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$line" "$status" "$seconds" "$rss_mb" "$outcome" >>"$report"
    printf '%-20s %-28s %-6s %6ss %6s MB\n' "$name" "$line" "$outcome" "$seconds" "$rss_mb"
    if [ "$outcome" != "ok" ]; then
      sed -n '1,6p' "$out.stderr" | sed 's/^/    /'
      mkdir -p "$work/failures"
      cp "$out.stderr" "$work/failures/$name-${word}-$runs.stderr"
    fi
  done < <(commands_list)
done < <(corpora_list)

echo "sweep: $runs runs, $crashes crashes, $hangs hangs, $errors errors (report: $report)"
[ "$crashes" -eq 0 ] && [ "$hangs" -eq 0 ]

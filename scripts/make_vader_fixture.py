#!/usr/bin/env python3
"""Generate the VADER parity fixture for Byline's sentiment port.

Writes Tests/BylineSentimentTests/Fixtures/vader-parity.tsv: sentences written for this
project, each scored by the Python reference, PyPI vaderSentiment 3.3.2, as TSV with the
header

    text<TAB>neg<TAB>neu<TAB>pos<TAB>compound

The four numbers are exactly what SentimentIntensityAnalyzer().polarity_scores(text)
returns (neg/neu/pos rounded by VADER to 3 places, compound to 4), written with Python's
repr() of the float (so 0.0, 0.4404, -0.5423). Text is written as is, without quoting:
tabs, CR, LF and the other characters that end a line in Python's str.splitlines() are
replaced by spaces *before* scoring, so the written text is exactly the scored text.

Every sentence is the project's own:

* corpus      every sentence of Examples/corpus/*.txt (written for this project): lines of
              fewer than 3 words are skipped, the rest are split with (?<=[.!?])\\s+;
* generated   template sentences from word lists in this file, covering VADER's hard cases
              (boosters and dampeners, negations, ALL CAPS, "but", "least", "no",
              punctuation runs, emoji and emoticons, special-case idioms, news quotes and
              attributions, tokenisation quirks).

Generation is deterministic (seeded per category), sentences are deduplicated (the first
occurrence wins, in category order), and the script prints the row count per category.
When ../shared/data/vader is present the script also checks that no sentence equals a
sentence of the VADER ground-truth sets or of the upstream README examples (compared
case-insensitively, with whitespace collapsed), and fails if one does.

    .venv/bin/python scripts/make_vader_fixture.py            # (re)write the fixture
    .venv/bin/python scripts/make_vader_fixture.py --check    # regenerate, compare, exit 1 if it differs

If the running Python lacks vaderSentiment, the script re-runs itself with
<repo>/.venv/bin/python (made by scripts/setup-peers.sh).
"""

from __future__ import annotations

import argparse
import glob
import os
import random
import re
import sys
from pathlib import Path

SCRIPT_DIR = Path(__file__).resolve().parent
REPO_ROOT = SCRIPT_DIR.parent
VENV_PYTHON = REPO_ROOT / ".venv" / "bin" / "python"
DEFAULT_OUTPUT = REPO_ROOT / "Tests" / "BylineSentimentTests" / "Fixtures" / "vader-parity.tsv"
DEFAULT_CORPUS = REPO_ROOT / "Examples" / "corpus"
DEFAULT_VADER_DATA = REPO_ROOT.parent / "shared" / "data" / "vader"
REQUIRED_VERSION = "3.3.2"
MIN_ROWS = 6000
SEED = 20250514

SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+")
# Characters on which str.splitlines() breaks a line; all become spaces in the fixture.
LINE_BREAKERS = re.compile("[\t\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


# --------------------------------------------------------------------------- helpers


def ensure_vader():
    try:
        import vaderSentiment.vaderSentiment  # noqa: F401
    except ImportError:
        in_venv = Path(sys.prefix).resolve() == VENV_PYTHON.parent.parent.resolve()
        if VENV_PYTHON.exists() and not in_venv and not os.environ.get("BYLINE_VADER_REEXEC"):
            print(f"vaderSentiment not importable here; re-running with {VENV_PYTHON}", file=sys.stderr)
            os.environ["BYLINE_VADER_REEXEC"] = "1"
            os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), str(Path(__file__).resolve())] + sys.argv[1:])
        raise SystemExit("vaderSentiment is not installed; run scripts/setup-peers.sh first")
    from importlib.metadata import version

    found = version("vaderSentiment")
    if found != REQUIRED_VERSION:
        raise SystemExit(f"vaderSentiment {found} found; the fixture must be made with {REQUIRED_VERSION}")
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer(), found


def tidy(sentence: str) -> str:
    """Collapse runs of ASCII spaces and drop a space before , . ! ? ; : (template output only)."""
    sentence = re.sub(r" {2,}", " ", sentence).strip(" ")
    sentence = re.sub(r" ([,.!?;:])", r"\1", sentence)
    return sentence


def cap_first(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def rotate_pick(items, i):
    return items[i % len(items)]


# --------------------------------------------------------------------------- word lists
# All written for this project. Subjects are singular so that "is/was/isn't" agree.

SUBJECTS = [
    "The report", "The new plan", "The harbour project", "The deal", "The minister's speech",
    "The ferry service", "The council's answer", "The forecast", "The second half", "The budget",
    "The evening match", "The new bridge", "The hotel", "The museum reopening", "The weekend market",
    "The press conference", "The trade offer", "The interview", "The opening night", "The new timetable",
    "The rescue effort", "The quarterly update", "The stadium", "The road closure", "This year's harvest",
]
PEOPLE = [
    "I", "We", "They", "Residents", "Fishermen", "Investors", "Critics", "Most voters", "Local traders",
    "The unions", "Our readers", "Shop owners", "Many families", "The dockworkers",
]
OBJECTS = [
    "the plan", "the new rules", "the decision", "it", "the outcome", "this city", "the idea",
    "the deal", "the changes", "the result", "the new mayor", "the offer",
]
TAILS = [
    "", "", "", "", " at all", " this year", " in the end", " for the city", " for most residents",
    ", officials said", ", frankly", " anymore", " after all", " so far", " by any measure", " for now",
    " in Porthaven", " on Friday", ", sources said", " to many observers",
]
ENDINGS = [".", ".", ".", ".", ".", ".", ".", "!", "?", ""]

ADJECTIVES = [
    "good", "great", "excellent", "terrible", "horrible", "bad", "nice", "awful", "happy", "sad",
    "amazing", "disappointing", "fine", "okay", "wonderful", "poor", "brilliant", "dreadful",
    "pleasant", "painful", "hopeful", "worried", "calm", "angry", "safe", "dangerous", "fair",
    "unfair", "helpful", "useless",
]
# Boosters and dampeners placed before an adjective ("" = none).
ADJ_MODIFIERS = [
    "", "very", "extremely", "incredibly", "barely", "slightly", "kind of", "sort of", "somewhat",
    "hardly", "really", "so", "quite", "totally", "kinda", "almost", "more", "less",
]
# Negation frames for adjectives; {MA} is "<modifier> <adjective>", {s} the subject in lower case.
ADJ_NEGATIONS = {
    "": ["{S} is {MA}{T}", "{S} was {MA}{T}", "{S} looks {MA}{T}", "{S} seemed {MA}{T}"],
    "not": ["{S} is not {MA}{T}", "{S} was not {MA}{T}", "{S} did not look {MA}{T}"],
    "never": ["{S} was never {MA}{T}", "{S} has never been {MA}{T}", "{S} never felt {MA}{T}"],
    "isn't": ["{S} isn't {MA}{T}", "{S} isn't looking {MA}{T}", "{S} isn't all that {MA}{T}"],
    "wasn't": ["{S} wasn't {MA}{T}", "{S} wasn't ever {MA}{T}"],
    "don't": ["We don't find it {MA}{T}", "They don't call {s} {MA}{T}", "I don't think {s} is {MA}{T}",
              "Residents don't feel {MA}{T}"],
    "no": ["There was no {MA} news{T}", "{S} is no {MA} thing{T}", "It brought no {MA} surprises{T}",
           "{S} gave no {MA} signal{T}"],
    "without": ["{S} ended without a {MA} word{T}", "{S} went by without anything {MA}{T}",
                "It passed without {MA} results{T}"],
    "nor": ["{S} was neither new nor {MA}{T}", "It is not cheap, nor {MA}{T}", "{S} was not quick nor {MA}{T}"],
    "hardly": ["{S} is hardly {MA}{T}", "{S} was hardly ever {MA}{T}"],
    "didn't": ["{S} didn't seem {MA}{T}", "{S} didn't turn out {MA}{T}"],
    "cannot": ["{S} cannot be {MA}{T}", "{S} cannot be called {MA}{T}"],
    "won't": ["{S} won't be {MA}{T}", "{S} won't look {MA}{T}"],
    "nothing": ["There was nothing {MA} about {s}{T}", "Nothing about {s} was {MA}{T}"],
    "doesn't": ["{S} doesn't look {MA}{T}", "{S} doesn't sound {MA}{T}"],
    "rarely": ["{S} is rarely {MA}{T}", "{S} was rarely this {MA}{T}"],
}

VERBS = [
    "love", "hate", "like", "enjoy", "dislike", "trust", "fear", "support", "blame", "admire",
    "appreciate", "welcome", "reject", "adore", "despise",
]
VERB_MODIFIERS = [
    "", "really", "truly", "totally", "absolutely", "kind of", "sort of", "kinda", "barely", "slightly",
    "somewhat", "almost", "deeply", "so", "hardly", "completely",
]
VERB_NEGATIONS = {
    "": ["{P} {MV} {O}{T}"],
    "don't": ["{P} don't {MV} {O}{T}"],
    "didn't": ["{P} didn't {MV} {O}{T}"],
    "never": ["{P} never {MV} {O}{T}", "{P} will never {MV} {O}{T}"],
    "won't": ["{P} won't {MV} {O}{T}"],
    "cannot": ["{P} cannot {MV} {O}{T}"],
    "do not": ["{P} do not {MV} {O}{T}"],
    "no longer": ["{P} no longer {MV} {O}{T}"],
    "nor": ["Nor do {p} {MV} {O}{T}", "{P} neither {MV} nor defend {O}{T}"],
    "seldom": ["{P} seldom {MV} {O}{T}"],
}


def lower_subject(s: str) -> str:
    return s if s == "I" else s[:1].lower() + s[1:]


# --------------------------------------------------------------------------- categories


def gen_corpus(corpus_dir: Path, rng: random.Random) -> list[str]:
    out = []
    for path in sorted(glob.glob(str(corpus_dir / "*.txt"))):
        text = Path(path).read_text(encoding="utf-8-sig")
        for line in text.splitlines():
            if len(line.split()) < 3:
                continue
            for sentence in SENTENCE_SPLIT.split(line.strip()):
                sentence = sentence.strip()
                if sentence:
                    out.append(sentence)
    return out


def gen_adjective_grid(rng: random.Random) -> list[str]:
    """negation x modifier x adjective; each (negation, modifier) pair gets every third adjective,
    so every pair of the three factors occurs."""
    out = []
    negs = list(ADJ_NEGATIONS)
    for a, neg in enumerate(negs):
        for b, mod in enumerate(ADJ_MODIFIERS):
            if neg and neg == mod:
                continue
            for j, adj in enumerate(ADJECTIVES):
                if (a + b + j) % 3:
                    continue
                frame = rng.choice(ADJ_NEGATIONS[neg])
                subject = rng.choice(SUBJECTS)
                ma = f"{mod} {adj}".strip()
                s = frame.format(S=subject, s=lower_subject(subject), MA=ma, T=rng.choice(TAILS))
                out.append(tidy(s + rng.choice(ENDINGS)))
    return out


def gen_verb_grid(rng: random.Random) -> list[str]:
    out = []
    negs = list(VERB_NEGATIONS)
    for a, neg in enumerate(negs):
        for b, mod in enumerate(VERB_MODIFIERS):
            for j, verb in enumerate(VERBS):
                if (a + b + j) % 2:
                    continue
                frame = rng.choice(VERB_NEGATIONS[neg])
                person = rng.choice(PEOPLE)
                mv = f"{mod} {verb}".strip()
                s = frame.format(P=person, p=lower_subject(person), MV=mv, O=rng.choice(OBJECTS),
                                 T=rng.choice(TAILS))
                out.append(tidy(s + rng.choice(ENDINGS)))
    return out


CAPS_BASES = [
    "The new ferry is very good and the crew were friendly",
    "This was a terrible decision by the council",
    "I really love the new harbour walk",
    "The minister was not happy with the offer",
    "Prices are extremely high and shoppers are angry",
    "We never expected such a great result",
    "The food was okay but the service was slow",
    "It is kind of sad to see the old market close",
    "The match was incredibly boring for most fans",
    "Investors are hardly worried about the rate rise",
    "Our team played brilliant football tonight",
    "They hate the idea of another tariff",
    "The plant fire was a disaster for the town",
    "The staff were so helpful and kind",
    "What an amazing day for Porthaven",
    "The talks were slightly disappointing in the end",
    "Nobody thinks the plan is fair",
    "The weather was awful all weekend",
    "The new rules are not bad at all",
    "A wonderful concert and a lovely crowd",
    "The budget is a total mess",
    "Fishermen are happy with the provisional deal",
    "The road works are a real pain",
    "She said the result was excellent news",
    "He is sort of pleased with the vote",
    "The union called the offer an insult",
    "Shares fell sharply and traders were nervous",
    "It was the best season in years",
    "This is the worst traffic I have seen",
    "Thanks for the quick and honest answer",
    "The bridge is safe but the road is dangerous",
    "The mayor won praise for her calm response",
    "I am so tired of these delays",
    "The review was positive overall",
    "The deal failed and everyone lost",
    "He was without doubt the strongest candidate",
    "Good luck to the new crew",
    "No one was hurt in the fire",
    "Wow the view from the cliff is stunning",
    "The plan is ok I guess",
]


def gen_allcaps(rng: random.Random) -> list[str]:
    out = []
    for base in CAPS_BASES:
        words = base.split(" ")
        end = rng.choice([".", ".", "!", ""])
        # every word in turn in ALL CAPS
        for k in range(len(words)):
            w = list(words)
            w[k] = w[k].upper()
            out.append(" ".join(w) + end)
        # two words in ALL CAPS
        i, j = sorted(rng.sample(range(len(words)), 2))
        w = list(words)
        w[i], w[j] = w[i].upper(), w[j].upper()
        out.append(" ".join(w) + end)
        # the whole sentence (no cap differential), and all but one word
        out.append(base.upper() + end)
        k = rng.randrange(len(words))
        w = [x.upper() for x in words]
        w[k] = words[k].lower()
        out.append(" ".join(w) + end)
        # Title Case (not ALL CAPS)
        out.append(" ".join(x[:1].upper() + x[1:] for x in words) + end)
    # caps on a word with punctuation attached, and two-letter words
    out += [
        "The show was GOOD!", "The show was GOOD!!!", "That was SO bad.", "It is NOT good.",
        "OK, the plan works.", "The plan is OK.", "The plan is OK!", "It is VERY, very good.",
        "This is GREAT, really great.", "The trip was FUN, FUN, FUN.", "Is it BAD? Not really.",
        "The ferry is back, YAY!", "The old pier is SAFE now.", "We are NOT amused.",
        "A GOOD day for the port.", "I LOVE it.", "i LOVE it.", "I love IT.", "I HATE the new timetable",
        "U.K. officials were happy.", "The EU deal was good.", "The BBC report was bad.",
        "The CEO was angry.", "THE END was sad.", "The end was SAD.", "KIND of good.", "Kind OF good.",
        "It was kind of GOOD.", "It was SORT OF great.", "It was EXTREMELY good.", "It was EXTREMELY bad.",
        "It was BARELY good.", "It was BARELY bad.", "The result was NOT BAD.", "NOT bad at all, team.",
    ]
    return out


BUT_CLAUSES = [
    "the food was good", "the service was terrible", "the staff were kind", "the price was high",
    "the view was lovely", "the room was dirty", "the speech was long", "the ending was sad",
    "the crowd was happy", "the rain was awful", "the deal is fair", "the timing is bad",
    "the start was good", "the end was good", "the first half was dull", "the second half was great",
    "the plan is okay", "the vote was close",
]


def gen_but(rng: random.Random) -> list[str]:
    out = []
    n = len(BUT_CLAUSES)
    for i in range(n):
        for j in range(n):
            if i == j or (i + 2 * j) % 3 == 1:
                continue
            c1, c2 = BUT_CLAUSES[i], BUT_CLAUSES[j]
            form = rng.randrange(6)
            if form == 0:
                out.append(f"{cap_first(c1)} but {c2}.")
            elif form == 1:
                out.append(f"{cap_first(c1)}, but {c2}.")
            elif form == 2:
                out.append(f"{cap_first(c1)}. But {c2}.")
            elif form == 3:
                out.append(f"{cap_first(c1)} BUT {c2}!")
            elif form == 4:
                out.append(f"{cap_first(c1)}, but then again {c2}.")
            else:
                c3 = BUT_CLAUSES[(i + j) % n]
                out.append(f"{cap_first(c1)} but {c2} but {c3}.")
    # same valence on both sides (VADER's list.index lookup sees equal values), and edge positions
    for adj in ["good", "bad", "great", "nice", "sad", "fine", "awful", "happy"]:
        out.append(f"The start was {adj} but the end was {adj}.")
        out.append(f"It was {adj}, {adj} but {adj}.")
        out.append(f"But it was {adj}.")
        out.append(f"It was {adj} but.")
        out.append(f"It was {adj},but the rest was not.")
        out.append(f"Not {adj} but not terrible either.")
        out.append(f"{cap_first(adj)} news but bad timing.")
        out.append(f"Bad timing but {adj} news.")
        out.append(f"It is {adj} but it could be better.")
        out.append(f"The pay is {adj} but the hours are long and the work is hard.")
    out += [
        "The plot was good, but the cast was weak and the script was not great.",
        "Nothing but trouble since the storm.", "All but two boats came back safely.",
        "It is not cheap, but it is worth it.", "Slow start, but a brilliant finish.",
        "But, but, but it was good!", "but", "But why?", "Great... but no.",
        "The harbour is calm but the forecast is grim, but we stay hopeful.",
    ]
    return out


LEAST_ADJS = ["bad", "good", "awful", "great", "happy", "painful", "fair", "useful", "safe", "terrible",
              "nice", "helpful", "dangerous", "sad"]


def gen_least(rng: random.Random) -> list[str]:
    out = ["At least it isn't bad.", "at least it isn't bad", "The least bad option won.",
           "It was the least bad option.", "Least said, soonest mended.", "Least of all the mayor."]
    frames = [
        "At least the ferry is {A}.", "At least it isn't {A}.", "at least it was {A}", "It was the least {A} choice.",
        "That is the least {A} option on the table.", "{cA} it is not, at least.", "Least {A} of all was the budget.",
        "Least {A}.", "At the very least it is {A}.", "The very least {A} outcome.", "Not in the least {A}.",
        "It was not {A} in the least.", "The plan is at least {A}.", "They picked the least {A} route.",
        "Of all the bids, this is the least {A} one.",
    ]
    for adj in LEAST_ADJS:
        for frame in frames:
            if rng.random() < 0.75:
                out.append(frame.format(A=adj, cA=cap_first(adj)))
    return out


NO_NOUNS = ["problem", "love", "hope", "fun", "trust", "support", "danger", "threat", "harm", "doubt",
            "joy", "pain", "progress", "relief", "comfort", "risk", "excuse", "pity"]


def gen_no(rng: random.Random) -> list[str]:
    out = [
        "no problem", "No problem at all.", "No problem!", "There is no love in it.", "No, it is good.",
        "no, it is good", "No. It is good.", "No good will come of it.", "no no no", "No!", "No.", "no",
        "No, no, it was fine.", "Yes or no?", "No doubt it is good.", "No more good days.",
        "No one was hurt.", "Nobody was hurt.", "There were no injuries and no deaths.", "No deaths were reported.",
        "No worries, the ferry will wait.", "no worries", "It is no good.", "That is no bad thing.",
        "Say no to the tariff.", "The answer is no.", "The answer is no!", "We said no, and we meant it.",
        "No way.", "No way!", "No comment.", "No thanks.", "No thank you.", "no love lost",
    ]
    frames = [
        "There is no {N}.", "There was no {N} for the town.", "{S} showed no {N}.", "No {N}.", "No {N} at all!",
        "They found no real {N}.", "We see no {N} or joy in it.", "There is no food or {N} left.",
        "There is no shelter nor {N}.", "It offers no {N}, no help, nothing.", "no {N}",
        "There is really no {N} here.",
    ]
    for noun in NO_NOUNS:
        for frame in frames:
            if rng.random() < 0.7:
                out.append(frame.format(N=noun, S=rng.choice(SUBJECTS)))
    for adj in ["good", "bad", "great", "nice", "happy", "fair", "safe", "kind", "easy", "wrong"]:
        out.append(f"No {adj} answer came.")
        out.append(f"There is no {adj} or fair way out.")
        out.append(f"no, not {adj}")
        out.append(f"It was no very {adj} result.")
    return out


PUNCT_BASES = [
    "The new bridge is great", "What a terrible night for the town", "The ferry leaves at nine",
    "The result was good but the cost was high", "We won", "They lost again", "I love this place",
    "This is not good", "The meeting starts at noon", "Nice work, everyone", "That was awful",
    "Is the road open", "Is the plan any good", "Really", "Happy birthday, Porthaven",
    "The tariff is back", "Rates are rising again", "Best day ever", "Worst service ever",
    "The storm is over", "The weekend market is open", "Are you serious", "The deal is done",
    "Thank you all", "The pier is closed", "It was kind of fun", "No one came", "Great, just great",
    "The fire is contained", "Good morning", "Bad news for shoppers", "The vote passed",
    "Who knew", "The team is back", "Not again", "What a save",
]
PUNCT_ENDINGS = ["", ".", "!", "!!", "!!!", "!!!!", "!!!!!", "!!!!!!", "?", "??", "???", "????", "?????",
                 "?!", "!?", "?!?", "!?!", "...", "\u2026", ".!", "?.", " !", " !!!", " ?", " ...", "!!!?"]


def gen_punctuation(rng: random.Random) -> list[str]:
    out = []
    for base in PUNCT_BASES:
        for ending in PUNCT_ENDINGS:
            if rng.random() < 0.6:
                out.append(base + ending)
    out += [
        "Good! Bad?", "Wait! Is it good?", "It was good!!! Really good!!!", "Good?? Bad!!",
        "The ferry (finally!) is back.", "Yes! Yes! Yes!", "What?! No!", "Great!!!!!!!!!!",
        "Bad!!!!!!!!!!", "Why?????", "Good...", "Good . . .", "!!!", "???", "?!",
        "The score: 3-1!", "Rates at 4.25%!", "Okay!?", "Fine!!", "Fine??",
    ]
    return out


EMOJIS = ["\U0001F600", "\U0001F622", "\u2764\ufe0f", "\u2764", "\U0001F44D", "\U0001F621", "\U0001F642",
          "\U0001F62D", "\U0001F389", "\U0001F494", "\U0001F525", "\U0001F602", "\U0001F44E",
          "\U0001F60D", "\U0001F641", "\U0001F44D\U0001F3FD", "\u26A0\ufe0f", "\u2705", "\u274C", "\U0001F41F"]
EMOJI_BASES = [
    "The new ferry is here", "Lost my keys on the beach", "Great game tonight", "The rent went up again",
    "Meeting the mayor tomorrow", "The harbour fire is out", "Rates are up", "We won the cup",
    "The bus is late again", "Happy Friday everyone", "The deal is off", "Fresh fish at the market",
    "Worst commute of the year", "Thanks to the fire crews", "Not a good day", "Kind of nice weather",
    "The talks failed", "Good news from the hospital", "The bridge is closed", "Love this town",
]


def gen_emoji(rng: random.Random) -> list[str]:
    out = []
    for base in EMOJI_BASES:
        for _ in range(14):
            e = rng.choice(EMOJIS)
            words = base.split(" ")
            form = rng.randrange(8)
            if form == 0:
                s = f"{base} {e}"
            elif form == 1:
                s = f"{base}{e}"
            elif form == 2:
                s = f"{e} {base}"
            elif form == 3:
                s = f"{e}{base}"
            elif form == 4:
                k = rng.randrange(1, len(words))
                s = " ".join(words[:k] + [e] + words[k:])
            elif form == 5:
                k = rng.randrange(1, len(words))
                s = " ".join(words[:k]) + e + " ".join(words[k:])
            elif form == 6:
                e2 = rng.choice(EMOJIS)
                s = f"{base} {e}{e2}"
            else:
                s = f"{base}! {e}"
            out.append(s)
    for e in EMOJIS:
        out.append(e)
        out.append(f"{e}{e}{e}")
        out.append(f"{e}!")
    emoticons = [":)", ":(", ":D", ":-)", "<3", ":/", ";)", ":P", "xD", ":-(", "=)", ":'("]
    for base in EMOJI_BASES:
        for _ in range(5):
            em = rng.choice(emoticons)
            form = rng.randrange(4)
            if form == 0:
                out.append(f"{base} {em}")
            elif form == 1:
                out.append(f"{base}{em}")
            elif form == 2:
                out.append(f"{em} {base}")
            else:
                out.append(f"{base} {em} {em}")
    return out


SPECIAL_IDIOMS = ["the bomb", "bad ass", "badass", "bus stop", "yeah right", "kiss of death", "to die for",
                  "beating heart"]
IDIOM_PREFIXES = ["", "This is", "Honestly this is", "The new ferry is honestly", "That old harbour cafe is really",
                  "My neighbour said it was", "Everyone in town agrees it is", "Oh"]
# In vaderSentiment 3.3.2 these are listed (SENTIMENT_LADEN_IDIOMS) but never applied;
# they check that a port does not apply them either.
INERT_IDIOMS = ["cut the mustard", "hand to mouth", "back handed", "upper hand", "break a leg",
                "under the weather", "in the red", "in the black", "on the ball", "blowing smoke",
                "cooking with gas"]


def gen_idioms(rng: random.Random) -> list[str]:
    out = []
    for idiom in SPECIAL_IDIOMS:
        for prefix in IDIOM_PREFIXES:
            for suffix in ["", ".", "!", " for sure.", ", but the price is bad."]:
                if rng.random() < 0.45:
                    out.append(cap_first(tidy(f"{prefix} {idiom}{suffix}")))
    out += [
        "The new stadium is the bomb.", "Wait at the bus stop by the harbour.", "The bus stop was moved.",
        "A new bus stop opened on Eastquay.", "Yeah right, the deal is fair.", "Oh yeah right.",
        "The rate rise was the kiss of death for the shop.", "The chowder here is to die for.",
        "It is the beating heart of the old town.", "Not the bomb, not even close.",
        "The plan is not to die for.", "It was never the bomb.", "Yeah, right.", "Yeah right!!",
    ]
    frames = ["The new crew can {I}.", "They say the offer does not {I}.", "Families are living {I}.",
              "It was a {I} compliment.", "The bank now has the {I}.", "The company is {I} again.",
              "The mayor felt {I} today.", "The team is {I} this season.", "Critics say he is {I}."]
    for idiom in INERT_IDIOMS:
        for frame in frames:
            if rng.random() < 0.3:
                out.append(frame.format(I=idiom))
        out.append(cap_first(idiom) + ".")
    return out


QUOTES = [
    "We are very pleased with the outcome", "This is a terrible day for Porthaven",
    "Nobody should pretend this is easy", "It is not a good deal, but it is a fair one",
    "We will not accept this", "Frankly, the response was a disgrace", "I am proud of every firefighter",
    "The danger is over", "We have stopped the fire spreading", "Families are scared and angry",
    "This agreement is good news for our fleet", "The tariff would have been a disaster",
    "Inflation is still far too high", "We had no choice", "It is a sad day for the workers",
    "I am deeply disappointed", "The bank got this badly wrong", "Nothing has been decided yet",
    "It was a hard but honest negotiation", "We are hopeful, not naive",
    "Our members are furious", "I would not call it a victory", "The crew did an amazing job",
    "There is no danger to the public", "This is the best offer we have had in years",
    "People are worried about their mortgages", "We won't let the town down",
    "It is kind of a relief", "The numbers are simply awful", "Thank you to everyone who helped",
    "Trust has to be earned", "The plan is fine on paper", "I don't think the rise was needed",
    "Nobody was seriously hurt, thank goodness", "We never wanted a trade war",
    "This is not the end of the talks", "Prices will hardly fall this year", "It is a fragile peace",
    "The decision was brave and right", "We are not happy, and we are not going away",
]
SPEAKERS = [
    ("Mayor Annelise Drummond", "the mayor"), ("Tomasz Wrobel", "the chief fire officer"),
    ("Yusuf Haddad", "a company spokesman"), ("Henrike Aalund", "the trade minister"),
    ("Dmitri Arkhangelov", "the fisheries minister"), ("Elspeth Marrow", "the bank's governor"),
    ("Declan Forde", "a union leader"), ("Harriet Sowande", "an employers' spokeswoman"),
    ("Ines Calloway", "a local shop owner"), ("Piet Ramsgaard", "a trawler captain"),
    ("Maren Solvik", "an economist"), ("Oskar Bellweather", "a resident of Eastquay"),
]
REPORT_VERBS = ["said", "told reporters", "said on Friday", "added", "told the Courier", "wrote"]
ATTRIBUTION_FRAMES = [
    '"{Q}," {N} said.',
    '"{Q}," said {N}, {R}.',
    '"{Q}!" {N} said.',
    '"{Q}?" asked {N}.',
    '{N} {V}: "{Q}."',
    '{N}, {R}, {V} that "{q}".',
    'According to {N}, {q}.',
    '\u201c{Q},\u201d {N} said.',
    '\u00ab{Q}\u00bb, said {N}.',
    '\u201e{Q}\u201c, {N} said.',
    "'{Q},' {N} said.",
    '{N} called it "{q}", but others disagreed.',
    '"{Q}," {N} {V}, "and we mean it."',
]
NEWS_SENTENCES = [
    "The crown rose 0.8% against the euro after the decision.",
    "Shares in Norvane Chemicals fell 6% in early trading.",
    "The fire service said the blaze was under control by noon.",
    "Officials warned of more delays on the coast road.",
    "The union welcomed the deal but warned of job losses.",
    "Critics condemned the decision as reckless.",
    "The central bank raised rates for the third time this year.",
    "Fishing crews celebrated the provisional agreement in the harbour.",
    "Residents were allowed home late on Saturday.",
    "Two firefighters were treated for smoke inhalation.",
    "The minister praised the negotiators for their patience.",
    "Business groups said the tariff threat had hurt investment.",
    "The index lost 1.4%, its worst day since January.",
    "Hospitals reported no serious injuries.",
    "The council faces criticism over its slow response.",
    "Talks collapsed late on Tuesday amid bitter accusations.",
    "The breakthrough came after three days of talks.",
    "Protesters gathered outside the bank's headquarters.",
    "Inflation remains stubbornly high, the report said.",
    "Exporters hailed the suspension of the levy as a win.",
]


def gen_news(rng: random.Random) -> list[str]:
    out = list(NEWS_SENTENCES)
    for qi, quote in enumerate(QUOTES):
        for _ in range(17):
            name, role = rng.choice(SPEAKERS)
            frame = rng.choice(ATTRIBUTION_FRAMES)
            q = quote[:1].lower() + quote[1:] if not quote.startswith("I ") and not quote.startswith("I'") else quote
            out.append(frame.format(Q=quote, q=q, N=name, R=role, V=rng.choice(REPORT_VERBS)))
    return out


def gen_negation_forms(rng: random.Random) -> list[str]:
    out = []
    negators = ["aint", "arent", "cant", "couldnt", "didnt", "doesnt", "dont", "isnt", "wasnt", "wont",
                "wouldnt", "shouldnt", "havent", "hasnt", "neednt", "mustnt", "shant", "oughtnt", "darent",
                "ain't", "daren't", "mightn't", "mustn't", "needn't", "oughtn't", "shan't", "hadn't",
                "don\u2019t", "isn\u2019t", "wasn\u2019t", "can\u2019t", "won\u2019t",
                "nope", "uh-uh", "uhuh", "neither", "nowhere", "rarely", "seldom", "despite", "none",
                "nothing", "never", "without", "nor", "not", "NOT", "Never", "Not"]
    adjs = ["good", "bad", "great", "awful", "happy", "sad", "fine", "terrible", "nice", "safe"]
    for neg in negators:
        for _ in range(4):
            adj = rng.choice(adjs)
            form = rng.randrange(4)
            if form == 0:
                out.append(f"It {neg} {adj}.")
            elif form == 1:
                out.append(f"The plan {neg} very {adj}.")
            elif form == 2:
                out.append(f"The plan {neg} all that {adj}.")
            else:
                out.append(f"{cap_first(neg)} {adj} at all.")
    # distance from the negation to the sentiment word: 1, 2, 3, 4 words
    for adj in adjs:
        out += [f"Not {adj}.", f"Not very {adj}.", f"Not that very {adj}.", f"Not at all that {adj}.",
                f"Not in any way {adj}.", f"It was never so {adj}.", f"It was never this {adj}.",
                f"It was never so very {adj}.", f"It has never been this {adj}.", f"It is so {adj}.",
                f"This is {adj}.", f"It was without doubt {adj}.", f"It was without a doubt {adj}.",
                f"Without doubt {adj}.", f"It was, without doubt, {adj}.", f"Without any doubt, {adj}.",
                f"It was just enough {adj}.", f"It was kind-of {adj}.", f"It was sort-of {adj}.",
                f"It was kindof {adj}.", f"It was sorta {adj}.", f"It was kind of not {adj}.",
                f"It wasn't not {adj}.", f"It is not not {adj}.", f"Not one thing was {adj}."]
    return out


def gen_tokens(rng: random.Random) -> list[str]:
    """Tokenisation and character-level quirks: attached punctuation, short tokens, hashtags,
    curly quotes, non-ASCII letters and Unicode spaces (all of which str.split() splits on)."""
    out = [
        "It was good, really good.", "(good) news", "'good' news", '"good" news', "\u201cgood\u201d news",
        "\u2018good\u2019 news", "\u00abgood\u00bb news", "good... news", "good!? news", "good!!!news",
        "It is ok, I think.", "ok", "OK", "ok.", "Ok!", "ok,", "no.", "no,", "No,", "no!",
        "It was well-known and well-loved.", "A well-timed, good-natured speech.", "#love this town",
        "#happy #friday", "@good morning", "Great job @harbourcourier", "&amp; good news too",
        "Check https://example.com/good for details.", "The 3,000 evacuees are safe.", "3-1 win!",
        "The caf\u00e9 is lovely.", "A na\u00efve but kind plan.", "Tomasz Wr\u00f3bel was calm.",
        "It was good\u00a0news.", "It was good\u2009news.", "It was good\u202fnews.", "It was good\u3000news.",
        "It was very\u00a0good.", "Not\u00a0good.", "The plan is  good.", "The plan   is great.",
        "good-bad", "good/bad", "good&bad", "GOOD-bad", "sad:(", "great:)", "lol", "LOL", "lol!",
        "haha good one", "smh", "wtf", "Yay!", "ugh.", "meh", "Meh.", "wow!!", "WOW, the view.", "hmm",
        "The \u00c9cole was good.", "Stra\u00dfe", "STRASSE", "\u0130stanbul was great.",
        "The plan is \u201cfine\u201d.", "It\u2019s fine.", "It's fine.", "Its fine.", "It is fine.",
        "goooood", "Sooo good.", "so so", "So-so.", "kind", "Kind of", "kind of", "of", "very", "VERY",
        "The kind staff helped.", "What kind of deal is that?", "A kind of peace.", "That sort of deal.",
        "It was a good kind of tired.", "Kind of kind.", "Very very very good.", "Extremely extremely bad.",
        "Really?", "Really.", "Really really good.", "The most awful day.", "More good news.",
        "Less bad news.", "Little hope remains.", "A little hope remains.", "Most people are happy.",
    ]
    for adj in ["good", "bad", "great", "sad", "nice", "awful"]:
        for wrap in ["({})", "[{}]", "{{{}}}", "*{}*", "_{}_", "-{}-", "{}:", ";{};", "<{}>", "~{}~"]:
            if rng.random() < 0.5:
                out.append("It was " + wrap.format(adj) + ".")
    return out


CATEGORIES = [
    ("corpus", None),
    ("grid-adjective", gen_adjective_grid),
    ("grid-verb", gen_verb_grid),
    ("allcaps", gen_allcaps),
    ("but", gen_but),
    ("least", gen_least),
    ("no", gen_no),
    ("negation-forms", gen_negation_forms),
    ("punctuation", gen_punctuation),
    ("emoji", gen_emoji),
    ("idioms", gen_idioms),
    ("news", gen_news),
    ("tokens", gen_tokens),
]


def clean(text: str) -> str:
    return LINE_BREAKERS.sub(" ", text).strip()


def generate(corpus_dir: Path) -> tuple[list[str], dict[str, int], dict[str, int]]:
    seen: dict[str, str] = {}
    counts: dict[str, int] = {}
    generated: dict[str, int] = {}
    for name, fn in CATEGORIES:
        rng = random.Random(f"{SEED}:{name}")
        sentences = gen_corpus(corpus_dir, rng) if fn is None else fn(rng)
        generated[name] = len(sentences)
        counts[name] = 0
        for s in sentences:
            s = clean(s)
            if s and s not in seen:
                seen[s] = name
                counts[name] += 1
    return list(seen), counts, generated


def normalise_for_overlap(text: str) -> str:
    return " ".join(text.casefold().split())


def dataset_sentences(vader_dir: Path) -> set[str] | None:
    files = sorted(vader_dir.glob("*_GroundTruth.txt"))
    if not files:
        return None
    texts = set()
    for path in files:
        for line in path.read_text(encoding="utf-8-sig").splitlines():
            parts = line.split("\t", 2)
            if len(parts) == 3:
                texts.add(normalise_for_overlap(parts[2]))
    readme = vader_dir / "readme_examples_reference.tsv"
    if readme.exists():
        for line in readme.read_text(encoding="utf-8").splitlines()[1:]:
            texts.add(normalise_for_overlap(line.split("\t", 1)[0]))
    return texts


def fmt(x: float) -> str:
    return repr(float(x))


def render(sentences: list[str], analyzer) -> str:
    rows = ["text\tneg\tneu\tpos\tcompound"]
    for s in sentences:
        vs = analyzer.polarity_scores(s)
        rows.append("\t".join([s, fmt(vs["neg"]), fmt(vs["neu"]), fmt(vs["pos"]), fmt(vs["compound"])]))
    return "\n".join(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="fixture to write (default: %(default)s)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="sample corpus folder (default: %(default)s)")
    ap.add_argument("--vader-data", type=Path, default=DEFAULT_VADER_DATA,
                    help="VADER ground-truth folder for the overlap check (default: %(default)s; skipped if absent)")
    ap.add_argument("--check", action="store_true", help="regenerate and compare with --output instead of writing it")
    args = ap.parse_args(argv)

    analyzer, version = ensure_vader()
    sentences, counts, generated = generate(args.corpus)

    known = dataset_sentences(args.vader_data)
    if known is None:
        overlap_note = f"overlap check skipped ({args.vader_data} has no *_GroundTruth.txt)"
    else:
        overlap = [s for s in sentences if normalise_for_overlap(s) in known]
        if overlap:
            for s in overlap:
                print(f"in a VADER data set: {s!r}", file=sys.stderr)
            print(f"error: {len(overlap)} sentence(s) equal a VADER data-set sentence; change the templates",
                  file=sys.stderr)
            return 1
        overlap_note = f"overlap check: no sentence equals one of the {len(known)} VADER data-set sentences"

    if len(sentences) < MIN_ROWS:
        print(f"error: only {len(sentences)} sentences (need {MIN_ROWS})", file=sys.stderr)
        return 1

    text = render(sentences, analyzer)
    data = text.encode("utf-8")

    print(f"vaderSentiment {version}; {len(sentences)} rows ({len(data) / 1e6:.2f} MB)")
    print(f"{'category':<16} {'rows':>6} {'generated':>10}")
    for name, _ in CATEGORIES:
        print(f"{name:<16} {counts[name]:>6} {generated[name]:>10}")
    print(overlap_note)

    if args.check:
        if not args.output.exists() or args.output.read_bytes() != data:
            print(f"DIFFERS: {args.output} is not what this script generates", file=sys.stderr)
            return 1
        print(f"identical: {args.output}")
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(data)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

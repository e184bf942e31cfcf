"""How easy a page's words are to read, in each of the site's languages.

Wagtail's Checks panel gives one "Good / Fair / Complex" label from word and
sentence length alone. Here the same text (Wagtail's own extract of the
preview) gets, by language:

- English: the Flesch reading-ease score (higher is easier; 60 or more is
  plain English), from sentence length and syllables per word.
- Polish: FOG-PL, Gunning's fog index as adapted for Polish by the Jasnopis
  project: 0.4 × (words per sentence + percentage of words of four or more
  syllables). It reads roughly as years of schooling needed.
- Bengali, Arabic and any other language: no published formula is practical
  here, so the panel shows the average sentence length (words) and the
  average word length (letters), and says they are not a score.

``main_text`` takes the same words from a page's HTML on the server, for
the reminder shown when an editor saves a draft.

Every language also gets warnings: sentences longer than the target, words
that may make a sentence passive (English only), and abbreviations the page
never spells out. The targets come from ``hub.readability.models``; the
editor's panel (``views.py``) draws the result.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.utils.translation import gettext_lazy as _

# Below this many words a score says more about the sample than the writing.
MIN_WORDS_FOR_SCORE = 10
EXCERPT_WORDS = 10

# Full stop, exclamation, question mark, ellipsis; Bengali dari and double dari; Arabic question mark.
SENTENCE_END = re.compile(r"(?<=[.!?…।॥؟])\s+")
WORD_JOINERS = "'’-\u200c\u200d"

ENGLISH_BE = r"(?:am|is|are|was|were|be|been|being)"
ENGLISH_IRREGULAR_PARTICIPLES = (
    "born|beaten|become|begun|bitten|blown|broken|brought|built|bought|caught|chosen|done|drawn|driven|"
    "eaten|fallen|felt|fought|found|forgotten|forgiven|frozen|given|gone|grown|heard|held|hidden|hit|hurt|"
    "kept|known|laid|led|left|lent|lost|made|meant|met|paid|put|read|run|said|seen|sent|set|shown|shut|"
    "sold|spent|spoken|stolen|struck|sung|taken|taught|told|thought|thrown|understood|woken|won|worn|written"
)
# Words ending in -ed that describe a feeling or state more often than an action done to someone.
ENGLISH_STATE_WORDS = {"interested", "tired", "worried", "pleased", "excited", "scared", "bored", "concerned"}
ENGLISH_PASSIVE = re.compile(
    rf"\b{ENGLISH_BE}\s+(?:not\s+)?(?:\w+ly\s+)?(\w{{2,}}ed|{ENGLISH_IRREGULAR_PARTICIPLES})\b",
    re.IGNORECASE,
)

# Two or more capitals (digits allowed), with an optional plural "s": NHS, PALS, GPs, CAMHS.
ABBREVIATION = re.compile(r"\b([A-Z][A-Z0-9]*[A-Z][A-Z0-9]*)s?\b")

POLISH_VOWELS = "aąeęioóuy"


@dataclass(frozen=True)
class Targets:
    """What the writing should reach; Communications set these per page type."""

    long_sentence_words: int = 25
    max_average_sentence_words: int = 15
    min_reading_ease: int = 60
    max_fog_pl: int = 9
    known_abbreviations: frozenset = frozenset({"NHS", "GP", "UK"})


@dataclass(frozen=True)
class Score:
    """A published readability formula's result, its name and where it falls."""

    name: str
    value: float
    band: str
    meets_target: bool


@dataclass
class Report:
    language: str
    words: int
    sentences: int
    average_sentence_words: float | None
    average_word_letters: float | None
    score: Score | None
    targets: Targets
    long_sentences: list = field(default_factory=list)
    passive_phrases: list = field(default_factory=list)
    undefined_abbreviations: list = field(default_factory=list)

    @property
    def meets_sentence_target(self):
        return self.average_sentence_words is None or (
            self.average_sentence_words <= self.targets.max_average_sentence_words
        )

    @property
    def warning_count(self):
        return (
            len(self.long_sentences)
            + len(self.passive_phrases)
            + len(self.undefined_abbreviations)
            + (not self.meets_sentence_target)
            + (self.score is not None and not self.score.meets_target)
        )


class _MainText(HTMLParser):
    """The text inside ``<main>``, a line per block, without scripts and styles."""

    BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "div", "section", "br", "tr", "figcaption"}
    HIDDEN = {"script", "style", "template", "noscript"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth, self.hidden, self.parts = 0, 0, []

    def handle_starttag(self, tag, attrs):
        self.depth += tag == "main"
        self.hidden += tag in self.HIDDEN
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        self.depth -= tag == "main" and self.depth > 0
        self.hidden -= tag in self.HIDDEN and self.hidden > 0
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.depth and not self.hidden:
            self.parts.append(data)


def main_text(html):
    """The words a visitor reads in a page's ``<main>``, one line per paragraph, heading or list item."""
    parser = _MainText()
    parser.feed(html)
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def split_sentences(text):
    """Sentences of ``text``: a line break ends one too (headings and list items have no full stop)."""
    found = []
    for line in text.splitlines():
        found.extend(part.strip() for part in SENTENCE_END.split(line) if split_words(part))
    return found


def _is_word_character(character):
    # Letters and digits, and the vowel signs and marks Bengali and Arabic words are written with.
    return character.isalnum() or unicodedata.category(character).startswith("M")


def split_words(text):
    """Words of ``text`` in any script; an inner hyphen or apostrophe keeps a word whole ("well-being")."""
    found, current = [], ""
    for character in f"{text} ":
        if _is_word_character(character) or (current and character in WORD_JOINERS):
            current += character
        elif current:
            found.append(current.rstrip(WORD_JOINERS))
            current = ""
    return found


def letters(word):
    """Letters in a word: vowel signs, short-vowel marks and joiners are not counted."""
    return sum(character.isalpha() for character in word)


def english_syllables(word):
    """An estimate from groups of vowels: a silent final e and an -ed or -es that adds no sound are dropped."""
    word = re.sub(r"[^a-z]", "", word.lower())
    if not word:
        return 0
    count = len(re.findall(r"[aeiouy]+", word))
    if count > 1 and (
        (word.endswith("e") and not word.endswith("le"))
        or (word.endswith("ed") and word[-3] not in "td")
        or (word.endswith("es") and word[-3] not in "sxzcg" and not word.endswith(("ches", "shes")))
    ):
        count -= 1
    return max(count, 1)


def polish_syllables(word):
    """Each vowel is a syllable, except an i before another vowel (it softens: "nie", "się").

    "au" and "eu" at the start of a word are one syllable ("auto", "Europa").
    """
    word = word.lower()
    count = sum(character in POLISH_VOWELS for character in word)
    count -= sum(1 for first, second in zip(word, word[1:], strict=False) if first == "i" and second in POLISH_VOWELS)
    if word[:2] in ("au", "eu"):
        count -= 1
    return max(count, 1) if any(character.isalpha() for character in word) else 0


def flesch_band(value):
    for lowest, band in (
        (90, _("very easy")),
        (80, _("easy")),
        (70, _("fairly easy")),
        (60, _("plain English")),
        (50, _("fairly hard")),
        (30, _("hard")),
    ):
        if value >= lowest:
            return band
    return _("very hard")


def fog_pl_band(value):
    for highest, band in (
        (6, _("primary school")),
        (9, _("lower secondary school")),
        (12, _("upper secondary school")),
        (15, _("first degree")),
        (17, _("master's degree")),
    ):
        if value <= highest:
            return band
    return _("specialist")


def _excerpt(sentence):
    words = sentence.split()
    return " ".join(words[:EXCERPT_WORDS]) + (" …" if len(words) > EXCERPT_WORDS else "")


def passive_phrases(text):
    """Phrases like "was given" or "are asked": they may hide who does what. Each phrase once."""
    phrases = []
    for match in ENGLISH_PASSIVE.finditer(text):
        if match.group(1).lower() in ENGLISH_STATE_WORDS:
            continue
        phrase = " ".join(match.group(0).split())
        if phrase.lower() not in (seen.lower() for seen in phrases):
            phrases.append(phrase)
    return phrases


def _is_defined(abbreviation, text):
    """Spelled out on the page: "Patient Advice and Liaison Service (PALS)" or "PALS (Patient Advice …)"."""
    name = re.escape(abbreviation)
    if re.search(rf"\(\s*{name}s?\s*\)", text):
        return True
    return any(len(split_words(meaning)) >= 2 for meaning in re.findall(rf"\b{name}s?\s*\(([^)]*)\)", text))


def undefined_abbreviations(text, known=frozenset()):
    """Abbreviations used but never spelled out, in order of first use. Lines all in capitals are headings."""
    known = {name.upper() for name in known}
    found = []
    for line in text.splitlines():
        cased = [word for word in split_words(line) if word.lower() != word.upper()]
        if len(cased) >= 3 and all(word.isupper() for word in cased):
            continue
        for match in ABBREVIATION.finditer(line):
            name = match.group(1)
            if name not in known and name not in found and not _is_defined(name, text):
                found.append(name)
    return found


def check(text, language, targets=None):
    """The report for ``text`` written in ``language`` (a code such as "pl" or "en-GB")."""
    targets = targets or Targets()
    language = language.split("-")[0].lower()
    sentences = split_sentences(text)
    words = split_words(text)
    report = Report(
        language=language,
        words=len(words),
        sentences=len(sentences),
        average_sentence_words=None,
        average_word_letters=None,
        score=None,
        targets=targets,
        long_sentences=[
            (count, _excerpt(sentence))
            for sentence in sentences
            if (count := len(split_words(sentence))) > targets.long_sentence_words
        ],
        passive_phrases=passive_phrases(text) if language == "en" else [],
        undefined_abbreviations=undefined_abbreviations(text, targets.known_abbreviations),
    )
    if len(words) < MIN_WORDS_FOR_SCORE or not sentences:
        return report
    words_per_sentence = len(words) / len(sentences)
    report.average_sentence_words = round(words_per_sentence, 1)
    report.average_word_letters = round(sum(letters(word) for word in words) / len(words), 1)
    if language == "en":
        syllables_per_word = sum(english_syllables(word) for word in words) / len(words)
        value = round(206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word, 1)
        report.score = Score(_("Flesch reading ease"), value, flesch_band(value), value >= targets.min_reading_ease)
    elif language == "pl":
        hard = sum(polish_syllables(word) >= 4 for word in words)
        value = round(0.4 * (words_per_sentence + 100 * hard / len(words)), 1)
        report.score = Score(_("FOG-PL"), value, fog_pl_band(value), value <= targets.max_fog_pl)
    return report

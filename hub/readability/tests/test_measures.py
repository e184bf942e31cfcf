"""The plain-language measures, one short text of our own per language."""

import pytest

from hub.readability.measures import (
    Targets,
    check,
    english_syllables,
    letters,
    polish_syllables,
    split_sentences,
    split_words,
)

ENGLISH_PLAIN = (
    "Come to our open day. You can meet the team and ask us anything. "
    "We will have tea and cake. Bring a friend if you like. It is free."
)
ENGLISH_DENSE = (
    "Organisational representatives participating in collaborative governance arrangements are "
    "expected to demonstrate considerable understanding of institutional accountability "
    "mechanisms, comprehensive safeguarding responsibilities and interdisciplinary "
    "communication methodologies throughout their appointment."
)
POLISH_PLAIN = "Zapraszamy na dzień otwarty. Możesz poznać nasz zespół. Będzie herbata i ciasto. Wstęp jest wolny."
POLISH_DENSE = (
    "Przedstawiciele uczestniczący w kolegialnych procedurach konsultacyjnych zobowiązani są "
    "do wykazania się szczegółową znajomością obowiązujących regulacji administracyjnych "
    "oraz odpowiedzialności instytucjonalnej."
)
BENGALI = "আমাদের খোলা দিনে আসুন। আপনি দলের সাথে দেখা করতে পারেন। চা আর কেক থাকবে। প্রবেশ বিনামূল্যে।"
ARABIC = "تعال إلى يومنا المفتوح. يمكنك أن تقابل الفريق. سيكون هناك شاي وكعك. الدخول مجاني؟ نعم."


def test_english_gets_a_flesch_score_higher_for_plainer_writing():
    plain, dense = check(ENGLISH_PLAIN, "en"), check(ENGLISH_DENSE, "en-GB")
    assert plain.score.name == "Flesch reading ease"
    assert plain.score.value > 80
    assert plain.score.meets_target
    assert dense.score.value < 30
    assert str(dense.score.band) == "very hard"
    assert not dense.score.meets_target


def test_english_syllables_are_estimated_from_vowel_groups():
    assert [english_syllables(word) for word in ("tea", "cake", "walked", "wanted", "people", "anything")] == [
        1,
        1,
        1,
        2,
        2,
        3,
    ]


def test_polish_gets_fog_pl_lower_for_plainer_writing():
    plain, dense = check(POLISH_PLAIN, "pl"), check(POLISH_DENSE, "pl")
    assert plain.score.name == "FOG-PL"
    assert plain.score.value <= 6
    assert plain.score.meets_target
    assert dense.score.value > 15
    assert not dense.score.meets_target
    # The whole dense text is one sentence of 19 words: 0.4 × (19 + 100 × hard / 19).
    assert dense.sentences == 1
    assert dense.words == 19


def test_polish_syllables_count_vowels_but_not_a_softening_i():
    assert [polish_syllables(word) for word in ("nie", "się", "zespół", "herbata", "auto", "nauka")] == [
        1,
        1,
        2,
        3,
        2,
        3,
    ]


@pytest.mark.parametrize(("text", "language", "sentences", "words"), [(BENGALI, "bn", 4, 16), (ARABIC, "ar", 5, 15)])
def test_bengali_and_arabic_get_averages_not_a_score(text, language, sentences, words):
    report = check(text, language)
    assert report.score is None
    assert report.sentences == sentences
    assert report.words == words
    assert report.average_sentence_words == round(words / sentences, 1)
    assert 2 < report.average_word_letters < 6


def test_bengali_words_keep_their_vowel_signs_and_sentences_end_at_the_dari():
    assert split_words("আমাদের খোলা দিনে") == ["আমাদের", "খোলা", "দিনে"]
    assert len(split_sentences(BENGALI)) == 4
    # আমাদের: four letters and two vowel signs.
    assert letters("আমাদের") == 4


def test_arabic_sentences_end_at_its_question_mark_and_short_vowels_are_not_letters():
    assert split_sentences("الدخول مجاني؟ نعم.") == ["الدخول مجاني؟", "نعم."]
    assert letters("كَتَبَ") == 3


def test_headings_and_list_items_count_as_sentences():
    assert split_sentences("Open day\nMeet the team. Ask us anything\n\n- tea and cake") == [
        "Open day",
        "Meet the team.",
        "Ask us anything",
        "- tea and cake",
    ]


def test_too_little_text_gets_no_numbers():
    report = check("Open day.", "en")
    assert report.average_sentence_words is None
    assert report.score is None


def test_long_sentences_are_listed_in_every_language_with_the_threshold_given():
    targets = Targets(long_sentence_words=10)
    english = check(ENGLISH_DENSE, "en", targets)
    [(words, excerpt)] = english.long_sentences
    assert words == 27
    assert (
        excerpt
        == "Organisational representatives participating in collaborative governance arrangements are expected to …"
    )
    assert len(check(POLISH_DENSE, "pl", targets).long_sentences) == 1
    assert check(ARABIC, "ar", targets).long_sentences == []
    assert check(ENGLISH_DENSE, "en", Targets(long_sentence_words=30)).long_sentences == []


def test_passive_voice_is_found_in_english_only():
    text = "The form was checked by a volunteer. Your answers are kept safe. We are interested in your views."
    assert check(text, "en").passive_phrases == ["was checked", "are kept"]
    assert check(text, "pl").passive_phrases == []
    assert check("We checked the form and kept your answers safe.", "en").passive_phrases == []


def test_abbreviations_must_be_spelled_out_somewhere_on_the_page():
    text = (
        "Talk to PALS about your care. The Patient Experience Team (PET) can help too. "
        "CAMHS (child and adolescent mental health services) works with young people. Ask your GP or the NHS."
    )
    assert check(text, "en").undefined_abbreviations == ["PALS"]
    assert check(f"{text} Patient Advice and Liaison Service (PALS).", "en").undefined_abbreviations == []
    assert check(text, "en", Targets(known_abbreviations=frozenset({"PALS"}))).undefined_abbreviations == ["GP", "NHS"]


def test_abbreviations_are_found_in_other_languages_and_capital_headings_are_not_abbreviations():
    assert check("Zapytaj w PALS. Zadzwoń do NFZ (Narodowy Fundusz Zdrowia).", "pl").undefined_abbreviations == ["PALS"]
    assert check("تحدث إلى PALS اليوم.", "ar").undefined_abbreviations == ["PALS"]
    assert check("COME TO OUR OPEN DAY\nIt is free.", "en").undefined_abbreviations == []


def test_warnings_and_missed_targets_are_counted():
    report = check(
        ENGLISH_DENSE + " Talk to PALS.", "en", Targets(long_sentence_words=20, max_average_sentence_words=12)
    )
    # One long sentence, one passive phrase, one abbreviation, the score and the average sentence length.
    assert report.warning_count == 5

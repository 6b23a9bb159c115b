

# --- where a sentence puts its subject (subject_slots.py) -----------------------------------------


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("yerlan heeft geen werk meer.", "yerlan", True),  # opening a note, before a verb
        ("Het gaat goed. yerlan heeft werk.", "yerlan", True),
        ("sjonnie uit de flat kwam langs.", "sjonnie", True),
        ("oksana, zijn vriendin, sprak weinig.", "oksana", True),
        ("zegt dat sjaak camera's heeft opgehangen.", "sjaak", True),  # after a conjunction, a verb soon
        ("merkten dat bas niet meer uit zijn kamer kwam.", "bas", True),
        ("daarna kwam vasile nog langs.", "vasile", True),  # after an inverted verb
        ("Gesprek met mw. yerlan heeft", "yerlan", False),  # a title's dot opens no sentence
        ("toen kwam de politie", "de", False),
        ("zegt dat, als het kan, ze komt", "als", False),
    ],
)
def test_subject_slots(text, word, expected):
    from werkbord.privacy.subject_slots import subject_slot

    i = text.index(word)
    assert subject_slot(text, i, i + len(word)) is expected


@needs_deduce
@pytest.mark.parametrize(
    "text, name",
    [
        ("daarna kwam vasile nog even langs.", "vasile"),  # a listed name no word list knows: replaced
        ("Zegt dat dorota niet meer komt.", "dorota"),
        ("jongste (noa) zit in groep 3.", "noa"),  # alone in brackets after a person word
        ("buurvrouw 3 hoog (gea) heeft de sleutel.", "gea"),
    ],
)
def test_a_listed_name_in_lower_case_where_a_subject_stands_goes(scrubber, text, name):
    out = scrubber.scrub(text).text
    assert gone(name, out), out


@pytest.mark.parametrize(
    "text, word",
    [
        ("yerlan heeft geen werk meer.", "yerlan"),  # no list knows it: a typo stands there too
        ("Huisgenoten merkten dat bas niet meer uit zijn kamer kwam.", "bas"),  # a name that is a word
        ("trainer daar (kees) weet van niets.", "kees"),
    ],
)
def test_a_word_where_a_subject_or_a_name_stands_is_shown(text, word):
    from werkbord.privacy.suspects import find_suspects

    assert word in [s.text for s in find_suspects(text)]


@pytest.mark.parametrize(
    "text",
    [
        "zegt dat het goed gaat met de kinderen.",
        "Toen kwam de politie erbij.",
        "de huisarts (ziek) belde af.",
        "merkten dat hij niet meer kwam.",
    ],
)
def test_ordinary_words_in_those_places_are_not_shown(text):
    from werkbord.privacy.suspects import find_suspects

    assert find_suspects(text) == []

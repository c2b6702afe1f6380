"""Quotation marks found at the character level: no model needed."""

from sitrep.extract.speech.quotes import find_quotes
from sitrep.extract.speech.platforms import platform_of


def test_straight_and_curly_quotes_have_exact_offsets():
    text = 'He said: "We will not retreat from here." Then: “The enemy will pay a price.”'
    quotes = find_quotes(text)
    assert [q.text for q in quotes] == ["We will not retreat from here.", "The enemy will pay a price."]
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text


def test_split_quote_halves_are_two_quotes_without_the_comma():
    text = '"We are ready," he said, "to crush them."'
    assert [q.text for q in find_quotes(text)] == ["We are ready", "to crush them."]


def test_quote_runs_over_a_paragraph_opened_again_with_a_mark():
    text = "“The first paragraph of the quote.\n\n“And the second one ends it,” said Ali."
    (quote,) = find_quotes(text)
    assert quote.text.startswith("The first") and quote.text.endswith("ends it")
    assert text[quote.start : quote.end] == quote.text


def test_unclosed_quote_ends_with_its_paragraph():
    text = '"An unclosed quote of many words\n\nThe next paragraph is narration.'
    (quote,) = find_quotes(text)
    assert quote.text == "An unclosed quote of many words" and not quote.closed


def test_scare_quotes_are_not_speech():
    (quote,) = find_quotes('He called it “a lie” again.')
    assert not quote.is_speech()


def test_platforms_named_in_the_attribution():
    assert platform_of("he wrote on Telegram") == "Telegram"
    assert platform_of("the ministry said on X") == "X/Twitter"
    assert platform_of("he told Al Jazeera") == "Al Jazeera"
    assert platform_of("told a press conference in Brussels") == "press conference"
    assert platform_of("the army said in a statement") == "written statement"
    assert platform_of("the army said") is None

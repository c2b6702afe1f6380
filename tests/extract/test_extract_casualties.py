import pytest

from sitrep.extract.casualties import find_fatalities, parse_number


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Troops retook the town, killing at least 12 fighters.", 12, None),
        ("The fighting has left more than 150 dead, a monitor said.", 151, None),
        ("Three civilians were killed by a drone strike.", 3, 3),
        ("Dozens of people died in the blast.", 24, None),
        ("Between 20 and 30 fighters were killed.", 20, 30),
        ("Over 200 fatalities were recorded in the province.", 201, None),
        ("The death toll rose to 45 on Friday.", 45, 45),
        ("Twenty-seven people were killed.", 27, 27),
        ("At least 1,200 people have been killed since March.", 1200, None),
        ("Up to 40 soldiers were killed.", None, 40),
        ("Two thousand people were killed in the siege.", 2000, 2000),
        ("More than 3 thousand civilians have been killed.", 3001, None),
    ],
)
def test_fatality_figures(sentence, low, high):
    figure = find_fatalities(sentence)
    assert figure is not None
    assert (figure.min, figure.max) == (low, high)
    assert sentence[figure.start : figure.end] == figure.text


@pytest.mark.parametrize(
    "sentence",
    ["The convoy travelled 12 km.", "He was 45 years old.", "Troops killed 10000000000 people."],
)
def test_numbers_that_are_not_deaths(sentence):
    assert find_fatalities(sentence) is None


def test_offsets_are_shifted_into_the_article():
    figure = find_fatalities("two people were killed", offset=100)
    assert (figure.start, figure.end) == (100, 122)


def test_vague_and_written_numbers():
    assert parse_number("a number of") == (2, None)
    assert parse_number("three hundred") == (300, 300)
    assert parse_number("banana") == (None, None)


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("The blast killed four people, wounding at least 17 others.", 17, None),
        ("Dozens were injured when police fired tear gas.", 24, None),
        ("Between 10 and 15 protesters were wounded.", 10, 15),
    ],
)
def test_injured_figures(sentence, low, high):
    from sitrep.extract.casualties import find_injured

    figure = find_injured(sentence)
    assert figure is not None and (figure.min, figure.max) == (low, high)
    assert sentence[figure.start : figure.end] == figure.text


def test_injuries_are_not_deaths():
    assert find_fatalities("Eight people were wounded in the attack.") is None


def test_coordinated_victims_with_a_possessive_are_summed():
    figure = find_fatalities("Shelling hit Taiz on Sunday, killing a woman and her two children, the health office said.")
    assert (figure.min, figure.max) == (3, 3)


def test_killed_to_death_and_quoted_neutralised():
    assert find_fatalities("Rebels hacked to death at least 23 people in raids on two villages.").min == 23
    figure = find_fatalities('The army said more than 30 assailants had been "neutralised".')
    assert figure is not None and figure.min == 31

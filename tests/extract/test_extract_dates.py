import pytest

from sitrep.resolve.dates import resolve_date

PUBLISHED = "2026-11-19"  # a Thursday


@pytest.mark.parametrize(
    ("phrase", "date", "precision"),
    [
        ("on Thursday", "2026-11-19", "day"),  # the publication weekday means that day
        ("late on Thursday", "2026-11-19", "day"),
        ("Tuesday", "2026-11-17", "day"),
        ("last Thursday", "2026-11-12", "day"),
        ("yesterday", "2026-11-18", "day"),
        ("two days ago", "2026-11-17", "day"),
        ("last week", "2026-11-09", "week"),
        ("earlier this month", "2026-11-01", "month"),
        ("on October 3", "2026-10-03", "day"),
        ("October 2026", "2026-10-01", "month"),
        ("in 2024", "2024-01-01", "year"),
    ],
)
def test_dates_resolve_against_publication(phrase, date, precision):
    resolved = resolve_date(phrase, PUBLISHED)
    assert resolved is not None
    assert (resolved.date, resolved.precision) == (date, precision)


def test_future_tense_resolves_forwards():
    assert resolve_date("March 15", PUBLISHED, future=True).date == "2027-03-15"
    assert resolve_date("Tuesday", PUBLISHED, future=True).date == "2026-11-24"


@pytest.mark.parametrize("phrase", ["recently", "within 30 days", "the past three years", "banana"])
def test_unresolvable_phrases_stay_null(phrase):
    assert resolve_date(phrase, PUBLISHED) is None


def test_relative_date_without_publication_date_is_not_guessed():
    assert resolve_date("on Tuesday", None) is None
    assert resolve_date("October 3, 2025", None).date == "2025-10-03"


@pytest.mark.parametrize(
    ("phrase", "date", "precision", "end"),
    [
        ("Nov. 3-5", "2026-11-03", "week", "2026-11-05"),
        ("3-5 November", "2026-11-03", "week", "2026-11-05"),
        ("from Nov. 3 to Nov. 5", "2026-11-03", "week", "2026-11-05"),
        ("between Monday and Wednesday", "2026-11-16", "week", "2026-11-18"),
        ("Monday and Tuesday", "2026-11-16", "day", "2026-11-17"),
        ("Oct. 1-20, 2024", "2024-10-01", "month", "2024-10-20"),
    ],
)
def test_date_ranges_keep_their_first_day_and_length(phrase, date, precision, end):
    resolved = resolve_date(phrase, PUBLISHED)
    assert (resolved.date, resolved.precision, resolved.end) == (date, precision, end)


@pytest.mark.parametrize(
    ("phrase", "date", "precision"),
    [
        ("Nov. 17", "2026-11-17", "day"),
        ("27 November 2024", "2024-11-27", "day"),
        ("2024-11-27", "2024-11-27", "day"),
        ("two weeks ago", "2026-11-02", "week"),
        ("a month ago", "2026-10-01", "month"),
        ("last weekend", "2026-11-14", "week"),
        ("mid-November", "2026-11-01", "month"),
    ],
)
def test_explicit_and_relative_forms(phrase, date, precision):
    resolved = resolve_date(phrase, PUBLISHED)
    assert (resolved.date, resolved.precision) == (date, precision)


def test_range_without_publication_date_needs_its_year():
    assert resolve_date("Nov. 3-5", None) is None
    assert resolve_date("Nov. 3-5, 2024", None).date == "2024-11-03"


def test_events_inherit_the_nearest_earlier_date_of_their_paragraph(pipeline):
    from sitrep.model import Article

    text = ("Jets struck Saraqeb on Tuesday. Five civilians were killed in the attack.\n\n"
            "Rebels shelled Aleppo.")
    (document,) = pipeline.extract([Article(text=text, published=PUBLISHED)])
    dates = [event.date for event in document.events]
    assert dates == ["2026-11-17", "2026-11-17", None]  # a new paragraph inherits nothing


def test_relative_dates_stay_null_without_publication_date(pipeline):
    from sitrep.model import Article

    text = "Jets struck Saraqeb on Tuesday. Five civilians were killed in the attack."
    (document,) = pipeline.extract([Article(text=text)])
    assert [event.date for event in document.events] == [None, None]

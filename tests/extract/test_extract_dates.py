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

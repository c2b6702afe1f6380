"""A document the store refuses costs only that document: the rest of its batch is stored."""

from sitrep.batch import IngestReport, save_isolated
from sitrep.model import Article, Document, Event, Evidence
from sitrep.store import Store


def test_one_refused_document_does_not_lose_its_batch(tmp_path):
    good = [Document(article=Article(text=f"Report number {n}.", origin=f"good-{n}"), pipeline_version="t") for n in range(3)]
    broken = Document(article=Article(text="A broken report.", origin="broken.txt"), pipeline_version="t")
    broken.events.append(
        Event(id="event-x", type="ASSAULT", actors=["actor-not-in-the-document"], evidence=Evidence(text="A", start=0, end=1))
    )
    report = IngestReport()
    with Store.open(str(tmp_path / "s.db")) as store:
        save_isolated(store, [good[0], broken, *good[1:]], report)
        assert store.counts()["articles"] == 3
    assert report.stored == 3
    assert [error.origin for error in report.errors] == ["broken.txt"]
    assert "could not be stored" in report.errors[0].reason

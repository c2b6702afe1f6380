"""Reads never wait for a writer on SQLite: a read runs while a write transaction is open."""

import threading

from sqlalchemy import text

from sitrep.store import Store


def test_reads_do_not_wait_for_an_open_write_transaction(tmp_path):
    location = str(tmp_path / "s.db")
    with Store.open(location) as store:
        writer_holds_lock = threading.Event()
        release = threading.Event()

        def write() -> None:
            with store.engine.begin() as connection:  # BEGIN IMMEDIATE: holds the write lock
                connection.execute(text("SELECT 1"))
                writer_holds_lock.set()
                release.wait(10)

        thread = threading.Thread(target=write)
        thread.start()
        assert writer_holds_lock.wait(10)
        try:
            with store.reading() as connection:
                connection.execute(text("PRAGMA busy_timeout=100"))
                assert connection.execute(text("SELECT count(*) FROM articles")).scalar() == 0
            assert store.counts()["articles"] == 0
        finally:
            release.set()
            thread.join()

"""Consistent snapshots of a SQLite database, verified and rotated.

SQLite's online backup API copies pages under a read transaction, so the snapshot is consistent
even while the program (or another reader) is using the database; copying the file with ``cp``
can catch it half-written, especially with a WAL beside it.
"""

from __future__ import annotations

import contextlib
import glob
import re
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from exchangedesk.db.engine import untouched_read_uri
from exchangedesk.db.faults import explained
from exchangedesk.domain.errors import DatabaseError

KEEP_BACKUPS = 10


def snapshot(
    database: Path,
    dest_dir: Path,
    *,
    label: str = "backup",
    keep: int = KEEP_BACKUPS,
    expect_revision: str | None = None,
    why: str | None = None,
) -> Path:
    """Write a verified copy of *database* into *dest_dir*; return its path.

    *why* ("before import of pairs.csv") is kept in a sidecar ``NAME.why`` beside the copy, so
    the list of backups can say what each one was taken before (:func:`why_taken`).

    With *expect_revision* the copy must also pass ``foreign_key_check`` and carry that schema
    revision before it takes its place (the automatic backup on close: it must be restorable
    as it is). On any failure (a full disk above all) nothing is left behind in *dest_dir*: no
    ``.partial`` file, no ``-wal``/``-shm``/``-journal`` beside it."""
    outcome = NO_BACKUP
    with explained(where=dest_dir, outcome=outcome):
        dest_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = dest_dir / f"{database.stem}-{label}-{stamp}.sqlite3"
    partial = target.with_suffix(".partial")
    try:
        with explained(where=dest_dir, outcome=outcome):
            _copy_verified(database, partial, expect_revision)
            partial.replace(target)  # only a verified, complete file carries the final name
    except sqlite3.Error as exc:
        raise DatabaseError(f"Could not back up '{database}': {exc}. {outcome}") from exc
    finally:
        _remove_partial(partial)
    if why:
        # The backup is whole without its sidecar (the label still says what kind it is), so a
        # sidecar that cannot be written (a disk just filled) costs the wording, not the copy.
        with contextlib.suppress(OSError):
            sidecar(target).write_text(why, encoding="utf-8")
    if label in TIERED:
        _rotate_tiered(database, dest_dir, label, datetime.now(UTC))
    else:
        _rotate(dest_dir, f"{database.stem}-{label}-", keep)
    _record_in_manifest(target, label, why)
    return target


MANIFEST = "manifest.json"


def _record_in_manifest(target: Path, label: str, why: str | None) -> None:
    """Add *target* to its folder's manifest (name → taken, size, revision, sha256, label,
    why) and drop the entries of files thinned away. The manifest is a record beside the
    backups, not part of them: a manifest that cannot be written (a disk just filled) costs the
    record, never the backup."""
    import hashlib
    import json

    folder = target.parent
    manifest = folder / MANIFEST
    try:
        entries = json.loads(manifest.read_text(encoding="utf-8"))
        if not isinstance(entries, dict):
            entries = {}
    except (OSError, ValueError):
        entries = {}
    try:
        digest = hashlib.sha256()
        with target.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        with contextlib.closing(sqlite3.connect(untouched_read_uri(target), uri=True)) as copy:
            rows = copy.execute("SELECT version_num FROM alembic_version").fetchall()
    except (OSError, sqlite3.Error):
        return
    entries[target.name] = {
        "taken": datetime.now(UTC).isoformat(timespec="seconds"),
        "size": target.stat().st_size,
        "revision": rows[0][0] if len(rows) == 1 else None,
        "sha256": digest.hexdigest(),
        "label": label,
        "why": why,
    }
    entries = {name: entry for name, entry in entries.items() if (folder / name).is_file()}
    partial = manifest.with_name(MANIFEST + ".partial")
    try:
        partial.write_text(json.dumps(entries, indent=1, sort_keys=True), encoding="utf-8")
        partial.replace(manifest)
    except OSError:
        partial.unlink(missing_ok=True)


def manifest_of(folder: Path) -> dict[str, dict]:
    """The manifest of a backups folder (empty when there is none or it cannot be read)."""
    import json

    try:
        entries = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return entries if isinstance(entries, dict) else {}


NO_BACKUP = "No backup was written, and the register itself was not changed."


def _copy_verified(database: Path, partial: Path, expect_revision: str | None) -> None:
    source = sqlite3.connect(untouched_read_uri(database), uri=True)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
            # Verify the copy's structure; a row breaking a CHECK rule is for 'check' to
            # report, and must not stop the backup (or the upgrade that needs one).
            copy.execute("PRAGMA ignore_check_constraints=ON")
            verdict = copy.execute("PRAGMA integrity_check").fetchone()[0]
            if verdict != "ok":
                raise DatabaseError(f"The backup failed its integrity check: {verdict}")
            if expect_revision is not None:
                _check_restorable(copy, expect_revision)
        finally:
            copy.close()
    finally:
        source.close()


def _check_restorable(copy: sqlite3.Connection, expect_revision: str) -> None:
    broken = copy.execute("PRAGMA foreign_key_check").fetchone()
    if broken is not None:
        raise DatabaseError(
            f"The backup has broken references (table {broken[0]}, row {broken[1]}), so it "
            "was not kept; run 'exchangedesk check'."
        )
    rows = copy.execute("SELECT version_num FROM alembic_version").fetchall()
    if [row[0] for row in rows] != [expect_revision]:
        raise DatabaseError(
            f"The backup's schema revision ({', '.join(r[0] for r in rows) or 'none'}) is not "
            f"{expect_revision}, so it was not kept."
        )


# Automatic backups come often (every close after a change, every half hour of edits), so they
# thin out with age, together: everything from today and the newest few, then one a day for a
# week, one a week for a month, one a month for a year. The backups taken before work (an
# import, a merge, an upgrade, a restore) are the way back from that one piece of work, so the
# tiers never touch them (issue 14): each kind keeps its last KEEP_BACKUPS, as backups by hand do.
TIERED = ("on-close", "after-edits")
KEEP_NEWEST = 5
TIERS = (
    (timedelta(days=7), "%Y-%m-%d"),
    (timedelta(days=35), "%G-W%V"),
    (timedelta(days=366), "%Y-%m"),
)


def _rotate_tiered(database: Path, dest_dir: Path, label: str, now: datetime) -> list[Path]:
    """Delete the automatic backups no tier keeps; return the ones kept, newest first."""
    taken = [(path, when) for path, name, when in backups_of(database, dest_dir) if name in TIERED]
    kept: set[Path] = {path for path, _when in taken[:KEEP_NEWEST]}
    # Everything from today (the user's day); and a clock put back leaves backups "from the
    # future": kept too, rather than judged by an age below zero.
    today = now.astimezone().date()
    kept |= {path for path, when in taken if when.astimezone().date() >= today}
    for age, bucket in TIERS:
        seen: set[str] = set()
        for path, when in taken:  # newest first: the newest of each day/week/month is kept
            key = when.strftime(bucket)
            if now - when <= age and key not in seen:
                seen.add(key)
                kept.add(path)
    for path, _when in taken:
        if path not in kept:
            path.unlink(missing_ok=True)
            sidecar(path).unlink(missing_ok=True)
    return [path for path, _when in taken if path in kept]


def _remove_partial(partial: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        partial.with_name(partial.name + suffix).unlink(missing_ok=True)


# Labels the program writes, and what each was taken before (or by).
LABELS = {
    "backup": "by hand ('exchangedesk backup' or File > Back up)",
    "before-upgrade": "before a schema upgrade",
    "before-restore": "before a restore",
    "on-close": "when the register was closed after changes",
    "after-edits": "automatically, after a period of edits",
    "before-import": "before an import",
    "before-merge": "before merging two records",
}


def sidecar(backup_file: Path) -> Path:
    """Where what *backup_file* was taken before is written ("before import of pairs.csv")."""
    return backup_file.with_suffix(".why")


def why_taken(backup_file: Path) -> str | None:
    """The reason written beside *backup_file* by :func:`snapshot`, if any."""
    try:
        text = sidecar(backup_file).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text or None


_NAME = re.compile(r"^(?P<label>[a-z-]+)-(?P<stamp>\d{8}T\d{12}Z)\.sqlite3$")


def backups_of(database: Path, folder: Path) -> list[tuple[Path, str, datetime]]:
    """Backups of *database* in *folder* as (file, label, taken at UTC), newest first; only
    names this program writes (see :data:`LABELS`), never a ``.partial``."""
    found = []
    prefix = f"{database.stem}-"
    try:
        candidates = list(folder.glob(f"{glob.escape(prefix)}*.sqlite3"))
    except OSError:
        return []
    for candidate in candidates:
        match = _NAME.match(candidate.name[len(prefix) :])
        if match is None or match["label"] not in LABELS or not candidate.is_file():
            continue
        taken = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
        found.append((candidate, match["label"], taken))
    return sorted(found, key=lambda entry: entry[2], reverse=True)


def _rotate(dest_dir: Path, prefix: str, keep: int) -> None:
    backups = sorted(dest_dir.glob(f"{prefix}*.sqlite3"))
    for old in backups[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
        sidecar(old).unlink(missing_ok=True)


def restore(backup: Path, database: Path) -> None:
    """Replace *database* with *backup* after checking the backup is sound."""
    try:
        with sqlite3.connect(untouched_read_uri(backup), uri=True) as check:
            verdict = check.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.Error as exc:
        raise DatabaseError(f"'{backup}' is not a readable backup: {exc}") from exc
    if verdict != "ok":
        raise DatabaseError(f"'{backup}' is damaged ({verdict}); nothing was restored")
    source = sqlite3.connect(untouched_read_uri(backup), uri=True)
    try:
        target = sqlite3.connect(database)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()

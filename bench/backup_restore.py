"""Prove that a PostgreSQL backup restores: dump, restore into a new database,
compare the row count of every table.

    .venv/bin/python bench/backup_restore.py

Uses the local PostgreSQL on 127.0.0.1:5432 (user postgres) and two throwaway
databases, which it drops at the end.
"""

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import POSTGRES_SERVER as SERVER  # noqa: E402
from bench.common import bench_env, manage, psql  # noqa: E402

SOURCE, RESTORED = "hub_bench_backup", "hub_bench_restored"


def row_counts(database):
    tables = psql(database, "select tablename from pg_tables where schemaname = 'public' order by 1").split()
    counts = {}
    for table in tables:
        counts[table] = int(psql(database, f'select count(*) from "{table}"'))  # noqa: S608 - names from pg_tables
    return counts


def main():
    for name in (SOURCE, RESTORED):
        psql("postgres", f"drop database if exists {name}")
    psql("postgres", f"create database {SOURCE}")
    env = bench_env(f"{SERVER}/{SOURCE}")
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo_content")
    with tempfile.TemporaryDirectory() as folder:
        dump = Path(folder) / "backup.dump"
        subprocess.run(["pg_dump", "--format=custom", f"--file={dump}", f"{SERVER}/{SOURCE}"], check=True)
        psql("postgres", f"create database {RESTORED}")
        subprocess.run(["pg_restore", "--no-owner", f"--dbname={SERVER}/{RESTORED}", str(dump)], check=True)
        size = dump.stat().st_size
    before, after = row_counts(SOURCE), row_counts(RESTORED)
    different = {table: (before[table], after.get(table)) for table in before if before[table] != after.get(table)}
    for name in (SOURCE, RESTORED):
        psql("postgres", f"drop database if exists {name}")
    print(f"Dump: {size / 1024:.0f} KB; {len(before)} tables, {sum(before.values())} rows.")
    if different:
        print(f"Restore differs: {different}")
        sys.exit(1)
    print("Restore matches the original, table by table.")


if __name__ == "__main__":
    main()

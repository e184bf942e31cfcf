"""CPU per request, measured in-process: steadier than wrk on a shared machine.

Renders each kind of page with Django's test client, page cache off, and
prints the median CPU time of this process per request (database time spent
in PostgreSQL is not counted, which is the point: it is the Python work a
worker does). With ``--profile``, pyinstrument shows where that time goes.

    .venv/bin/python -m bench.cpu [--database-url URL] [--repeat 40] [--profile "post"]

Uses the database ``make bench`` seeded (``hub_bench`` by default).
"""

import argparse
import os
import statistics
import time

from bench.common import bench_env, postgres_database

# The pages the target in docs/performance.md covers (search has its own).
PAGES = ["home", "news index", "post", "event", "get involved, 2 filters", "role"]


def cpu_ms(client, path, repeat):
    """Median CPU milliseconds of this process for one GET of ``path``."""
    for _ in range(3):
        client.get(path)
    samples = []
    for _ in range(repeat):
        started = time.process_time()
        response = client.get(path)
        samples.append((time.process_time() - started) * 1000)
        if response.status_code != 200:
            raise RuntimeError(f"{path} answered {response.status_code}")
    return statistics.median(samples)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="default: hub_bench on the local PostgreSQL")
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--profile", choices=PAGES, help="print a pyinstrument profile of this page")
    args = parser.parse_args()
    os.environ.update(bench_env(args.database_url or postgres_database("hub_bench"), PAGE_CACHE_SECONDS=0))

    from django.test import Client

    from bench.seed import paths

    client = Client(HTTP_HOST="127.0.0.1")
    page_paths = paths()
    if args.profile:
        from pyinstrument import Profiler
        from pyinstrument.stack_sampler import get_stack_sampler

        # Sample on this process's CPU clock: time spent waiting for PostgreSQL is not ours to cut.
        get_stack_sampler().timer_func = time.process_time
        path = page_paths[args.profile]
        cpu_ms(client, path, 1)
        with Profiler(interval=0.0005) as profiler:
            for _ in range(args.repeat):
                client.get(path)
        print(profiler.output_text(color=False, short_mode=False))
        return
    for name in PAGES:
        print(f"{name:26} {cpu_ms(client, page_paths[name], args.repeat):6.1f} ms CPU per request")


if __name__ == "__main__":
    main()

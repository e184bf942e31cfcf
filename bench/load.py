"""Load and fault checks on 127.0.0.1, bounded in time.

    .venv/bin/python bench/load.py load      # 2 minutes at 50 connections, PostgreSQL + Redis: expect 0 errors
    .venv/bin/python bench/load.py postgres  # restart PostgreSQL during load: errors only while it restarts
    .venv/bin/python bench/load.py redis     # stop Redis during load: the site keeps serving
    .venv/bin/python bench/load.py redis-down  # Redis unreachable: at least half the uncached rate, few log lines
    .venv/bin/python bench/load.py email     # an SMTP server that refuses: submissions are kept

Each check builds a throwaway PostgreSQL database with the demo content and
serves it with gunicorn (2 sync workers). The Redis checks start their own
redis-server on a free port so the machine's Redis is never touched. The
PostgreSQL check restarts the machine's PostgreSQL cluster (pg_ctlcluster),
so run it only where nothing else needs that server for a few seconds.
"""

import argparse
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import BENCH_DIR, PYTHON, ROOT, Server, bench_env, free_port, manage, psql, wrk  # noqa: E402
from bench.common import POSTGRES_SERVER as SERVER  # noqa: E402

DATABASE = "hub_bench_load"
PATHS = ["/", "/news/", "/get-involved/", "/search/?q=peer", "/about-co-production/"]


def fresh_site(**extra):
    psql("postgres", f"drop database if exists {DATABASE}")
    psql("postgres", f"create database {DATABASE}")
    env = bench_env(f"{SERVER}/{DATABASE}", **extra)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo_content")
    manage(env, "collectstatic", "--noinput", "-v0")
    return env


def start_redis(port):
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    time.sleep(0.5)
    return process


class Poller(threading.Thread):
    """Requests one page every 50 ms and records (time, ok) until stopped."""

    def __init__(self, url):
        super().__init__(daemon=True)
        self.url = url
        self.samples = []
        self.running = True

    def run(self):
        while self.running:
            started = time.monotonic()
            try:
                with urllib.request.urlopen(self.url, timeout=5) as response:  # noqa: S310 - loopback only
                    ok = response.status == 200
            except (urllib.error.URLError, OSError):
                ok = False
            self.samples.append((started, ok))
            time.sleep(0.05)

    def stop(self):
        self.running = False
        self.join()

    def failures(self):
        return [when for when, ok in self.samples if not ok]


def check_load(seconds):
    port = free_port()
    redis = start_redis(port)
    try:
        env = fresh_site(REDIS_URL=f"redis://127.0.0.1:{port}/0")
        with Server(env) as server:
            result = wrk(server.url, seconds=seconds, connections=50, paths=PATHS)
    finally:
        redis.terminate()
    print(
        f"Load: {result['requests']} requests in {seconds} s at 50 connections, {result['rps']:.0f}/s, "
        f"p50 {result['p50']:.1f} ms, p99 {result['p99']:.1f} ms, errors {result['errors']}."
    )
    return result["errors"] == 0


def check_postgres():
    env = fresh_site(PAGE_CACHE_SECONDS=0)
    cluster = next(Path("/etc/postgresql").iterdir()).name
    with Server(env) as server:
        # wrk keeps 10 connections busy on uncached pages the whole time; the
        # poller times when requests fail and when they succeed again.
        load = {}
        loader = threading.Thread(
            target=lambda: load.update(wrk(server.url, seconds=15, connections=10, paths=PATHS)), daemon=True
        )
        poller = Poller(server.url + "/get-involved/")
        loader.start()
        poller.start()
        time.sleep(3)
        restarted = time.monotonic()
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", cluster, "main", "restart"], check=True)
        back = time.monotonic()
        loader.join()
        poller.stop()
    if not load:
        print("PostgreSQL restart: wrk did not finish, so there is no load result.")
        return False
    failures = poller.failures()
    recovered = [when for when, ok in poller.samples if ok and when > back]
    if not recovered:
        print("PostgreSQL restart: the site did not recover.")
        return False
    window = (failures[-1] - failures[0]) if failures else 0.0
    print(
        f"PostgreSQL restart took {back - restarted:.1f} s under load ({load['requests']} requests by wrk, "
        f"{load['errors']} failed); the poller saw {len(failures)} failed requests over {window:.1f} s and its "
        f"first success {recovered[0] - back:.2f} s after the server was back; no app restart."
    )
    return all(ok for _, ok in poller.samples[-10:])


def check_redis():
    port = free_port()
    redis = start_redis(port)
    env = fresh_site(REDIS_URL=f"redis://127.0.0.1:{port}/0")
    with Server(env) as server:
        poller = Poller(server.url + "/")
        poller.start()
        time.sleep(3)
        redis.terminate()
        redis.wait()
        time.sleep(5)
        poller.stop()
    print(f"Redis stopped mid-run: {len(poller.samples)} requests, {len(poller.failures())} failed.")
    return not poller.failures()


def make_renditions(env):
    """Request each measured page once in-process, so the servers measured do not make images first."""
    code = f"from django.test import Client; c = Client(HTTP_HOST='127.0.0.1'); [c.get(path) for path in {PATHS!r}]"
    subprocess.run([PYTHON, "manage.py", "shell", "-c", code], cwd=ROOT, env=env, check=True, capture_output=True)


def check_redis_down(seconds=10):
    """Uncached pages with Redis up, then with ``REDIS_URL`` at a closed port: the rate must stay above half."""
    port = free_port()
    redis = start_redis(port)
    try:
        env = fresh_site(REDIS_URL=f"redis://127.0.0.1:{port}/0", PAGE_CACHE_SECONDS=0)
        make_renditions(env)
        with Server(env) as server:
            up = wrk(server.url, seconds=seconds, connections=10, paths=PATHS)
    finally:
        redis.terminate()
    env["REDIS_URL"] = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    log = BENCH_DIR / "redis-down.log"
    with log.open("w") as stream, Server(env, log=stream) as server:
        down = wrk(server.url, seconds=seconds, connections=10, paths=PATHS)
    lines = [line for line in log.read_text().splitlines() if "unreachable" in line]
    share = down["rps"] / up["rps"]
    print(
        f"Uncached pages: {up['rps']:.0f}/s with Redis, {down['rps']:.0f}/s with Redis unreachable ({share:.0%}); "
        f"p50 {up['p50']:.1f} and {down['p50']:.1f} ms; errors {down['errors']}; {len(lines)} outage log lines "
        f"in {seconds} s from 2 workers."
    )
    return share >= 0.5 and down["errors"] == 0 and len(lines) <= 2 * (1 + seconds // 60)


def check_email():
    refused_port = free_port()  # nothing listens here: every SMTP connection is refused
    env = fresh_site(EMAIL_HOST="127.0.0.1", EMAIL_PORT=refused_port, EMAIL_USE_TLS="false")
    with Server(env) as server:
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
        listing = opener.open(server.url + "/get-involved/").read().decode()
        apply_path = re.search(r'href="(/get-involved/[^"/]+/)"', listing).group(1) + "apply/"
        html = opener.open(server.url + apply_path).read().decode()
        token = re.search(r'name="form_token" value="([^"]+)"', html).group(1)
        before = count_interest(env)
        data = urllib.parse.urlencode(
            {
                "form_token": token,
                "name": "Load Test",
                "contact_method": "email",
                "email": "load-test@example.org",
                "consent": "on",
            }
        ).encode()
        request = urllib.request.Request(  # noqa: S310 - loopback only
            server.url + apply_path, data=data, headers={"Referer": server.url + apply_path}
        )
        status = opener.open(request).status
        after = count_interest(env)
    print(f"Expression of interest with the mail server refusing: HTTP {status}, stored {after - before}.")
    return after - before == 1


def count_interest(env):
    code = "from opportunities.models import ExpressionOfInterest as E; print(E.objects.count())"
    output = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout
    return int(output.strip().splitlines()[-1])


CHECKS = {
    "load": check_load,
    "postgres": check_postgres,
    "redis": check_redis,
    "redis-down": check_redis_down,
    "email": check_email,
}


def main():
    parser = argparse.ArgumentParser(description="Load and fault checks on 127.0.0.1.")
    parser.add_argument("check", choices=[*CHECKS, "all"])
    parser.add_argument("--seconds", type=int, default=120, help="length of the load check")
    args = parser.parse_args()
    if shutil.which("redis-server") is None:
        sys.exit("redis-server is needed (apt-get install redis-server).")
    names = list(CHECKS) if args.check == "all" else [args.check]
    results = {name: CHECKS[name](args.seconds) if name == "load" else CHECKS[name]() for name in names}
    psql("postgres", f"drop database if exists {DATABASE}")
    print("Results: " + ", ".join(f"{name} {'passed' if ok else 'FAILED'}" for name, ok in results.items()))
    sys.exit(0 if all(results.values()) else 1)


if __name__ == "__main__":
    main()

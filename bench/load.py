"""Load and fault checks on 127.0.0.1, bounded in time.

    .venv/bin/python bench/load.py load      # 2 minutes at 50 connections, PostgreSQL + Redis: expect 0 errors
    .venv/bin/python bench/load.py postgres  # restart PostgreSQL during load: errors only while it restarts
    .venv/bin/python bench/load.py redis     # stop Redis during load: the site keeps serving
    .venv/bin/python bench/load.py redis-down  # Redis unreachable: at least half the uncached rate, few log lines
    .venv/bin/python bench/load.py email     # an SMTP server that refuses: submissions are kept
    .venv/bin/python bench/load.py slowbody  # 50 slow uploads behind the shipped nginx: pages answer within 1 s
    .venv/bin/python bench/load.py images    # first visits after loading content: no image encoded in a request

Each check builds a throwaway PostgreSQL database with the demo content and
serves it with gunicorn (2 sync workers). The Redis checks start their own
redis-server on a free port so the machine's Redis is never touched. The
PostgreSQL check restarts the machine's PostgreSQL cluster (pg_ctlcluster),
so run it only where nothing else needs that server for a few seconds.
The slow-body check runs Debian's nginx in the foreground with the shipped
deploy/nginx/get-involved-proxy.conf, listening on a free port of 127.0.0.1.
"""

import argparse
import getpass
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import BENCH_DIR, HOST, PYTHON, ROOT, Server, bench_env, free_port, manage, psql, start_redis, wrk  # noqa: E402
from bench.common import POSTGRES_SERVER as SERVER  # noqa: E402

DATABASE = "hub_bench_load"
PATHS = ["/", "/news/", "/get-involved/", "/search/?q=peer", "/about-co-production/"]
NGINX_PROXY = ROOT / "deploy" / "nginx" / "get-involved-proxy.conf"
NGINX_CONF = """
user {user};
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log crit;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    upstream get_involved_app {{ server {host}:{upstream}; }}
    server {{
        listen {host}:{port};
        include {proxy};
    }}
}}
"""


def fresh_site(**extra):
    psql("postgres", f"drop database if exists {DATABASE}")
    psql("postgres", f"create database {DATABASE}")
    env = bench_env(f"{SERVER}/{DATABASE}", **extra)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo_content")
    manage(env, "collectstatic", "--noinput", "-v0")
    manage(env, "make_renditions")
    return env


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


class Nginx:
    """Debian's nginx in the foreground on a free port, with the shipped proxy settings in front of ``upstream_port``.

    Only the parts that differ on a real server (TLS, names, paths) are
    written here; everything between the visitor and gunicorn is the shipped file.
    """

    def __init__(self, upstream_port):
        self.upstream_port = upstream_port
        self.port = free_port()
        self.process = None
        self.prefix = None

    @property
    def url(self):
        return f"http://{HOST}:{self.port}"

    def __enter__(self):
        BENCH_DIR.mkdir(parents=True, exist_ok=True)
        self.prefix = Path(tempfile.mkdtemp(prefix="nginx-", dir=BENCH_DIR))
        config = self.prefix / "nginx.conf"
        config.write_text(
            NGINX_CONF.format(
                user=getpass.getuser(),
                prefix=self.prefix,
                host=HOST,
                upstream=self.upstream_port,
                port=self.port,
                proxy=NGINX_PROXY,
            )
        )
        self.process = subprocess.Popen(["nginx", "-p", str(self.prefix), "-c", str(config), "-g", "daemon off;"])
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection((HOST, self.port), timeout=1):
                    return self
            except OSError:
                time.sleep(0.05)
        self.__exit__()
        raise RuntimeError("nginx did not start within 10 seconds")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        shutil.rmtree(self.prefix, ignore_errors=True)


class SlowBodies:
    """Opens ``count`` POSTs that announce a 100 KB body and send one byte of it every two seconds.

    A byte every two seconds stays inside every read timeout, so only buffering
    the body in front of the app keeps these clients away from its workers.
    """

    def __init__(self, url, count=50):
        self.address = urllib.parse.urlsplit(url)
        self.count = count
        self.sockets = []
        self.running = True
        self.trickler = threading.Thread(target=self.trickle, daemon=True)

    def __enter__(self):
        head = (
            f"POST / HTTP/1.1\r\nHost: {self.address.hostname}\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\nname="
        ).encode()
        for _ in range(self.count):
            connection = socket.create_connection((self.address.hostname, self.address.port), timeout=5)
            connection.sendall(head)
            self.sockets.append(connection)
        self.trickler.start()
        return self

    def trickle(self):
        while self.running:
            for connection in list(self.sockets):
                try:
                    connection.sendall(b"x")
                except OSError:
                    self.sockets.remove(connection)
            time.sleep(2)

    def __exit__(self, *exc):
        self.running = False
        self.trickler.join()
        for connection in self.sockets:
            connection.close()


def visitor_times(url, seconds):
    """Each page in PATHS in turn for ``seconds``: the time each took, or None if it failed or took over 5 s."""
    times = []
    finish = time.monotonic() + seconds
    while time.monotonic() < finish:
        started = time.monotonic()
        try:
            path = PATHS[len(times) % len(PATHS)]
            with urllib.request.urlopen(url + path, timeout=5) as response:  # noqa: S310 - loopback only
                response.read()
                times.append(time.monotonic() - started if response.status == 200 else None)
        except (urllib.error.URLError, OSError):
            times.append(None)
    return times


def report_visits(label, times):
    """Print what visitors saw; True if every request answered 200 within 1 s."""
    answered = [took for took in times if took is not None]
    slowest = f"{max(answered) * 1000:.0f} ms" if answered else "none answered"
    median = f"{statistics.median(answered) * 1000:.0f} ms" if answered else "-"
    within = sum(took < 1 for took in answered)
    print(
        f"{label}: other visitors' requests: {len(times)}, {within} answered within 1 s, "
        f"{len(times) - len(answered)} failed or over 5 s; median {median}, slowest {slowest}."
    )
    return bool(times) and within == len(times)


def slow_body_run(url, label):
    """Other visitors' pages while 50 slow uploads are open: passed if every one answered 200 within 1 s."""
    with SlowBodies(url) as slow:
        time.sleep(1)
        times = visitor_times(url, seconds=15)
        still_open = len(slow.sockets)
    return report_visits(f"{label}, 50 slow uploads ({still_open} still open after 15 s)", times)


def check_slow_body():
    env = fresh_site()
    with Server(env) as server:
        with Nginx(server.port) as nginx:
            # The same visits with no attack: on a busy machine they show what is load, not the attack.
            report_visits("gunicorn behind nginx, no attack", visitor_times(nginx.url, seconds=15))
            behind_nginx = slow_body_run(nginx.url, "gunicorn behind nginx")
        alone = slow_body_run(server.url, "gunicorn alone (the check must fail here)")
    return behind_nginx and not alone


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


def check_images():
    """The first visits after content is loaded, as issue 14 found them: 50 connections on pages full of images.

    Before renditions were made on upload, both workers spent these first
    requests encoding AVIF files and were killed at gunicorn's 30 s timeout.
    """
    env = fresh_site()
    before = count_renditions(env)
    with Server(env) as server:
        result = wrk(server.url, seconds=10, connections=50, paths=PATHS)
    made = count_renditions(env) - before
    print(
        f"First visits: first 200 {server.cold_start:.1f} s after gunicorn started; then {result['requests']} "
        f"requests in 10 s at 50 connections, p50 {result['p50']:.0f} ms, p99 {result['p99']:.0f} ms, "
        f"errors {result['errors']}; renditions made by visitors' requests: {made}."
    )
    return made == 0 and result["errors"] == 0


def count_renditions(env):
    return count(env, "from hub.models import HubRendition as R; print(R.objects.count())")


def count_interest(env):
    return count(env, "from opportunities.models import ExpressionOfInterest as E; print(E.objects.count())")


def count(env, code):
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
    "slowbody": check_slow_body,
    "images": check_images,
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

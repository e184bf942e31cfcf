"""Shared helpers for the benchmark and load scripts: a throwaway database,
a gunicorn server on 127.0.0.1 and wrk. Everything stays on this machine."""

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "var" / "bench"
PYTHON = sys.executable
HOST = "127.0.0.1"
POSTGRES_SERVER = f"postgres://postgres@{HOST}:5432"


def bench_env(database_url, **extra):
    """Production settings, pointed at the benchmark database, served over plain HTTP.

    ``REDIS_URL`` comes from ``extra`` (a server from ``start_redis``) or the caller's environment.
    """
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "hub.settings.production",
            "SECRET_KEY": "benchmark-only-secret-key-not-for-any-real-site-0123456789",
            "ALLOWED_HOSTS": HOST,
            "DATABASE_URL": database_url,
            "SECURE_SSL_REDIRECT": "false",
            "STATIC_ROOT": str(BENCH_DIR / "static"),
            "MEDIA_ROOT": str(BENCH_DIR / "media"),
        }
    )
    env.update({key: str(value) for key, value in extra.items()})
    return env


def postgres_answers():
    """Is the machine's PostgreSQL (trust auth, user postgres) listening on 127.0.0.1:5432?"""
    try:
        with socket.create_connection((HOST, 5432), timeout=1):
            return True
    except OSError:
        return False


def psql(database, sql):
    """Run SQL as postgres in ``database`` and return what it printed (unaligned, tuples only)."""
    return subprocess.run(
        ["psql", f"{POSTGRES_SERVER}/{database}", "-Atq", "-c", sql], capture_output=True, text=True, check=True
    ).stdout.strip()


def postgres_database(name):
    """The URL of database ``name`` on the local PostgreSQL, created if it is missing."""
    if not psql("postgres", f"select 1 from pg_database where datname = '{name}'"):  # noqa: S608 - our own names
        psql("postgres", f"create database {name}")
    return f"{POSTGRES_SERVER}/{name}"


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


class Server:
    """gunicorn with two sync workers; measures launch-to-first-200."""

    def __init__(self, env, workers=2, log=None):
        self.env = env
        self.workers = workers
        self.log = log
        self.port = free_port()
        self.process = None
        self.cold_start = None

    @property
    def url(self):
        return f"http://{HOST}:{self.port}"

    def __enter__(self):
        started = time.perf_counter()
        self.process = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                "hub.wsgi",
                "--workers",
                str(self.workers),
                "--bind",
                f"{HOST}:{self.port}",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=self.env,
            stderr=self.log,
        )
        # A busy shared machine can take well over 30 s to start the workers and build the first page.
        deadline = started + 120
        while time.perf_counter() < deadline:
            try:
                with urllib.request.urlopen(self.url + "/", timeout=2) as response:  # noqa: S310 - loopback only
                    if response.status == 200:
                        self.cold_start = time.perf_counter() - started
                        return self
            except OSError:
                time.sleep(0.05)
        self.__exit__()
        raise RuntimeError("gunicorn did not answer within 120 seconds")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=60)


def start_redis(port):
    """A redis-server of our own on ``port`` (nothing kept on disk), so the machine's Redis is never touched."""
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", HOST, "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    time.sleep(0.5)
    return process


def ensure_wrk():
    if shutil.which("wrk"):
        return
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)


UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3}


def _ms(text):
    match = re.match(r"([\d.]+)(us|ms|s)", text)
    return float(match.group(1)) * UNITS[match.group(2)]


def wrk(url, seconds=5, connections=10, threads=2, paths=None):
    """Run wrk and return requests/s, p50 and p99 latency (ms) and non-2xx/socket errors.

    With ``paths``, requests go to each of those paths in turn (bench/paths.lua)."""
    ensure_wrk()
    command = ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s", "--latency", "--timeout", "5s"]
    env = dict(os.environ)
    if paths:
        command += ["-s", str(ROOT / "bench" / "paths.lua")]
        env["WRK_PATHS"] = " ".join(paths)
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True, env=env).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = _ms(re.search(r"\s50%\s+(\S+)", output).group(1))
    p99 = _ms(re.search(r"\s99%\s+(\S+)", output).group(1))
    non_2xx = int(match.group(1)) if (match := re.search(r"Non-2xx or 3xx responses: (\d+)", output)) else 0
    socket_errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    return {"rps": rps, "p50": p50, "p99": p99, "errors": non_2xx + socket_errors, "requests": requests}

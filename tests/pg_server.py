"""A real PostgreSQL server for the tests, started in a temporary folder and stopped at the end.

The server's programs come from, in this order: $KEHOACH_PG_BIN, the `pgserver` wheel that the
test extras install (its bundled PostgreSQL), the system's PostgreSQL (Debian's
/usr/lib/postgresql/N/bin, or `pg_ctl` on PATH). PostgreSQL refuses to run as root, so as root the
server runs as the unprivileged user `nobody`. It listens on 127.0.0.1 only, on a free port.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


class ServerUnavailable(RuntimeError):
    pass


def find_bin() -> Path:
    candidates: list[Path] = []
    if os.environ.get("KEHOACH_PG_BIN"):
        candidates.append(Path(os.environ["KEHOACH_PG_BIN"]))
    import importlib.util

    spec = importlib.util.find_spec("pgserver")  # located, not imported (its import has side effects)
    for location in (spec.submodule_search_locations or []) if spec else []:
        candidates.append(Path(location) / "pginstall" / "bin")
    candidates += sorted((Path(p) for p in glob.glob("/usr/lib/postgresql/*/bin")), reverse=True)
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    for folder in candidates:
        if (folder / "pg_ctl").is_file() and (folder / "initdb").is_file():
            return folder
    raise ServerUnavailable("no PostgreSQL server programs found (pip install pgserver, or apt-get install postgresql)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_user() -> dict[str, object]:
    """subprocess arguments that drop root to `nobody` (PostgreSQL will not run as root)."""
    if os.name != "posix" or os.geteuid() != 0:
        return {}
    import pwd

    pw = pwd.getpwnam("nobody")
    return {"user": pw.pw_uid, "group": pw.pw_gid, "extra_groups": []}


@dataclass
class PgServer:
    bin: Path
    root: Path
    port: int
    superuser: str = "postgres"
    shared_buffers: str = "64MB"  # the suite's small databases; a benchmark sets a real server's

    @property
    def base_url(self) -> str:
        return f"postgresql+psycopg://{self.superuser}@127.0.0.1:{self.port}"

    def url(self, database: str) -> str:
        return f"{self.base_url}/{database}"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
        return subprocess.run([str(self.bin / args[0]), *args[1:]], capture_output=True, text=True, env=env,
                              cwd=self.root, timeout=120, **_as_user())  # type: ignore[call-overload]

    def start(self) -> None:
        data = self.root / "data"
        data.mkdir(parents=True)
        kw = _as_user()
        if kw:
            for p in (self.root, data):
                os.chown(p, int(kw["user"]), int(kw["group"]))  # type: ignore[call-overload]
        init = self._run("initdb", "-D", str(data), "-U", self.superuser, "--auth=trust", "--encoding=UTF8",
                         "--locale=C.UTF-8", "--no-sync")
        if init.returncode != 0:
            init = self._run("initdb", "-D", str(data), "-U", self.superuser, "--auth=trust", "--encoding=UTF8",
                             "--no-locale", "--no-sync")
        if init.returncode != 0:
            raise ServerUnavailable(f"initdb failed: {init.stderr.strip()}")
        self.start_again()

    def start_again(self) -> None:
        """Start the server on its existing data (after stop())."""
        data = self.root / "data"
        opts = (f"-c listen_addresses=127.0.0.1 -p {self.port} -c unix_socket_directories='' "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
                f"-c shared_buffers={self.shared_buffers}")
        started = self._run("pg_ctl", "-D", str(data), "-l", str(self.root / "server.log"), "-o", opts,
                            "-w", "-t", "60", "start")
        if started.returncode != 0:
            log = (self.root / "server.log").read_text(errors="replace") if (self.root / "server.log").exists() else ""
            raise ServerUnavailable(f"pg_ctl start failed: {started.stderr.strip()} {log[-2000:]}")

    def stop(self) -> None:
        """A clean shutdown, as a server's service stops: what was committed stays committed (the
        suite's server runs with synchronous_commit off, which an immediate stop would betray)."""
        self._run("pg_ctl", "-D", str(self.root / "data"), "-m", "fast", "-w", "stop")

    def discard(self, wait: bool = True) -> None:
        """Stop the server and delete its files; with wait=False the deletion goes on after the
        tests, in a process of its own."""
        self.stop()
        rm = shutil.which("rm")
        if wait or rm is None:
            shutil.rmtree(self.root, ignore_errors=True)
        else:
            subprocess.Popen([rm, "-rf", str(self.root)], start_new_session=True,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def admin(self, sql: str) -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE) as the superuser."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=self.superuser, dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def add_password_user(self, name: str, password: str) -> None:
        """A login that must give its password (the suite's own superuser is trusted)."""
        self.admin(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}'")
        hba = self.root / "data" / "pg_hba.conf"
        hba.write_text(f"host all {name} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
        self.admin("SELECT pg_reload_conf()")

    def create_database(self, name: str, template: str | None = None) -> str:
        for _ in range(50):  # a template still in use by a closing connection refuses briefly
            try:
                self.admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""))
                return self.url(name)
            except Exception as exc:
                if "being accessed by other users" not in str(exc):
                    raise
                time.sleep(0.1)
        raise ServerUnavailable(f"could not copy database {template}")

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


IN_MEMORY = Path("/dev/shm")  # Linux's memory-backed folder, where there is one


def _folder_for(in_memory: bool) -> str | None:
    """Where a server's files go: in memory where the machine has room (a test's CREATE DATABASE
    copies its template's files and checkpoints: 200 ms on this machine's disk, 10 ms in memory),
    else the temporary folder."""
    if in_memory and IN_MEMORY.is_dir() and os.access(IN_MEMORY, os.W_OK):
        if shutil.disk_usage(IN_MEMORY).free >= 1 << 30:  # a container's default 64 MB would fill
            return str(IN_MEMORY)
    return None


def start_server(shared_buffers: str = "64MB", in_memory: bool = True) -> PgServer:
    """A new server. `in_memory=False` for a benchmark, which measures a server on a disk."""
    root = Path(tempfile.mkdtemp(prefix="kehoach-pg-", dir=_folder_for(in_memory)))
    os.chmod(root, 0o755)
    server = PgServer(find_bin(), root, _free_port(), shared_buffers=shared_buffers)
    server.start()
    return server

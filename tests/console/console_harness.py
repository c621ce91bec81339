"""The real fairguard-relay process with its console, for the console tests (stdlib only).

A data folder made by `init`, staff added with the real `staff add`, `serve` on 127.0.0.1
with free ports for sync and console (read from its stdout), stations synced by the real
fairguard-sim, and an HTTPS client pinned to the relay's own certificate.
"""
import http.client
import os
import select
import signal
import sqlite3
import ssl
import subprocess
import tempfile
import time

RELAY = os.environ.get("FAIRGUARD_RELAY_EXE", "fairguard-relay")
SIM = os.environ.get("FAIRGUARD_SIM_EXE", "fairguard-sim")

# Every console response carries these (docs/console.md, "Security choices").
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def run(args, timeout=120, check=True, **kw):
    r = subprocess.run(args, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL, **kw)
    if check and r.returncode != 0:
        raise AssertionError(f"{args} failed ({r.returncode}): {r.stdout}{r.stderr}")
    return r


class Relay:
    def __init__(self, name="console"):
        self.tmp = tempfile.TemporaryDirectory(prefix=f"fg-{name}-")
        self.dir = os.path.join(self.tmp.name, "relay")
        run([RELAY, "init", "--data", self.dir, "--fair", "CF138", "--name", "Canton Fair <b>138</b>",
             "--venue", "Guangzhou", "--from", "2025-10-15", "--to", "2025-10-19"])
        self.cert = os.path.join(self.dir, "tls", "cert.pem")
        self.proc = None
        self.sync_port = self.console_port = None

    def admin(self, *args, check=True):
        return run([RELAY, *args, "--data", self.dir], check=check)

    def add_staff(self, user, role, password):
        path = os.path.join(self.tmp.name, f"pw-{user}")
        with open(path, "w") as f:
            f.write(password + "\n")
        self.admin("staff", "add", "--user", user, "--role", role, "--password-file", path)

    def start(self, extra=()):
        self.stderr = open(os.path.join(self.tmp.name, "serve.log"), "w")
        self.proc = subprocess.Popen([RELAY, "serve", "--data", self.dir, "--listen", "127.0.0.1:0",
                                      "--console", "127.0.0.1:0", *extra],
                                     stdout=subprocess.PIPE, stderr=self.stderr)
        # Raw reads: a buffered reader could hold the second line while select() waits.
        shown = b""
        deadline = time.monotonic() + 30
        while b"console on https://" not in shown or b"serving fair" not in shown:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.proc.stdout], [], [], left)[0]:
                raise AssertionError(f"relay did not print its ports within 30 s: {shown!r} {self.log()}")
            chunk = os.read(self.proc.stdout.fileno(), 4096)
            if not chunk:
                raise AssertionError(f"relay exited: {self.log()}")
            shown += chunk
        for line in shown.decode().splitlines():
            if "console on https://" in line:
                self.console_port = int(line.rsplit(":", 1)[1].strip().rstrip("/"))
            elif "serving fair" in line:
                self.sync_port = int(line.split(" on ")[1].split(" ")[0].rsplit(":", 1)[1])

    def db_rows(self, sql, params=()):
        """Rows of relay.db read directly with sqlite3, read-only, apart from the relay's code."""
        db = sqlite3.connect(f"file:{self.dir}/relay.db?mode=ro", uri=True)
        try:
            return db.execute(sql, params).fetchall()
        finally:
            db.close()

    def log(self):
        with open(os.path.join(self.tmp.name, "serve.log")) as f:
            return f.read()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc:
            self.proc.stdout.close()
            self.stderr.close()
        self.tmp.cleanup()

    def enroll(self, station):
        out = self.admin("enroll", "--station", station, "--host", "127.0.0.1", "--port", str(self.sync_port)).stdout
        return next(line for line in out.splitlines() if line.startswith("FGE1:"))

    def sim_args(self, folder, complaints, complainant_name=None, stations=1, open_complaints=0, photo_png=False,
                 photo_kb=1):
        args = [SIM, "--data", os.path.join(self.tmp.name, folder), "--stations", str(stations),
                "--complaints", str(complaints), "--photo-kb", str(photo_kb), "--timeout", "30",
                "--open-complaints", str(open_complaints)]
        if photo_png:
            args.append("--photo-png")
        for i in range(stations):
            args += ["--enrol", self.enroll(f"{folder} {i + 1}")]
        if complainant_name is not None:
            args += ["--complainant-name", complainant_name]
        return args

    def sync_station(self, folder, complaints=1, complainant_name=None, open_complaints=0, photo_png=False,
                     photo_kb=1):
        return run(self.sim_args(folder, complaints, complainant_name, open_complaints=open_complaints,
                                 photo_png=photo_png, photo_kb=photo_kb))

    def peak_memory_from_now(self):
        """Resets the relay's peak resident memory (VmHWM, /proc/PID/clear_refs) and returns a
        function that gives how far it rose above the resident memory of this moment, in bytes.
        None under ASan (scripts/test-sanitize): there the resident size is mostly its quarantine
        of freed memory and its shadow, not the relay's."""
        if os.environ.get("FAIRGUARD_UNDER_ASAN"):
            return None
        with open(f"/proc/{self.proc.pid}/clear_refs", "w") as f:
            f.write("5")
        start = self.memory("VmRSS")
        return lambda: self.memory("VmHWM") - start

    def memory(self, field):
        with open(f"/proc/{self.proc.pid}/status") as f:
            line = next(line for line in f if line.startswith(field + ":"))
        return int(line.split()[1]) * 1024

    def client(self):
        return Client(self)


STAFF_ROLES = {"alice": "admin", "rita": "reviewer", "vic": "viewer"}


def started_with_staff(name, password, syncs):
    """A started relay with one staff member of each role (STAFF_ROLES), each signed in, after
    `syncs(relay)` has synced its stations: (relay, {user: client}). Stopped if anything fails."""
    relay = Relay(name)
    try:
        for user, role in STAFF_ROLES.items():
            relay.add_staff(user, role, password)
        relay.start()
        syncs(relay)
        clients = {}
        for user in STAFF_ROLES:
            c = relay.client()
            assert c.sign_in(user, password).status == 303
            clients[user] = c
        return relay, clients
    except BaseException:
        relay.stop()
        raise


class Response:
    def __init__(self, r):
        self.status = r.status
        self.headers = r.headers
        self.data = r.read()
        self.body = self.data.decode("utf-8", errors="replace")
        self.cookies = {}
        self.set_cookies = r.headers.get_all("Set-Cookie") or []
        for c in self.set_cookies:
            name, value = c.split(";", 1)[0].split("=", 1)
            self.cookies[name] = value

    def cookie_attributes(self, name):
        for c in self.set_cookies:
            if c.startswith(name + "="):
                return [a.strip() for a in c.split(";")[1:]]
        return None


class Client:
    """A browser-like client: keeps cookies, checks the security headers of every response."""

    def __init__(self, relay):
        self.relay = relay
        self.ctx = ssl.create_default_context(cafile=relay.cert)
        self.ctx.check_hostname = False  # the certificate is pinned (cafile), it names no IP
        self.cookies = {}

    def request(self, method, path, body=None, headers=None, keep_cookies=True):
        conn = http.client.HTTPSConnection("127.0.0.1", self.relay.console_port, context=self.ctx, timeout=30)
        h = dict(headers or {})
        if self.cookies:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None and "Content-Type" not in h:
            h["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            conn.request(method, path, body=body, headers=h)
            r = Response(conn.getresponse())
        finally:
            conn.close()
        for name, value in SECURITY_HEADERS.items():
            if r.headers.get(name) != value:
                raise AssertionError(f"{method} {path}: header {name} is {r.headers.get(name)!r}")
        if keep_cookies:
            for name, value in r.cookies.items():
                if value:
                    self.cookies[name] = value
                else:
                    self.cookies.pop(name, None)
        return r

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, fields, **kw):
        from urllib.parse import urlencode
        return self.request("POST", path, body=urlencode(fields), **kw)

    def login_form_token(self):
        r = self.get("/login")
        assert r.status == 200, r.status
        marker = 'name="csrf" value="'
        start = r.body.index(marker) + len(marker)
        return r.body[start:r.body.index('"', start)]

    def sign_in(self, user, password):
        return self.post("/login", {"csrf": self.login_form_token(), "user": user, "password": password})

    def csrf(self):
        r = self.get("/")
        marker = 'name="csrf" value="'
        start = r.body.index(marker) + len(marker)
        return r.body[start:r.body.index('"', start)]

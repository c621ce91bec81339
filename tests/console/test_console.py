"""The bureau console through the real relay process and a real HTTPS client (docs/console.md).

Run by ctest (label console) with FAIRGUARD_RELAY_EXE and FAIRGUARD_SIM_EXE set.
"""
import hashlib
import json
import re
import signal
import socket
import ssl
import subprocess
import time
import unittest

from console_harness import Relay, run

PASSWORD = "correct horse battery staple"
HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)> \u202eevil"



OWN_SCRIPT = '<script src="/static/live.js" defer></script>'


def scripts(html):
    """Every script element of a page, as written."""
    return re.findall(r"<script[^>]*>.*?</script>", html, re.S)

class Console(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.relay = Relay()
        try:
            for user, role in [("alice", "admin"), ("rita", "reviewer"), ("vic", "viewer"), ("tom", "viewer"),
                               ("bob", "viewer")]:
                cls.relay.add_staff(user, role, PASSWORD)
            cls.relay.start()
            # Three complaints: two closed, the last waiting for a defence (its deadline open).
            cls.relay.sync_station("hall9", complaints=3, complainant_name=HOSTILE, open_complaints=1)
        except BaseException:
            cls.relay.stop()  # tearDownClass does not run when this fails
            raise

    @classmethod
    def tearDownClass(cls):
        cls.relay.stop()

    def signed_in(self, user="alice"):
        c = self.relay.client()
        r = c.sign_in(user, PASSWORD)
        self.assertEqual(r.status, 303, r.body)
        return c

    def test_unauthenticated_pages_redirect_and_api_answers_401(self):
        c = self.relay.client()
        for path in ["/", "/cases", "/cases?status=closed", "/nowhere"]:
            r = c.get(path)
            self.assertEqual((r.status, r.headers["Location"]), (303, "/login"), path)
        for path in ["/api/v1/fair", "/api/v1/stations", "/api/v1/cases", "/api/v1/nowhere"]:
            r = c.get(path)
            self.assertEqual(r.status, 401, path)
            self.assertIn("error", json.loads(r.body))
        r = c.get("/api/v1/fair", headers={"Authorization": "Bearer fgs_" + "0" * 64})
        self.assertEqual(r.status, 401)
        self.assertEqual(c.post("/logout", {}).status, 303)

    def test_sign_in_gives_a_new_cookie_with_the_right_flags(self):
        c = self.relay.client()
        c.cookies["fg_session"] = "a" * 64  # planted by an attacker before sign-in
        token = c.login_form_token()
        r = c.post("/login", {"csrf": token, "user": "alice", "password": PASSWORD})
        self.assertEqual((r.status, r.headers["Location"]), (303, "/"))
        session = r.cookies["fg_session"]
        self.assertEqual(len(session), 64)
        self.assertNotEqual(session, "a" * 64)
        attrs = r.cookie_attributes("fg_session")
        for flag in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/", "Max-Age=28800"]:
            self.assertIn(flag, attrs)
        self.assertEqual(c.get("/").status, 200)
        # Signing in again gives yet another id, and the earlier one is dead.
        again = c.post("/login", {"csrf": c.login_form_token(), "user": "alice", "password": PASSWORD})
        self.assertNotEqual(again.cookies["fg_session"], session)
        old = self.relay.client()
        old.cookies["fg_session"] = session
        self.assertEqual(old.get("/").status, 303)

    def test_wrong_passwords_throttle_the_user(self):
        c = self.relay.client()
        for _ in range(5):
            self.assertEqual(c.sign_in("tom", "wrong password!").status, 401)
        r = c.sign_in("tom", PASSWORD)  # the right one, too late
        self.assertEqual(r.status, 429)
        self.assertGreaterEqual(int(r.headers["Retry-After"]), 1)
        self.assertNotIn("fg_session", r.cookies)
        # Another user from the same address still signs in (below the address's limit).
        self.assertEqual(self.relay.client().sign_in("vic", PASSWORD).status, 303)

    def test_post_without_csrf_token_is_refused(self):
        c = self.signed_in()
        self.assertEqual(c.post("/logout", {}).status, 403)
        self.assertEqual(c.post("/logout", {"csrf": "0" * 64}).status, 403)
        self.assertEqual(c.get("/").status, 200)  # still signed in
        # The sign-in form too: without the token its cookie pairs with, nothing happens.
        fresh = self.relay.client()
        r = fresh.post("/login", {"user": "alice", "password": PASSWORD})
        self.assertEqual(r.status, 403)
        self.assertNotIn("fg_session", r.cookies)

    def test_logout_kills_the_session(self):
        c = self.signed_in()
        session = c.cookies["fg_session"]
        r = c.post("/logout", {"csrf": c.csrf()})
        self.assertEqual((r.status, r.headers["Location"]), (303, "/login"))
        self.assertIn("Max-Age=0", r.cookie_attributes("fg_session"))
        replay = self.relay.client()
        replay.cookies["fg_session"] = session
        self.assertEqual(replay.get("/").status, 303)
        self.assertEqual(replay.get("/api/v1/cases").status, 401)

    def test_staff_disable_kills_sessions_and_token(self):
        c = self.signed_in("bob")
        token = self.relay.admin("staff", "token", "--user", "bob").stdout.strip()
        api = self.relay.client()
        self.assertEqual(api.get("/api/v1/fair", headers={"Authorization": "Bearer " + token}).status, 200)
        self.relay.admin("staff", "disable", "--user", "bob")
        self.assertEqual(c.get("/").status, 303)
        self.assertEqual(api.get("/api/v1/fair", headers={"Authorization": "Bearer " + token}).status, 401)
        self.assertEqual(self.relay.client().sign_in("bob", PASSWORD).status, 401)

    def test_hostile_complainant_name_is_shown_inert(self):
        c = self.signed_in()
        r = c.get("/cases?lang=en")
        self.assertEqual(r.status, 200)
        self.assertIn("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;", r.body)
        self.assertIn("[U+202E]evil", r.body)  # the right-to-left override is shown, not obeyed
        self.assertEqual(scripts(r.body), [OWN_SCRIPT])  # the console's own live.js, nothing else
        self.assertNotIn("<img", r.body)
        self.assertNotIn("\u202e", r.body)
        # The search box echoes the text it was given, escaped too.
        r = c.get("/cases?q=%3Cscript%3E")
        self.assertIn('value="&lt;script&gt;"', r.body)
        self.assertEqual(scripts(r.body), [OWN_SCRIPT])
        # The API gives the text as it is, as JSON (not HTML: nosniff keeps it so).
        api = c.get("/api/v1/cases?q=alert")
        self.assertTrue(api.headers["Content-Type"].startswith("application/json"))
        names = {k["complainant"] for k in json.loads(api.body)["cases"]}
        self.assertEqual(names, {HOSTILE})

    def test_pages_in_both_languages_with_fair_time_zone(self):
        c = self.signed_in()
        zh = c.get("/?lang=zh")
        self.assertIn('<html lang="zh-CN">', zh.body)
        self.assertIn("工作站", zh.body)
        self.assertIn("Asia/Shanghai", zh.body)
        self.assertIn("CST (UTC+08:00)", zh.body)  # the station's last sync, in the fair's zone
        self.assertIn("Canton Fair &lt;b&gt;138&lt;/b&gt;", zh.body)
        en = c.get("/?lang=en")
        self.assertIn("Stations", en.body)
        self.assertIn("Path=/", en.cookie_attributes("fg_lang"))
        self.assertIn('<html lang="en">', c.get("/cases").body)  # remembered in the cookie
        css = c.get("/static/console.css")
        self.assertEqual((css.status, css.headers["Content-Type"]), (200, "text/css; charset=utf-8"))

    def test_overview_lists_the_open_defence_deadline(self):
        c = self.signed_in()
        en = c.get("/?lang=en").body
        deadlines = en[en.index("<h2>Defence deadlines</h2>"):]
        self.assertIn('<td><a href="/cases/CF138-S01-0003">CF138-S01-0003</a></td>', deadlines)  # hall9's third complaint
        self.assertIn("<td>due</td>", deadlines)
        self.assertIn("CST (UTC+08:00)", deadlines)
        self.assertIn('<a href="/cases?status=notice_served">notice served</a></td><td>1</td>', en)
        fair = json.loads(c.get("/api/v1/fair").body)
        self.assertEqual(fair["cases_by_status"]["notice_served"], 1)
        self.assertEqual(fair["overdue_defences"], [])
        listed = json.loads(c.get("/api/v1/cases?status=notice_served").body)
        self.assertEqual([k["number"] for k in listed["cases"]], ["CF138-S01-0003"])
        self.assertIsNotNone(listed["cases"][0]["defence_deadline"])

    def test_api_reads_for_every_role(self):
        for user in ["alice", "rita", "vic"]:
            token = self.relay.admin("staff", "token", "--user", user).stdout.strip()
            c = self.relay.client()
            auth = {"Authorization": "Bearer " + token}
            fair = json.loads(c.get("/api/v1/fair", headers=auth).body)
            self.assertEqual((fair["fair"], fair["timezone"]), ("CF138", "Asia/Shanghai"))
            self.assertGreaterEqual(fair["cases"], 2)
            stations = json.loads(c.get("/api/v1/stations", headers=auth).body)["stations"]
            self.assertIn("S01", [s["code"] for s in stations])
            cases = json.loads(c.get("/api/v1/cases?status=closed&page=1", headers=auth).body)
            self.assertGreaterEqual(cases["total"], 2)
            self.assertEqual(c.get("/api/v1/cases?status=bogus", headers=auth).status, 400)
            self.assertEqual(c.get("/api/v1/cases?page=0", headers=auth).status, 400)
            # The API cannot change anything.
            self.assertEqual(c.request("POST", "/logout", body="", headers=auth).status, 405)
        # Only the hash of a token is stored.
        import sqlite3
        db = sqlite3.connect(f"file:{self.relay.dir}/relay.db?mode=ro", uri=True)
        rows = db.execute("SELECT token_hash FROM relay_staff_tokens WHERE user='vic'").fetchall()
        db.close()
        self.assertEqual(rows, [(hashlib.sha256(token.encode()).hexdigest(),)])

    def test_oversized_requests_refused_while_a_station_syncs(self):
        sim = subprocess.Popen(self.relay.sim_args("hall10", complaints=20), stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
        try:
            ctx = ssl.create_default_context(cafile=self.relay.cert)
            ctx.check_hostname = False
            for attempt in range(5):
                # 20 KiB of headers: over the 8 KiB limit.
                with ctx.wrap_socket(socket.create_connection(("127.0.0.1", self.relay.console_port), 10)) as s:
                    s.settimeout(10)
                    s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 20000 + b"\r\n\r\n")
                    self.assertTrue(read_reply(s).startswith(b"HTTP/1.1 431 "))
                # A 100 KiB body: over the 64 KiB limit.
                with ctx.wrap_socket(socket.create_connection(("127.0.0.1", self.relay.console_port), 10)) as s:
                    s.settimeout(10)
                    # Refused from its Content-Length, before the body is read.
                    s.sendall(b"POST /login HTTP/1.1\r\nHost: x\r\nContent-Length: 102400\r\n\r\n" + b"a" * 1000)
                    reply = read_reply(s)
                    self.assertTrue(reply.startswith(b"HTTP/1.1 413 "), reply[:40])
                    self.assertIn(b"frame-ancestors 'none'", reply)
            out, _ = sim.communicate(timeout=120)
            self.assertEqual(sim.returncode, 0, out)
        finally:
            if sim.poll() is None:
                sim.kill()
                sim.wait()
        # The console still answers.
        self.assertEqual(self.signed_in().get("/").status, 200)

    def test_slow_client_is_cut_off_while_a_station_syncs(self):
        ctx = ssl.create_default_context(cafile=self.relay.cert)
        ctx.check_hostname = False
        sim = subprocess.Popen(self.relay.sim_args("hall11", complaints=5), stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
        try:
            with ctx.wrap_socket(socket.create_connection(("127.0.0.1", self.relay.console_port), 10)) as s:
                start = time.monotonic()
                s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")
                closed_after = None
                for i in range(40):  # one header line a second: never a whole request
                    try:
                        s.sendall(b"X-Slow-%d: y\r\n" % i)
                    except OSError:
                        closed_after = time.monotonic() - start
                        break
                    s.settimeout(1)
                    try:
                        if s.recv(1) == b"":
                            closed_after = time.monotonic() - start
                            break
                    except (TimeoutError, socket.timeout):
                        pass
                    except (ssl.SSLError, OSError):
                        closed_after = time.monotonic() - start
                        break
                # Cut off at the 15 s deadline for a whole request, not reset by each byte.
                self.assertIsNotNone(closed_after)
                self.assertGreater(closed_after, 13)
                self.assertLess(closed_after, 20)
            out, _ = sim.communicate(timeout=120)
            self.assertEqual(sim.returncode, 0, out)
        finally:
            if sim.poll() is None:
                sim.kill()
                sim.wait()

    def test_connection_cap_leaves_sync_alone(self):
        ctx = ssl.create_default_context(cafile=self.relay.cert)
        ctx.check_hostname = False
        held = []
        try:
            for _ in range(64):  # the console's cap
                held.append(ctx.wrap_socket(socket.create_connection(("127.0.0.1", self.relay.console_port), 10)))
            with self.assertRaises((ssl.SSLError, ConnectionError, OSError)):
                extra = ctx.wrap_socket(socket.create_connection(("127.0.0.1", self.relay.console_port), 10))
                extra.settimeout(5)
                extra.sendall(b"GET /login HTTP/1.1\r\nHost: x\r\n\r\n")
                if extra.recv(100) == b"":
                    raise ConnectionError("closed")
            self.relay.sync_station("hall12", complaints=1)  # sync has its own port and cap
        finally:
            for s in held:
                s.close()
        deadline = time.monotonic() + 10
        while True:  # the relay notices the closed connections at once
            try:
                self.assertEqual(self.relay.client().get("/login").status, 200)
                break
            except (ssl.SSLError, ConnectionError, OSError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)


def read_reply(s):
    data = b""
    try:
        while len(data) < 65536:
            chunk = s.recv(4096)
            if not chunk:
                break
            data += chunk
    except (ssl.SSLError, ConnectionResetError, TimeoutError):
        pass
    return data


class AddressThrottle(unittest.TestCase):
    def test_twenty_failures_from_one_address_throttle_it(self):
        relay = Relay("throttle")
        try:
            relay.add_staff("carol", "viewer", PASSWORD)
            relay.start()
            c = relay.client()
            for i in range(20):  # four per user: no user reaches its own limit
                self.assertEqual(c.sign_in(f"user{i // 4}", "wrong password!").status, 401)
            r = c.sign_in("carol", PASSWORD)
            self.assertEqual(r.status, 429)
            self.assertIn("Retry-After", r.headers)
        finally:
            relay.stop()


class Stop(unittest.TestCase):
    def test_sigterm_stops_relay_and_console_with_connections_open(self):
        relay = Relay("stop")
        try:
            relay.start()
            ctx = ssl.create_default_context(cafile=relay.cert)
            ctx.check_hostname = False
            held = [ctx.wrap_socket(socket.create_connection(("127.0.0.1", relay.console_port), 10)) for _ in range(3)]
            held[0].sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")  # a request half sent
            start = time.monotonic()
            relay.proc.send_signal(signal.SIGTERM)
            self.assertEqual(relay.proc.wait(timeout=10), 0, relay.log())
            self.assertLess(time.monotonic() - start, 5)
            for s in held:
                s.close()
        finally:
            relay.stop()


if __name__ == "__main__":
    unittest.main()

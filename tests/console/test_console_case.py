"""The case page, its evidence, papers and bundle, the roles and the access log, through the
real relay process (docs/console.md, "The case page", "Roles", "Access log").

Run by ctest (label console) with FAIRGUARD_RELAY_EXE, FAIRGUARD_SIM_EXE and FAIRGUARD_VERIFY_EXE set.
"""
import csv
import hashlib
import json
import os
import pwd
import re
import ssl
import subprocess
import tempfile
import unittest
import zipfile

from console_harness import Relay, run, started_with_staff

PASSWORD = "correct horse battery staple"
VERIFY = os.environ.get("FAIRGUARD_VERIFY_EXE", "fairguard-verify")
CLOSED, OPEN = "CF138-S01-0001", "CF138-S01-0002"


def jpeg_size(data):
    """(width, height) from a JPEG's start-of-frame marker."""
    at = 2
    while at + 9 < len(data):
        marker, length = data[at + 1], int.from_bytes(data[at + 2:at + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2):
            return int.from_bytes(data[at + 7:at + 9], "big"), int.from_bytes(data[at + 5:at + 7], "big")
        at += 2 + length
    raise AssertionError("no start-of-frame marker")


class CasePage(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        def syncs(relay):
            # Two complaints with PNG photos: the first closed (decision issued), the second
            # stopped at notice.served.
            relay.sync_station("hall9", complaints=2, open_complaints=1, photo_png=True)
            relay.sync_station("hall10", complaints=2)  # station S02, for the list's filters
        cls.relay, cls.clients = started_with_staff("case", PASSWORD, syncs)

    @classmethod
    def tearDownClass(cls):
        cls.relay.stop()

    def photo(self, number):
        page = self.clients["rita"].get(f"/cases/{number}").body
        found = re.findall(rf'<a href="/cases/{number}/evidence/([0-9a-f]{{64}})"><img class="thumb" '
                           rf'src="/cases/{number}/thumbnail/([0-9a-f]{{64}})"', page)
        self.assertEqual(len(found), 1, page)
        self.assertEqual(found[0][0], found[0][1])
        return found[0][0]

    def test_case_page_shows_every_fact_and_each_event(self):
        listed = json.loads(self.clients["vic"].get("/api/v1/cases").body)["cases"]
        case = next(c for c in listed if c["number"] == CLOSED)
        r = self.clients["vic"].get(f"/cases/{CLOSED}?lang=en")
        self.assertEqual(r.status, 200)
        for text in [case["complainant"], case["respondent"], case["booth"], case["hall"], case["right_number"],
                     "closed", "Timeline", "Evidence", "Papers", "exhibit_photo"]:
            self.assertIn(text, r.body)
        # Recorded fields are labelled in words, not by their keys.
        for label in ["<th>ID number</th>", "<th>Taken at</th>", "<th>Country</th>"]:
            self.assertIn(label, r.body)
        self.assertNotIn("<th>id_number</th>", r.body)
        # Every one of the case's 12 events in the timeline, each with its station and time in
        # the fair's zone, and the officer who signed it.
        rows = re.findall(r"<tr><td>([^<]*)</td><td>([a-z_]+\.[a-z_]+)</td><td>([^<]*)</td><td>([^<]*)</td>", r.body)
        self.assertEqual([row[1] for row in rows][:3], ["case.opened", "complainant.recorded", "right.recorded"])
        self.assertEqual(len(rows), 12, rows)
        for time, _type, station, officer in rows:
            self.assertRegex(time, r"^\d{4}-\d\d-\d\d \d\d:\d\d CST \(UTC\+08:00\)$")
            self.assertEqual(station, "S01")
            self.assertTrue(officer)
        # Each event's leaf in the transparency log, as relay.db's log holds it, and the head
        # that covers them.
        cells = re.findall(r'<code title="([0-9a-f]{64})">[^<]*</code></td><td>([^<]*)</td></tr>', r.body)
        self.assertEqual(len(cells), 12, cells)
        for event_hash, shown in cells:
            (idx,), = self.relay.db_rows("SELECT idx FROM tlog_leaves WHERE event_hash = ?", (bytes.fromhex(event_hash),))
            self.assertEqual(shown, f"#{idx}")
        (size,), = self.relay.db_rows("SELECT max(size) FROM tlog_heads")
        self.assertIn(f"The newest signed tree head covers leaves #0 to #{size - 1} (signed ", r.body)
        # A link from the list to the page.
        self.assertIn(f'href="/cases/{CLOSED}"', self.clients["vic"].get("/cases").body)
        self.assertEqual(self.clients["vic"].get("/cases/CF138-S01-9999").status, 404)

    def test_the_api_gives_a_case_with_its_events(self):
        blob = self.photo(CLOSED)
        r = self.clients["vic"].get(f"/api/v1/cases/{CLOSED}")
        self.assertEqual(r.status, 200)
        case = json.loads(r.body)
        self.assertEqual((case["number"], case["status"], case["station"]), (CLOSED, "closed", "S01"))
        self.assertEqual([e["type"] for e in case["events"]][0], "case.opened")
        self.assertEqual(len(case["events"]), 12)
        self.assertTrue(all(e["station"] == "S01" and e["officer"] and e["valid"] for e in case["events"]))
        self.assertEqual([e["fields"]["blob"] for e in case["evidence"]], [blob])
        self.assertTrue(case["complainant"]["name"])
        # A reviewer's script fetches the file with its API token; a viewer's token may not.
        for user, status in [("rita", 200), ("vic", 403)]:
            token = self.relay.admin("staff", "token", "--user", user).stdout.strip()
            r = self.relay.client().get(f"/cases/{CLOSED}/evidence/{blob}", headers={"Authorization": "Bearer " + token})
            self.assertEqual(r.status, status, user)
        for path in ["/api/v1/cases/CF138-S01-9999", f"/api/v1/cases/{CLOSED}/x", "/api/v1/cases/"]:
            self.assertEqual(self.clients["vic"].get(path).status, 404, path)
        page = self.clients["alice"].get(f"/access-log?case={CLOSED}").body
        self.assertIn("<td>vic</td><td>viewer</td><td>127.0.0.1</td><td>case.view</td>"
                      f"<td>{CLOSED}</td><td>api</td>", page)

    def test_thumbnail_is_the_stored_photo_with_its_type(self):
        blob = self.photo(CLOSED)
        r = self.clients["rita"].get(f"/cases/{CLOSED}/evidence/{blob}")
        self.assertEqual(r.status, 200)
        self.assertEqual(r.headers["Content-Type"], "image/png")
        self.assertTrue(r.headers["Content-Disposition"].startswith("inline"))
        self.assertEqual(hashlib.sha256(r.data).hexdigest(), blob)
        self.assertIn(f"<code>{blob}</code>", self.clients["rita"].get(f"/cases/{CLOSED}").body)  # its SHA-256
        # The page shows a small JPEG the relay made from the photo, kept for the next view.
        small = self.clients["rita"].get(f"/cases/{CLOSED}/thumbnail/{blob}")
        self.assertEqual((small.status, small.headers["Content-Type"]), (200, "image/jpeg"))
        self.assertEqual(jpeg_size(small.data), (32, 32))  # the sim's 1 KiB photo: 32 x 32, never enlarged
        with open(os.path.join(self.relay.dir, "thumbnails", blob + ".jpg"), "rb") as f:
            self.assertEqual(f.read(), small.data)
        self.assertEqual(self.clients["rita"].get(f"/cases/{CLOSED}/thumbnail/{blob}").data, small.data)
        # A viewer sees the facts but no evidence file, large or small.
        page = self.clients["vic"].get(f"/cases/{CLOSED}").body
        self.assertNotIn("<img", page)
        self.assertEqual(self.clients["vic"].get(f"/cases/{CLOSED}/evidence/{blob}").status, 403)
        self.assertEqual(self.clients["vic"].get(f"/cases/{CLOSED}/thumbnail/{blob}").status, 403)

    def test_evidence_urls_that_are_not_this_cases_answer_404(self):
        mine, other = self.photo(CLOSED), self.photo(OPEN)
        c = self.clients["rita"]
        for path in [f"/cases/{CLOSED}/evidence/{other}",           # another case's photo
                     f"/cases/{CLOSED}/thumbnail/{other}",
                     f"/cases/{CLOSED}/thumbnail/{'ab' * 32}",
                     f"/cases/{CLOSED}/evidence/{'ab' * 32}",        # not stored
                     f"/cases/{CLOSED}/evidence/../{OPEN}",
                     f"/cases/{CLOSED}/evidence/..%2f..%2frelay.db",
                     f"/cases/{CLOSED}/evidence/{mine.upper()}",
                     f"/cases/{CLOSED}/evidence/{mine}/x",
                     f"/cases/{CLOSED}/evidence/",
                     f"/cases/CF139-S01-0001/evidence/{mine}",       # another fair's case number
                     f"/cases/{CLOSED}/nothing"]:
            self.assertEqual(c.get(path).status, 404, path)
        self.assertEqual(c.get(f"/cases/{CLOSED}/evidence/{mine}").status, 200)

    def test_papers_are_the_ones_the_relay_makes_from_the_events(self):
        c = self.clients["rita"]
        with tempfile.TemporaryDirectory() as tmp:
            for number, kind in [(CLOSED, "decision"), (CLOSED, "notice"), (OPEN, "notice"), (OPEN, "acceptance")]:
                r = c.get(f"/cases/{number}/paper/{kind}.pdf")
                self.assertEqual(r.status, 200, (number, kind))
                self.assertEqual(r.headers["Content-Type"], "application/pdf")
                self.assertTrue(r.data.startswith(b"%PDF-"))
                out = os.path.join(tmp, f"{number}-{kind}.pdf")
                self.relay.admin("document", "--case", number, "--kind", kind, "--out", out)
                with open(out, "rb") as f:
                    self.assertEqual(f.read(), r.data, (number, kind))
        page = c.get(f"/cases/{OPEN}").body
        self.assertIn(f"/cases/{OPEN}/paper/notice.pdf", page)
        self.assertNotIn(f"/cases/{OPEN}/paper/decision.pdf", page)
        for kind in ["decision", "rejection", "bogus", "notice"]:
            path = f"/cases/{OPEN}/paper/{kind}" + ("" if kind == "notice" else ".pdf")
            self.assertEqual(c.get(path).status, 404, path)

    def test_bundle_download_verifies(self):
        self.clients["vic"].get(f"/cases/{CLOSED}")  # a view, on record before the download
        r = self.clients["alice"].get(f"/cases/{CLOSED}/bundle.zip")
        self.assertEqual(r.status, 200)
        self.assertEqual(r.headers["Content-Type"], "application/zip")
        self.assertEqual(r.headers["Content-Disposition"], f'attachment; filename="{CLOSED}.zip"')
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "b.zip")
            with open(path, "wb") as f:
                f.write(r.data)
            keys = os.path.join(tmp, "published.keys")  # the bureau's published keys (fairguard-relay keys)
            self.relay.admin("keys", "--out", keys)
            v = subprocess.run([VERIFY, path, "--keys", keys], capture_output=True, text=True, timeout=60)
            self.assertEqual(v.returncode, 0, v.stdout + v.stderr)
            self.assertIn(CLOSED, v.stdout + v.stderr)
            # The case's access record travels with it: exactly the log's lines naming the case,
            # this download the last of them, listed in the manifest and checked by the verifier.
            with open(os.path.join(self.relay.dir, "console-access.jsonl"), encoding="utf-8") as f:
                expected = [line for line in f if json.loads(line)["case"] == CLOSED]
            with zipfile.ZipFile(path) as z:
                record = z.read("access-log.jsonl").decode()
                manifest = json.loads(z.read("manifest.json"))
            self.assertEqual(record, "".join(expected))
            last = json.loads(expected[-1])
            self.assertEqual((last["action"], last["user"], last["address"]), ("bundle.download", "alice", "127.0.0.1"))
            self.assertIn(("vic", "case.view"), [(json.loads(x)["user"], json.loads(x)["action"]) for x in expected])
            listed = {f["name"]: f["sha256"] for f in manifest["files"]}
            self.assertEqual(listed["access-log.jsonl"], hashlib.sha256(record.encode()).hexdigest())
            self.assertIn(f"access record: {len(expected)} entries of case {CLOSED}", v.stdout)
            self.assertIn(f"#{last['seq']} ", v.stdout)
            # `export --case` on the command line is on record too (who: the OS user, from: the
            # command line), in the same chain while serve runs, and its bundle carries the same
            # lines plus its own, which the verifier checks and lists.
            out = os.path.join(tmp, "cli.zip")
            self.relay.admin("export", "--case", CLOSED, "--out", out)
            with open(os.path.join(self.relay.dir, "console-access.jsonl"), encoding="utf-8") as f:
                lines = f.readlines()
            cli = json.loads(lines[-1])
            user = pwd.getpwuid(os.geteuid()).pw_name
            if os.environ.get("SUDO_USER") and os.environ["SUDO_USER"] != user:
                user = f"{os.environ['SUDO_USER']} (sudo as {user})"
            self.assertEqual((cli["action"], cli["user"], cli["role"], cli["address"], cli["case"], cli["object"]),
                             ("bundle.export", user, "os-user", "command line", CLOSED, "cli.zip"))
            self.assertEqual((cli["seq"], cli["prev"]), (json.loads(lines[-2])["seq"] + 1, json.loads(lines[-2])["hash"]))
            with zipfile.ZipFile(out) as z:
                self.assertEqual(z.read("access-log.jsonl").decode(), "".join(expected) + lines[-1])
            v = subprocess.run([VERIFY, out, "--keys", keys], capture_output=True, text=True, timeout=60)
            self.assertEqual(v.returncode, 0, v.stdout + v.stderr)
            self.assertIn(f"bundle.export by {user} (os-user) from command line, cli.zip", v.stdout)
            # The console's next record continues the chain after the command line's line.
            self.clients["vic"].get(f"/cases/{CLOSED}")
            with open(os.path.join(self.relay.dir, "console-access.jsonl"), encoding="utf-8") as f:
                after = json.loads(f.readlines()[-1])
            self.assertEqual((after["action"], after["seq"], after["prev"]), ("case.view", cli["seq"] + 1, cli["hash"]))

    def test_every_route_for_every_role(self):
        blob = self.photo(CLOSED)
        # route -> expected status for viewer, reviewer, admin (and 303 to /login signed out).
        routes = {
            "/": (200, 200, 200),
            "/cases": (200, 200, 200),
            f"/cases/{CLOSED}": (200, 200, 200),
            f"/cases/{CLOSED}/evidence/{blob}": (403, 200, 200),
            f"/cases/{CLOSED}/paper/decision.pdf": (403, 200, 200),
            f"/cases/{CLOSED}/bundle.zip": (403, 200, 200),
            f"/cases/{CLOSED}/evidence/{'ab' * 32}": (403, 404, 404),
            "/access-log": (403, 403, 200),
            "/stations/enrol": (403, 403, 200),
            "/admin/stations": (403, 403, 200),
            "/admin/officers": (403, 403, 200),
            "/admin/booths": (403, 403, 200),
            "/admin/staff": (403, 403, 200),
            "/admin/other": (403, 403, 404),
            "/report": (200, 200, 200),
            "/report/figures.csv": (200, 200, 200),
            "/report/other.csv": (404, 404, 404),
            f"/access-log?case={CLOSED}": (403, 403, 200),
            "/api/v1/cases": (200, 200, 200),
            f"/api/v1/cases/{CLOSED}": (200, 200, 200),
        }
        anonymous = self.relay.client()
        for path, expected in routes.items():
            got = tuple(self.clients[u].get(path).status for u in ["vic", "rita", "alice"])
            self.assertEqual(got, expected, path)
            r = anonymous.get(path)
            if path.startswith("/api/"):
                self.assertEqual(r.status, 401, path)
            else:
                self.assertEqual((r.status, r.headers["Location"]), (303, "/login"), path)
        # The menu shows the access log, the overview the enrol page, to admins only.
        self.assertIn('href="/access-log"', self.clients["alice"].get("/").body)
        self.assertNotIn('href="/access-log"', self.clients["rita"].get("/").body)
        self.assertIn('href="/stations/enrol"', self.clients["alice"].get("/").body)
        self.assertNotIn('href="/stations/enrol"', self.clients["rita"].get("/").body)

    def test_access_log_records_who_opened_what_signed_and_chained(self):
        blob = self.photo(OPEN)
        self.clients["rita"].get(f"/cases/{OPEN}/evidence/{blob}")
        self.clients["vic"].get(f"/cases/{OPEN}")
        page = self.clients["alice"].get(f"/access-log?case={OPEN}&lang=en").body
        rows = re.findall(r"<tr><td>(\d+)</td><td>[^<]*</td><td>([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td>"
                          r"<td>([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td></tr>", page)
        self.assertIn(("vic", "viewer", "127.0.0.1", "case.view", OPEN, ""), [r[1:] for r in rows])
        self.assertIn(("rita", "reviewer", "127.0.0.1", "evidence.download", OPEN, blob), [r[1:] for r in rows])
        self.assertTrue(all(r[5] == OPEN for r in rows))
        # The file: each line's hash over its canonical bytes without hash and sig, chained by
        # prev, numbered from 1, signed by the bureau key (checked with python3-cryptography
        # when it is there, an implementation other than the relay's libsodium).
        with open(os.path.join(self.relay.dir, "console-access.jsonl"), encoding="utf-8") as f:
            lines = [json.loads(line) for line in f]
        self.assertGreater(len(lines), 3)
        prev = "0" * 64
        try:
            from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
            with open(os.path.join(self.relay.dir, "bureau.key")) as f:
                bureau = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(f.read().strip())).public_key()
        except ImportError:
            bureau = None
        for n, line in enumerate(lines, 1):
            signed = {k: v for k, v in line.items() if k not in ("hash", "sig")}
            data = json.dumps(signed, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
            self.assertEqual((line["seq"], line["prev"]), (n, prev))
            self.assertEqual(hashlib.sha256(data).hexdigest(), line["hash"])
            if bureau:
                bureau.verify(bytes.fromhex(line["sig"]), data)  # raises if wrong
            prev = line["hash"]
        self.assertIsNotNone(bureau, "python3-cryptography is missing (scripts/setup installs it)")

    def test_a_reviewer_marks_a_case_and_a_viewer_may_not(self):
        path = f"/cases/{CLOSED}/review"

        def stored():
            return self.relay.db_rows("SELECT case_number, mark, note, user FROM console_reviews ORDER BY id")

        def numbers(query):
            r = self.clients["vic"].get("/api/v1/cases?" + query)
            self.assertEqual(r.status, 200, query)
            return [k["number"] for k in json.loads(r.body)["cases"]]

        self.assertEqual(numbers("review=none"), numbers(""))
        # Refused, nothing stored: a viewer (403), no or a wrong CSRF token (403), a mark out of
        # its set or a note over 2000 bytes (400), a case not in the fair (404).
        vic, rita, alice = self.clients["vic"], self.clients["rita"], self.clients["alice"]
        self.assertEqual(vic.post(path, {"csrf": vic.csrf(), "mark": "reviewed", "note": "ok"}).status, 403)
        self.assertEqual(rita.post(path, {"mark": "reviewed"}).status, 403)
        self.assertEqual(rita.post(path, {"csrf": "0" * 64, "mark": "reviewed"}).status, 403)
        token = rita.csrf()
        self.assertEqual(rita.post(path, {"csrf": token, "mark": "done"}).status, 400)
        self.assertEqual(rita.post(path, {"csrf": token, "mark": "reviewed", "note": "x" * 2001}).status, 400)
        self.assertEqual(rita.post("/cases/CF138-S01-9999/review", {"csrf": token, "mark": "reviewed"}).status, 404)
        self.assertEqual(stored(), [])
        self.assertNotIn('action="/cases/', vic.get(f"/cases/{CLOSED}").body)  # no form for a viewer
        # A reviewer asks for follow-up, then an admin marks it reviewed: both kept, the latest counts.
        note = "check the <script>alert(1)</script> receipt\nline two"
        r = rita.post(path, {"csrf": token, "mark": "follow_up", "note": note})
        self.assertEqual((r.status, r.headers["Location"]), (303, f"/cases/{CLOSED}#review"))
        self.assertEqual(numbers("review=follow_up"), [CLOSED])
        r = alice.post(path, {"csrf": alice.csrf(), "mark": "reviewed", "note": "seen, fine"})
        self.assertEqual(r.status, 303)
        self.assertEqual(stored(), [(CLOSED, "follow_up", note, "rita"), (CLOSED, "reviewed", "seen, fine", "alice")])
        page = vic.get(f"/cases/{CLOSED}?lang=en").body
        self.assertIn("<td>rita</td><td class=\"bad\">Needs follow-up</td><td class=\"note\">check the "
                      "&lt;script&gt;alert(1)&lt;/script&gt; receipt\nline two</td>", page)
        self.assertIn("<td>alice</td><td>Reviewed</td>", page)
        self.assertLess(page.index("alice"), page.index("rita"))  # newest first
        # The list's filter and column, the API's case.
        self.assertEqual(numbers("review=reviewed"), [CLOSED])
        self.assertEqual(numbers("review=follow_up"), [])
        self.assertNotIn(CLOSED, numbers("review=none"))
        self.assertEqual(len(numbers("review=none")), 3)
        self.assertEqual(vic.get("/cases?review=maybe").status, 400)
        listed = vic.get("/cases?review=reviewed&lang=en").body
        self.assertIn(f'href="/cases/{CLOSED}"', listed)
        self.assertIn('<td class="word">Reviewed</td></tr>', listed)
        case = json.loads(vic.get(f"/api/v1/cases/{CLOSED}").body)
        self.assertEqual([(m["mark"], m["user"]) for m in case["reviews"]], [("reviewed", "alice"), ("follow_up", "rita")])
        # Both marks are on record in the access log, with who and from where.
        log = alice.get(f"/access-log?case={CLOSED}").body
        for user, role, mark in [("rita", "reviewer", "follow_up"), ("alice", "admin", "reviewed")]:
            self.assertIn(f"<td>{user}</td><td>{role}</td><td>127.0.0.1</td><td>case.review</td><td>{CLOSED}</td>"
                          f"<td>{mark}</td>", log)
        self.check_marks_in_timeline_and_api(vic, note)
        self.check_marks_in_bundle(rita)
        self.check_review_figures(rita)

    def check_review_figures(self, rita):
        # A follow-up on a second case: the report counts each received case once, by its latest
        # mark, on the console's page and downloads and in `fairguard-relay report` alike.
        r = rita.post(f"/cases/{OPEN}/review", {"csrf": rita.csrf(), "mark": "follow_up", "note": ""})
        self.assertEqual(r.status, 303)
        received = json.loads(rita.get("/report/figures.json").body)["complaints"]["received"]
        self.assertEqual(received, 4)
        expected = {"reviewed": 1, "follow_up": 1, "not_reviewed": 2}
        self.assertEqual(json.loads(rita.get("/report/figures.json").body)["review"], expected)
        page = rita.get("/report?lang=en").body
        self.assertIn("<tr><th>Cases reviewed</th><td>1</td></tr><tr><th>Cases needing follow-up</th><td>1</td></tr>"
                      "<tr><th>Cases not reviewed</th><td>2</td></tr>", page)
        with tempfile.TemporaryDirectory() as tmp:
            self.relay.admin("report", "--out", tmp)
            with open(os.path.join(tmp, "figures.json")) as f:
                self.assertEqual(json.load(f)["review"], expected)
            with open(os.path.join(tmp, "figures.csv"), newline="") as f:
                rows = f.read()
            for key, n in [("cases_reviewed", 1), ("cases_follow_up", 1), ("cases_not_reviewed", 2)]:
                self.assertIn(f"summary,{key},{n}\r\n", rows)
            with open(os.path.join(tmp, "cases.csv"), newline="") as f:
                table = list(csv.DictReader(f))
            self.assertEqual({row["case_number"]: row["review"] for row in table if row["review"]},
                             {CLOSED: "reviewed", OPEN: "follow_up"})
            self.assertEqual(len(table), 4)
            with open(os.path.join(tmp, "cases.csv"), "rb") as f:
                self.assertEqual(rita.get("/report/cases.csv").data, f.read())

    def check_marks_in_timeline_and_api(self, vic, note):
        # The timeline: both marks after the stations' events (they are newer), oldest first,
        # set apart as the bureau's, with who, when, the mark and the note, in both languages.
        page = vic.get(f"/cases/{CLOSED}?lang=en").body
        timeline = page[page.index("<h2>Timeline</h2>"):]
        rows = re.findall(r'<tr class="bureau"><td>([^<]*)</td><td>Bureau review mark</td><td>Bureau</td>'
                          r'<td>([^<]*)</td><td[^>]*>([^<]*)</td><td class="note" colspan="2"[^>]*>([^<]*)</td>', timeline)
        self.assertEqual([r[1:] for r in rows], [("rita", "Needs follow-up", note.replace("<", "&lt;").replace(">", "&gt;")),
                                                 ("alice", "Reviewed", "seen, fine")])
        self.assertRegex(rows[0][0], r"^\d{4}-\d\d-\d\d \d\d:\d\d CST \(UTC\+08:00\)$")
        last_event = list(re.finditer(r"<td>[a-z_]+\.[a-z_]+</td>", timeline))[-1]
        self.assertGreater(timeline.index('<tr class="bureau">'), last_event.start())
        zh = vic.get(f"/cases/{CLOSED}?lang=zh").body
        self.assertEqual(zh.count("<td>知识产权局审核标记</td><td>知识产权局</td>"), 2)
        self.assertIn("需跟进", zh)
        vic.get(f"/cases/{CLOSED}?lang=en")  # back to English for the other tests
        # The API: each mark with its statement, which the bureau key signed (checked here with
        # python3-cryptography, not the relay's libsodium).
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        with open(os.path.join(self.relay.dir, "bureau.key")) as f:
            bureau = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(f.read().strip())).public_key()
        case = json.loads(vic.get(f"/api/v1/cases/{CLOSED}").body)
        for m in case["reviews"]:
            st = m["statement"]
            self.assertEqual((m["by"], st["fair"], st["case"], st["id"], st["user"], st["mark"], st["note"]),
                             ("bureau", "CF138", CLOSED, m["id"], m["user"], m["mark"], m["note"]))
            signed = {k: v for k, v in st.items() if k != "sig"}
            data = b"fairguard-review-v1\n" + json.dumps(signed, sort_keys=True, separators=(",", ":"),
                                                        ensure_ascii=False).encode()
            bureau.verify(bytes.fromhex(st["sig"]), data)  # raises if wrong

    def check_marks_in_bundle(self, rita):
        # The case's bundle carries the marks in reviews.json (in the manifest); the verifier
        # checks each against the bureau key and lists it.
        r = rita.get(f"/cases/{CLOSED}/bundle.zip")
        self.assertEqual(r.status, 200)
        with tempfile.TemporaryDirectory() as tmp:
            path, keys = os.path.join(tmp, "b.zip"), os.path.join(tmp, "published.keys")
            with open(path, "wb") as f:
                f.write(r.data)
            self.relay.admin("keys", "--out", keys)
            v = subprocess.run([VERIFY, path, "--keys", keys], capture_output=True, text=True, timeout=60)
            self.assertEqual(v.returncode, 0, v.stdout + v.stderr)
            self.assertIn("review marks: 2 of the bureau, each signed by the bureau key", v.stdout)
            self.assertRegex(v.stdout, r"needs follow-up by rita on \d{4}-\d\d-\d\d [0-9:]+ UTC: check the "
                                       r"<script>alert\(1\)</script> receipt line two\n")
            self.assertRegex(v.stdout, r"reviewed by alice on [^:]+:\d\d:\d\d UTC: seen, fine\n")
            with zipfile.ZipFile(path) as z:
                files = {i.filename: z.read(i.filename) for i in z.infolist()}
            manifest = json.loads(files["manifest.json"])
            self.assertEqual({f["name"]: f["sha256"] for f in manifest["files"]}["reviews.json"],
                             hashlib.sha256(files["reviews.json"]).hexdigest())
            self.assertEqual([m["user"] for m in json.loads(files["reviews.json"])], ["rita", "alice"])
            # One byte of a note changed, the manifest made to match and signed again with the
            # bureau key (as only the bureau could): the mark's own signature refuses it.
            from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
            with open(os.path.join(self.relay.dir, "bureau.key")) as f:
                signer = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(f.read().strip()))
            tampered = files["reviews.json"].replace(b"seen, fine", b"seen, fire")
            self.assertNotEqual(tampered, files["reviews.json"])
            files["manifest.json"] = files["manifest.json"].replace(
                hashlib.sha256(files["reviews.json"]).hexdigest().encode(), hashlib.sha256(tampered).hexdigest().encode())
            files["reviews.json"] = tampered
            files["manifest.sig"] = signer.sign(b"fairguard-bundle-manifest-v1\n" + files["manifest.json"])
            bad = os.path.join(tmp, "bad.zip")
            with zipfile.ZipFile(bad, "w") as z:
                for name, data in files.items():
                    z.writestr(name, data)
            v = subprocess.run([VERIFY, bad, "--keys", keys], capture_output=True, text=True, timeout=60)
            self.assertNotEqual(v.returncode, 0, v.stdout)
            self.assertIn("FAIL  reviews.json mark 2: by alice at ", v.stdout)
            self.assertIn("is not as the bureau signed it", v.stdout)
            self.assertIn("NOT VALID (review mark)", v.stdout)
            # `export --all` carries every case's marks too, and verifies.
            out = os.path.join(tmp, "all.zip")
            self.relay.admin("export", "--all", "--out", out)
            with zipfile.ZipFile(out) as z:
                self.assertEqual(z.read("reviews.json"), files["reviews.json"].replace(b"seen, fire", b"seen, fine"))
            v = subprocess.run([VERIFY, out, "--keys", keys], capture_output=True, text=True, timeout=120)
            self.assertEqual(v.returncode, 0, v.stdout + v.stderr)
            self.assertIn(f"reviewed by alice on ", v.stdout)

    def test_report_page_and_downloads_are_what_the_report_command_writes(self):
        c = self.clients["vic"]
        with tempfile.TemporaryDirectory() as tmp:
            self.relay.admin("report", "--out", tmp)
            for name in ["figures.csv", "figures.json"]:
                r = c.get(f"/report/{name}")
                self.assertEqual(r.status, 200, name)
                self.assertEqual(r.headers["Content-Disposition"], f'attachment; filename="CF138-{name}"')
                with open(os.path.join(tmp, name), "rb") as f:
                    self.assertEqual(r.data, f.read(), name)
            r = c.get("/report/summary.pdf")
            self.assertEqual((r.status, r.headers["Content-Type"]), (200, "application/pdf"))
            pdf = os.path.join(tmp, "console.pdf")
            with open(pdf, "wb") as f:
                f.write(r.data)
            # The same pages and text as the command's, but the time it was made.
            def text(path):
                out = run(["pdftotext", "-layout", path, "-"]).stdout
                return [line for line in out.splitlines() if not re.search(r"\d{4}-\d\d-\d\dT", line)]
            self.assertEqual(text(pdf), text(os.path.join(tmp, "summary.pdf")))
            with open(os.path.join(tmp, "figures.json")) as f:
                figures = json.load(f)
        page = c.get("/report?lang=en").body
        received = figures["complaints"]["received"]
        self.assertEqual(received, 4)
        self.assertIn(f"<tr><th>Received complaints</th><td>{received}</td></tr>", page)
        self.assertIn(f"<tr><th>Accepted complaints</th><td>{figures['complaints']['accepted']}</td></tr>", page)
        for hall, g in figures["halls"].items():
            self.assertIn(f"<tr><th>{hall}</th><td>{g['received']}</td>", page)
        self.assertIn('<svg class="bar"', page)
        self.assertIn('href="/report/summary.pdf"', page)
        self.assertIn("统计报告", c.get("/report?lang=zh").body)
        log = self.clients["alice"].get("/access-log").body
        self.assertIn("<td>vic</td><td>viewer</td><td>127.0.0.1</td><td>report.download</td><td></td>"
                      "<td>summary.pdf</td>", log)

    def test_case_list_filters_and_sorts_on_the_server(self):
        c = self.clients["vic"]
        every = json.loads(c.get("/api/v1/cases").body)["cases"]
        self.assertEqual(len(every), 4)

        def numbers(query):
            r = c.get("/api/v1/cases?" + query)
            self.assertEqual(r.status, 200, query)
            return [k["number"] for k in json.loads(r.body)["cases"]]

        self.assertEqual(numbers("station=S02"), [k["number"] for k in every if k["station"] == "S02"])
        self.assertEqual(len(numbers("station=S02")), 2)
        hall = every[0]["hall"]
        self.assertEqual(numbers("hall=" + hall), [k["number"] for k in every if k["hall"] == hall])
        self.assertEqual(numbers("status=notice_served&station=S01"), [OPEN])
        self.assertEqual(numbers("overdue=1"), [])  # the open deadline is a day ahead
        # Booth (as typed, any case), right type, and an officer: the cases whose events they signed.
        booth = every[0]["booth"]
        self.assertEqual(numbers("booth=" + booth.lower()), [k["number"] for k in every if k["booth"] == booth])
        rtype = every[0]["right_type"]
        self.assertEqual(numbers("right_type=" + rtype), [k["number"] for k in every if k["right_type"] == rtype])
        self.assertEqual(numbers("right_type=copyright"), [k["number"] for k in every if k["right_type"] == "copyright"])
        events = {k["number"]: json.loads(c.get(f"/api/v1/cases/{k['number']}").body)["events"] for k in every}
        officer = events[CLOSED][0]["officer"]
        signed = [n for n, evs in events.items() if any(e["officer"] == officer and e["valid"] for e in evs)]
        self.assertIn(CLOSED, signed)
        self.assertEqual(numbers("officer=" + officer), sorted(signed))
        self.assertEqual(numbers("officer=nobody"), [])
        by_received = sorted(every, key=lambda k: (k["received"], k["number"]), reverse=True)
        self.assertEqual(numbers("sort=received&dir=desc"), [k["number"] for k in by_received])
        # The page: the same filter, its form keeps the choice, rows link to each case.
        page = c.get("/cases?station=S02&lang=en").body
        self.assertIn('<option value="S02" selected>', page)
        self.assertIn('href="/cases/CF138-S02-0001"', page)
        self.assertNotIn(f'href="/cases/{CLOSED}"', page)
        page = c.get(f"/cases?right_type={rtype}&officer={officer}&booth={booth}&lang=zh").body
        self.assertIn(f'<option value="{rtype}" selected>', page)
        self.assertIn(f'name="officer" value="{officer}"', page)
        self.assertIn(f'name="booth" value="{booth}"', page)
        # Values out of their set, range or length: 400 with the reason, on the page and the API.
        for query in ["sort=complainant", "dir=up", "overdue=yes", "review=yes", "page=0", "hall=" + "h" * 33,
                      "station=" + "S" * 1000, "status=open", "right_type=patent", "booth=" + "b" * 33,
                      "officer=" + "o" * 33]:
            self.assertEqual(c.get("/cases?" + query).status, 400, query)
            r = c.get("/api/v1/cases?" + query)
            self.assertEqual(r.status, 400, query)
            self.assertIn("must", json.loads(r.body)["error"])


class EnrolFromTheConsole(unittest.TestCase):
    """An admin enrols a station from the console: the payload works once, and nobody else may."""

    def test_an_admin_issues_an_enrolment_a_station_then_uses(self):
        relay = Relay("enrol")
        try:
            relay.add_staff("alice", "admin", PASSWORD)
            relay.add_staff("rita", "reviewer", PASSWORD)
            relay.start()
            alice, rita = relay.client(), relay.client()
            self.assertEqual(alice.sign_in("alice", PASSWORD).status, 303)
            self.assertEqual(rita.sign_in("rita", PASSWORD).status, 303)

            def tokens():
                return relay.db_rows("SELECT token_hash, station, used_at FROM relay_tokens")

            # Refused, nothing issued: a reviewer (403), no CSRF token (403), bad fields (400).
            self.assertEqual(rita.post("/stations/enrol", {"csrf": rita.csrf(), "station": "Hall 9"}).status, 403)
            self.assertEqual(alice.post("/stations/enrol", {"station": "Hall 9"}).status, 403)
            token = alice.csrf()
            for fields in [{"station": ""}, {"station": "x" * 65}, {"station": "a\x01b"},
                           {"station": "Hall 9", "minutes": "0"}, {"station": "Hall 9", "minutes": "10081"},
                           {"station": "Hall 9", "minutes": "1e3"}, {"station": "Hall 9", "host": "bad host!"}]:
                self.assertEqual(alice.post("/stations/enrol", {"csrf": token, **fields}).status, 400, fields)
            self.assertEqual(tokens(), [])
            # Issued: the page holds the QR code and the payload naming the sync port as bound,
            # the relay's certificate, the fair and a token of which only the hash is stored.
            r = alice.post("/stations/enrol", {"csrf": token, "station": "Hall <9> desk", "minutes": "30"})
            self.assertEqual(r.status, 200)
            self.assertIn("<svg", r.body)
            with open(relay.cert) as f:
                fingerprint = hashlib.sha256(ssl.PEM_cert_to_DER_cert(f.read())).hexdigest()
            payload = re.search(r'<code class="payload">(FGE1:[^<]*)</code>', r.body).group(1)
            parts = payload.split(":")
            self.assertEqual(parts[:3], ["FGE1", "127.0.0.1", str(relay.sync_port)])
            self.assertEqual(parts[3:5], [fingerprint, "CF138"])
            self.assertIn("Hall &lt;9&gt; desk", r.body)
            stored = tokens()
            self.assertEqual([(h, st) for h, st, _ in stored],
                             [(hashlib.sha256(parts[5].upper().encode()).hexdigest(), "Hall <9> desk")])
            self.assertNotIn(parts[5], open(os.path.join(relay.dir, "relay.db"), "rb").read().decode("latin-1"))
            # A station enrols with it and syncs; the overview lists it; the payload works once.
            sim = [os.environ.get("FAIRGUARD_SIM_EXE", "fairguard-sim"), "--stations", "1", "--complaints", "1",
                   "--photo-kb", "1", "--timeout", "30", "--enrol", payload]
            run(sim + ["--data", os.path.join(relay.tmp.name, "s1")])
            stations = json.loads(alice.get("/api/v1/stations").body)["stations"]
            self.assertEqual([(s["code"], s["name"]) for s in stations], [("S01", "Hall <9> desk")])
            again = run(sim + ["--data", os.path.join(relay.tmp.name, "s2")], check=False)
            self.assertNotEqual(again.returncode, 0)
            # On record: who issued an enrolment for which station.
            self.assertIn("<td>alice</td><td>admin</td><td>127.0.0.1</td><td>station.enrol</td><td></td>"
                          "<td>Hall &lt;9&gt; desk</td>", alice.get("/access-log").body)
        finally:
            relay.stop()


class FoldKeptUpToDate(unittest.TestCase):
    """The console folds only what each sync added; a revocation makes it fold again whole."""

    def test_new_syncs_and_a_revocation_show_on_the_next_request(self):
        relay = Relay("fold")
        try:
            relay.add_staff("vic", "viewer", PASSWORD)
            relay.start()
            c = relay.client()
            self.assertEqual(c.sign_in("vic", PASSWORD).status, 303)

            def fair():
                return json.loads(c.get("/api/v1/fair").body)

            def numbers():
                return [k["number"] for k in json.loads(c.get("/api/v1/cases").body)["cases"]]

            self.assertEqual(fair()["events"], 0)
            relay.sync_station("one", complaints=2)
            first = fair()
            self.assertEqual((first["cases"], numbers()), (2, ["CF138-S01-0001", "CF138-S01-0002"]))
            relay.sync_station("two", complaints=1, open_complaints=1)
            second = fair()
            self.assertEqual(second["cases"], 3)
            self.assertEqual(second["cases_by_status"], {"closed": 2, "notice_served": 1})
            self.assertGreater(second["events"], first["events"])
            # Every event of S02 set aside: its case leaves the working view at once.
            relay.admin("revoke", "--device", "S02", "--after-seq", "0")
            third = fair()
            self.assertEqual((third["events"], numbers()), (first["events"], ["CF138-S01-0001", "CF138-S01-0002"]))
            # And a later sync of another station still adds to it.
            relay.sync_station("three", complaints=1)
            self.assertEqual(numbers(), ["CF138-S01-0001", "CF138-S01-0002", "CF138-S03-0001"])
        finally:
            relay.stop()


class LargeFiles(unittest.TestCase):
    """A 16 MiB evidence photo (a 4,096 x 4,096 PNG) and its bundle go out in pieces read from
    disk, and its thumbnail is made row by row: the relay's memory does not grow with the file,
    and what arrives is the file, checked before it is sent."""
    PHOTO_KB = 16 * 1024
    MOST_GROWTH = 4 * 1024 * 1024  # far below the file: one copy in memory would pass it four times

    @classmethod
    def setUpClass(cls):
        def syncs(relay):
            relay.sync_station("big", complaints=1, photo_kb=cls.PHOTO_KB, photo_png=True)
        # The relay's own temp folder, to see that it leaves no copy behind.
        cls.relay_tmp = tempfile.TemporaryDirectory(prefix="fg-large-tmp-")
        kept = os.environ.get("TMPDIR")
        os.environ["TMPDIR"] = cls.relay_tmp.name
        try:
            cls.relay, cls.clients = started_with_staff("large", PASSWORD, syncs)
        finally:
            if kept is None:
                del os.environ["TMPDIR"]
            else:
                os.environ["TMPDIR"] = kept
        page = cls.clients["rita"].get(f"/cases/{CLOSED}").body
        cls.blob = re.findall(rf'/cases/{CLOSED}/evidence/([0-9a-f]{{64}})', page)[0]

    @classmethod
    def tearDownClass(cls):
        cls.relay.stop()
        cls.relay_tmp.cleanup()

    def assert_memory_flat(self, growth):
        if growth is not None:
            self.assertLess(growth(), self.MOST_GROWTH)

    def test_evidence_streams_whole_and_checked(self):
        growth = self.relay.peak_memory_from_now()
        r = self.clients["rita"].get(f"/cases/{CLOSED}/evidence/{self.blob}")
        self.assertEqual(r.status, 200)
        self.assertEqual(int(r.headers["Content-Length"]), len(r.data))
        self.assertEqual(hashlib.sha256(r.data).hexdigest(), self.blob)
        self.assert_memory_flat(growth)
        # HEAD gives the length and no body.
        head = self.clients["rita"].request("HEAD", f"/cases/{CLOSED}/evidence/{self.blob}")
        self.assertEqual((head.status, head.data, int(head.headers["Content-Length"])), (200, b"", len(r.data)))
        self.assertGreater(len(r.data), self.PHOTO_KB * 1024)

    def test_thumbnail_of_a_large_photo(self):
        growth = self.relay.peak_memory_from_now()
        r = self.clients["rita"].get(f"/cases/{CLOSED}/thumbnail/{self.blob}")
        self.assertEqual((r.status, r.headers["Content-Type"]), (200, "image/jpeg"))
        self.assertEqual(jpeg_size(r.data), (320, 320))
        self.assertLess(len(r.data), 64 * 1024)
        self.assert_memory_flat(growth)

    def test_bundle_streams_and_verifies(self):
        growth = self.relay.peak_memory_from_now()
        r = self.clients["alice"].get(f"/cases/{CLOSED}/bundle.zip")
        self.assertEqual(r.status, 200)
        self.assert_memory_flat(growth)
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "b.zip")
            with open(path, "wb") as f:
                f.write(r.data)
            keys = os.path.join(tmp, "published.keys")
            self.relay.admin("keys", "--out", keys)
            v = subprocess.run([VERIFY, path, "--keys", keys], capture_output=True, text=True, timeout=120)
            self.assertEqual(v.returncode, 0, v.stdout + v.stderr)
            with zipfile.ZipFile(path) as z:
                names = [i.filename for i in z.infolist() if i.file_size > self.PHOTO_KB * 1024]
            self.assertEqual(len(names), 1, names)
        # No temp copy is left behind.
        self.assertEqual(os.listdir(self.relay_tmp.name), [])

    def test_a_damaged_file_is_refused_before_any_byte(self):
        stored = os.path.join(self.relay.dir, "blobs", self.blob[:2], self.blob)
        with open(stored, "r+b") as f:
            f.seek(self.PHOTO_KB * 512)
            kept = f.read(1)
            f.seek(self.PHOTO_KB * 512)
            f.write(bytes([kept[0] ^ 1]))
        try:
            r = self.clients["rita"].get(f"/cases/{CLOSED}/evidence/{self.blob}")
            self.assertEqual(r.status, 500)
            self.assertIn("damaged", r.body)
            self.assertLess(len(r.data), 4096)
        finally:
            with open(stored, "r+b") as f:
                f.seek(self.PHOTO_KB * 512)
                f.write(kept)
        self.assertEqual(self.clients["rita"].get(f"/cases/{CLOSED}/evidence/{self.blob}").status, 200)


if __name__ == "__main__":
    unittest.main()

"""The administration pages (docs/console.md, "Administration") through the real relay process:
revoke a station, add and disable officers, import a booth list, add and disable staff. Each
change is read back from relay.db with sqlite3 and from the signed configuration the stations
receive (`fairguard-relay config`), and is on record in the access log; a viewer's or a
reviewer's POST and a POST without the CSRF token answer 403 and change nothing.

Run by ctest (label console) with FAIRGUARD_RELAY_EXE and FAIRGUARD_SIM_EXE set.
"""
import ctypes
import json
import os
import re
import unittest

from console_harness import started_with_staff

PASSWORD = "correct horse battery staple"
BOUNDARY = "----fgtest7b3c"


def multipart(fields, files):
    """A multipart/form-data body as a browser sends a form with a file."""
    parts = []
    for name, value in fields.items():
        parts.append(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n')
    for name, (filename, data) in files.items():
        parts.append(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                     f'Content-Type: text/csv\r\n\r\n{data}\r\n')
    return ("".join(parts) + f"--{BOUNDARY}--\r\n").encode()


class Administration(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        def syncs(relay):
            relay.sync_station("hall9", complaints=1)  # station S01
            relay.sync_station("hall10", complaints=1)  # station S02
            relay.sync_station("hall11", complaints=1)  # station S03, revoked with a cut-off
        cls.relay, cls.clients = started_with_staff("admin", PASSWORD, syncs)

    @classmethod
    def tearDownClass(cls):
        cls.relay.stop()

    def signed_config(self):
        """The configuration as the stations receive it (the wire form's signed JSON)."""
        return json.loads(self.relay.admin("config").stdout)["config"]

    def access_log(self):
        with open(f"{self.relay.dir}/console-access.jsonl", encoding="utf-8") as f:
            return [json.loads(line) for line in f]

    def logged(self, action, obj):
        return [e for e in self.access_log() if e.get("action") == action and e.get("object") == obj]

    def refused_for_others(self, path, fields, snapshot):
        """Viewer and reviewer get 403, an admin without the CSRF token too; nothing changes."""
        before = snapshot()
        for user in ["vic", "rita"]:
            c = self.clients[user]
            self.assertEqual(c.post(path, {"csrf": c.csrf(), **fields}).status, 403, (user, path))
        self.assertEqual(self.clients["alice"].post(path, fields).status, 403, path)
        self.assertEqual(self.clients["alice"].post(path, {"csrf": "0" * 64, **fields}).status, 403, path)
        self.assertEqual(snapshot(), before, path)

    def test_pages_are_for_admins_only(self):
        for path in ["/admin/stations", "/admin/officers", "/admin/booths", "/admin/staff"]:
            got = tuple(self.clients[u].get(path).status for u in ["vic", "rita", "alice"])
            self.assertEqual(got, (403, 403, 200), path)
            self.assertEqual(self.relay.client().get(path).headers["Location"], "/login")
        self.assertIn('href="/admin/stations"', self.clients["alice"].get("/").body)
        self.assertNotIn('href="/admin/stations"', self.clients["rita"].get("/").body)
        zh = self.clients["alice"].get("/admin/staff?lang=zh").body
        self.assertIn("控制台账户", zh)
        self.assertIn("Staff accounts", self.clients["alice"].get("/admin/staff?lang=en").body)

    def test_revoke_a_station(self):
        devices = lambda: self.relay.db_rows("SELECT code, revoked_at FROM relay_devices ORDER BY code")
        self.refused_for_others("/admin/stations/revoke", {"station": "S02", "confirm": "1"}, devices)
        alice = self.clients["alice"]
        for fields in [{"station": "S02"}, {"station": "S9", "confirm": "1"}, {"station": "../S02", "confirm": "1"},
                       {"station": "", "confirm": "1"}]:
            r = alice.post("/admin/stations/revoke", {"csrf": alice.csrf(), **fields})
            self.assertEqual(r.status, 400, fields)
            self.assertIn('class="error"', r.body)
        self.assertEqual([row[1] for row in devices()][:2], [None, None])

        r = alice.post("/admin/stations/revoke?lang=en", {"csrf": alice.csrf(), "station": "S02", "confirm": "1"})
        self.assertEqual(r.status, 200, r.body)
        self.assertIn("Done:", r.body)
        self.assertIsNone(devices()[0][1])
        self.assertIsNotNone(devices()[1][1])
        device = next(d for d in self.signed_config()["devices"] if d["code"] == "S02")
        self.assertTrue(device["revoked"])
        api = json.loads(alice.get("/api/v1/stations").body)["stations"]
        self.assertIsNotNone(next(s for s in api if s["code"] == "S02")["revoked_at"])
        self.assertEqual(len(self.logged("station.revoke", "S02")), 1)
        entry = self.logged("station.revoke", "S02")[0]
        self.assertEqual((entry["user"], entry["role"], entry["address"]), ("alice", "admin", "127.0.0.1"))
        # Twice: refused, nothing new on record.
        r = alice.post("/admin/stations/revoke", {"csrf": alice.csrf(), "station": "S02", "confirm": "1"})
        self.assertEqual(r.status, 400)
        self.assertEqual(len(self.logged("station.revoke", "S02")), 1)

    def test_revoke_with_a_cut_off(self):
        """The cut-offs of `revoke --after-seq N | --since TIME`: shown first with what they set
        aside (nothing changed), then applied; the revoked station's row says what still counts."""
        alice = self.clients["alice"]
        key, held = self.relay.db_rows("SELECT d.key, (SELECT count(*) FROM events e WHERE e.device = d.key) "
                                       "FROM relay_devices d WHERE code='S03'")[0]
        self.assertGreater(held, 3)
        device = lambda: self.relay.db_rows("SELECT revoked_at, revoked_after_seq FROM relay_devices "
                                            "WHERE code='S03'")[0]
        post = lambda fields, lang="en": alice.post(f"/admin/stations/revoke?lang={lang}",
                                                    {"csrf": alice.csrf(), "station": "S03", **fields})
        previews = [({"cutoff": "after_seq", "seq": "2"}, f"its events up to seq 2 still count; {held - 2} event(s) "
                     f"the relay holds are set aside (seq 3–{held})"),
                    ({"cutoff": "since", "since": "2000-01-01T00:00:00Z"}, f"up to seq 0 still count; {held} event"),
                    ({"cutoff": "since", "since": "2999-01-01T00:00:00Z"}, f"up to seq {held} still count; 0 event"),
                    ({}, f"up to seq {held} still count; 0 event")]
        for fields, shown in previews:
            r = post({**fields, "preview": "1"})
            self.assertEqual(r.status, 200, r.body[:2000])
            self.assertIn(shown, r.body, fields)
            self.assertIn("Nothing was changed yet.", r.body)
        zh = post({"cutoff": "after_seq", "seq": "2", "preview": "1"}, "zh").body
        self.assertIn(f"其序号不超过 2 的事件仍然有效； {held - 2} 个中继服务器持有的事件将被搁置", zh)
        self.assertIn('value="after_seq" selected', zh)  # the form keeps the chosen cut-off
        for bad in [{"cutoff": "after_seq", "seq": "x"}, {"cutoff": "after_seq", "seq": ""},
                    {"cutoff": "since", "since": "yesterday"}, {"cutoff": "sometime"}]:
            self.assertEqual(post({**bad, "preview": "1"}).status, 400, bad)
            self.assertEqual(post({**bad, "confirm": "1"}).status, 400, bad)
        self.assertEqual(device(), (None, None))
        self.assertEqual(self.logged("station.revoke", "S03 --after-seq 2"), [])

        r = post({"cutoff": "after_seq", "seq": "2", "confirm": "1"})
        self.assertEqual(r.status, 200, r.body[:2000])
        self.assertIsNotNone(device()[0])
        self.assertEqual(device()[1], 2)
        signed = next(d for d in self.signed_config()["devices"] if d["code"] == "S03")
        self.assertEqual((signed["revoked"], signed["revoked_after_seq"]), (True, 2))
        self.assertIn(f"counts up to seq 2, {held - 2} set aside", r.body)
        self.assertIn(f"有效至序号 2, {held - 2} 已搁置", alice.get("/admin/stations?lang=zh").body)
        self.assertEqual(len(self.logged("station.revoke", "S03 --after-seq 2")), 1)
        self.assertEqual(post({"preview": "1"}).status, 400)  # revoked already: nothing to show

    def test_add_and_disable_officers(self):
        officers = lambda: self.relay.db_rows("SELECT id, name, role, disabled FROM relay_officers ORDER BY id")
        good = {"id": "OF-77", "name": "李 <b>明</b>", "pin": "4242424242", "supervisor": "1",
                "credential": "GZ-2025-0077", "expires": "2026-12-31"}
        self.refused_for_others("/admin/officers/add", good, officers)
        alice = self.clients["alice"]
        before = officers()
        for bad in [{"pin": "12"}, {"pin": "12345678901x"}, {"id": ""}, {"id": "a b"}, {"name": ""},
                    {"expires": "2026-02-30"}, {"credential": "", "expires": "2026-12-31"}]:
            r = alice.post("/admin/officers/add", {"csrf": alice.csrf(), **good, **bad})
            self.assertEqual(r.status, 400, bad)
        self.assertEqual(officers(), before)

        r = alice.post("/admin/officers/add", {"csrf": alice.csrf(), **good})
        self.assertEqual(r.status, 200, r.body)
        self.assertIn("<td>李 &lt;b&gt;明&lt;/b&gt;</td>", r.body)
        self.assertIn(("OF-77", "李 <b>明</b>", "supervisor", 0), officers())
        verifier = self.relay.db_rows("SELECT pin_verifier FROM relay_officers WHERE id='OF-77'")[0][0]
        self.assertTrue(verifier.startswith("$argon2id$"))
        roster = {o["id"]: o for o in self.signed_config()["officers"]}
        self.assertEqual(roster["OF-77"]["name"], "李 <b>明</b>")
        self.assertEqual(roster["OF-77"]["credential"], {"number": "GZ-2025-0077", "expires": "2026-12-31"})
        for name in ["relay.db", "relay.db-wal"]:
            with open(f"{self.relay.dir}/{name}", "rb") as f:
                self.assertNotIn(b"4242424242", f.read(), name)
        self.assertEqual(alice.post("/admin/officers/add", {"csrf": alice.csrf(), **good}).status, 400)  # twice

        self.refused_for_others("/admin/officers/disable", {"id": "OF-77"}, officers)
        self.assertEqual(alice.post("/admin/officers/disable", {"csrf": alice.csrf(), "id": "nobody"}).status, 400)
        r = alice.post("/admin/officers/disable", {"csrf": alice.csrf(), "id": "OF-77"})
        self.assertEqual(r.status, 200)
        self.assertIn(("OF-77", "李 <b>明</b>", "supervisor", 1), officers())
        self.assertTrue({o["id"]: o for o in self.signed_config()["officers"]}["OF-77"]["disabled"])
        self.assertEqual(len(self.logged("officer.add", "OF-77")), 1)
        self.assertEqual(len(self.logged("officer.disable", "OF-77")), 1)

    def test_enable_new_pin_and_credential(self):
        """An officer enabled again, given a new PIN and a changed credential from the page, each
        as the commands `officers enable | set-pin | credential` do it (the same checks), in the
        signed roster, on record, the PIN nowhere in clear."""
        alice = self.clients["alice"]
        roster = lambda: {o["id"]: o for o in self.signed_config()["officers"]}
        officer = lambda: self.relay.db_rows("SELECT disabled, pin_verifier, box, credential FROM relay_officers "
                                             "WHERE id='OF-88'")[0]
        first = {"id": "OF-88", "name": "Wang Fang", "pin": "5151515151"}
        self.assertEqual(alice.post("/admin/officers/add", {"csrf": alice.csrf(), **first}).status, 200)
        self.assertEqual(alice.post("/admin/officers/disable", {"csrf": alice.csrf(), "id": "OF-88"}).status, 200)
        page = alice.get("/admin/officers?lang=en").body
        self.assertIn('action="/admin/officers/enable"', page)
        for text in ["Set a new PIN", "Change a credential", "Enable"]:
            self.assertIn(text, page)
        for text in ["设置新 PIN 码", "变更执法证", "启用"]:
            self.assertIn(text, alice.get("/admin/officers?lang=zh").body)

        # Enable.
        self.refused_for_others("/admin/officers/enable", {"id": "OF-88"}, officer)
        self.assertEqual(alice.post("/admin/officers/enable", {"csrf": alice.csrf(), "id": "nobody"}).status, 400)
        r = alice.post("/admin/officers/enable?lang=en", {"csrf": alice.csrf(), "id": "OF-88"})
        self.assertEqual(r.status, 200, r.body[:2000])
        self.assertIn("enabled OF-88", r.body)
        self.assertEqual(officer()[0], 0)
        self.assertFalse(roster()["OF-88"].get("disabled", False))
        self.assertEqual(alice.post("/admin/officers/enable", {"csrf": alice.csrf(), "id": "OF-88"}).status, 400)
        self.assertEqual(len(self.logged("officer.enable", "OF-88")), 1)

        # A new PIN: the fair's minimum length, digits only, typed twice alike.
        new = {"id": "OF-88", "pin": "7373737373", "pin2": "7373737373"}
        self.refused_for_others("/admin/officers/pin", new, officer)
        before = officer()
        for bad in [{"pin": "12", "pin2": "12"}, {"pin": "73737373x", "pin2": "73737373x"}, {"pin2": "7373737374"},
                    {"id": "nobody"}]:
            r = alice.post("/admin/officers/pin", {"csrf": alice.csrf(), **new, **bad})
            self.assertEqual(r.status, 400, bad)
            self.assertIn('class="error"', r.body)
        self.assertEqual(officer(), before)
        r = alice.post("/admin/officers/pin?lang=zh", {"csrf": alice.csrf(), **new})
        self.assertEqual(r.status, 200, r.body[:2000])
        self.assertIn("已设置新 PIN 码： OF-88", r.body)
        after = officer()
        self.assertNotEqual(after[1], before[1])
        self.assertNotEqual(after[2], before[2])  # the box key derived from the PIN is new too
        self.assertEqual(roster()["OF-88"]["pin_verifier"], after[1])
        sodium = ctypes.CDLL("libsodium.so.23")
        sodium.sodium_init()
        verifies = lambda pin: sodium.crypto_pwhash_str_verify(after[1].encode() + b"\0", pin, len(pin)) == 0
        self.assertTrue(verifies(b"7373737373"))
        self.assertFalse(verifies(b"5151515151"))
        self.assertEqual(len(self.logged("officer.set_pin", "OF-88")), 1)
        for name in ["relay.db", "relay.db-wal", "console-access.jsonl", "../serve.log"]:
            with open(f"{self.relay.dir}/{name}", "rb") as f:
                self.assertNotIn(b"7373737373", f.read(), name)

        # The credential: renewed, then taken off; a bad date, both or neither are refused.
        renewed = {"id": "OF-88", "credential": "GZ-2026-0088", "expires": "2027-06-30"}
        self.refused_for_others("/admin/officers/credential", renewed, officer)
        before = officer()
        for bad in [{"expires": "2027-02-30"}, {"credential": ""}, {"remove": "1"}, {"credential": "", "expires": ""},
                    {"id": "nobody"}, {"credential": "GZ\x01"}]:
            self.assertEqual(alice.post("/admin/officers/credential", {"csrf": alice.csrf(), **renewed, **bad}).status,
                             400, bad)
        self.assertEqual(officer(), before)
        r = alice.post("/admin/officers/credential", {"csrf": alice.csrf(), **renewed})
        self.assertEqual(r.status, 200, r.body[:2000])
        self.assertEqual(roster()["OF-88"]["credential"], {"number": "GZ-2026-0088", "expires": "2027-06-30"})
        self.assertIn("<td>GZ-2026-0088 → 2027-06-30</td>", r.body)
        self.assertEqual(len(self.logged("officer.credential", "OF-88: GZ-2026-0088 valid to 2027-06-30")), 1)
        r = alice.post("/admin/officers/credential", {"csrf": alice.csrf(), "id": "OF-88", "remove": "1"})
        self.assertEqual(r.status, 200, r.body[:2000])
        self.assertNotIn("credential", roster()["OF-88"])
        self.assertEqual(len(self.logged("officer.credential", "OF-88: removed")), 1)

    def test_import_a_booth_list(self):
        booths = lambda: self.relay.db_rows("SELECT booth, hall, exhibitor FROM relay_booths ORDER BY position")
        alice = self.clients["alice"]
        header = "booth,hall,exhibitor,delegation,industry\n"
        # 3,000 booths: larger than the 64 KiB of an ordinary form, within the upload's 4 MiB.
        rows = "".join(f"9.{n // 100}A{n % 100:02d},9.{n // 1000},Exhibitor {n} 有限公司,Guangdong,Lighting\n"
                       for n in range(3000))
        good = (header + rows).encode()
        self.assertGreater(len(good), 64 * 1024)
        post = lambda c, body: c.request("POST", "/admin/booths/import", body=body,
                                         headers={"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"})
        before = booths()
        for user in ["vic", "rita"]:
            c = self.clients[user]
            self.assertEqual(post(c, multipart({"csrf": c.csrf()}, {"csv": ("b.csv", good.decode())})).status, 403)
        self.assertEqual(post(alice, multipart({}, {"csv": ("b.csv", good.decode())})).status, 403)
        self.assertEqual(booths(), before)

        bad = header + "9.1A01,9.1,One Ltd,,\n9.1A01,9.1,Two Ltd,,\n,9.1,Three Ltd,,\n9.1A04,9.1,,,\n9.1A05,9.1,Five,,\n"
        r = post(alice, multipart({"csrf": alice.csrf()}, {"csv": ("bad.csv", bad)}))
        self.assertEqual(r.status, 400)
        errors = re.findall(r"<li>(line \d+: [^<]*)</li>", r.body)
        self.assertEqual([e.split(":")[0] for e in errors], ["line 3", "line 4", "line 5"], r.body)
        self.assertIn("duplicate booth 9.1A01 (first on line 2)", errors[0])
        self.assertEqual(booths(), before)
        self.assertEqual(post(alice, multipart({"csrf": alice.csrf()}, {"csv": ("e.csv", "")})).status, 400)

        version = self.signed_config()["version"]
        r = post(alice, multipart({"csrf": alice.csrf()}, {"csv": ("booths.csv", good.decode())}))
        self.assertEqual(r.status, 200, r.body[:2000])
        stored = booths()
        self.assertEqual(len(stored), 3000)
        self.assertEqual(stored[1234], ("9.12A34", "9.1", "Exhibitor 1234 有限公司"))
        config = self.signed_config()
        self.assertGreater(config["version"], version)
        self.assertEqual(len(config["booths"]), 3000)
        self.assertEqual(len(self.logged("booths.import", f"3000 booths, 3 halls, configuration version "
                                                           f"{config['version']}")), 1)

    def test_add_and_disable_staff(self):
        staff = lambda: self.relay.db_rows("SELECT user, role, disabled FROM relay_staff ORDER BY user")
        alice = self.clients["alice"]
        new = {"user": "adam", "role": "admin", "password": "a long enough pass", "password2": "a long enough pass"}
        self.refused_for_others("/admin/staff/add", new, staff)
        before = staff()
        for bad in [{"password2": "another long pass"}, {"password": "short", "password2": "short"},
                    {"role": "root"}, {"user": "a b"}, {"user": "alice"}]:
            r = alice.post("/admin/staff/add", {"csrf": alice.csrf(), **new, **bad})
            self.assertEqual(r.status, 400, bad)
        self.assertEqual(staff(), before)
        # The last active admin cannot be disabled from the console (alice is the only one).
        r = alice.post("/admin/staff/disable?lang=en", {"csrf": alice.csrf(), "user": "alice"})
        self.assertEqual(r.status, 400)
        self.assertIn("last active admin", r.body)
        self.assertEqual(staff(), before)

        self.assertEqual(alice.post("/admin/staff/add", {"csrf": alice.csrf(), **new}).status, 200)
        self.assertIn(("adam", "admin", 0), staff())
        verifier = self.relay.db_rows("SELECT password_verifier FROM relay_staff WHERE user='adam'")[0][0]
        self.assertTrue(verifier.startswith("$argon2id$"))
        adam = self.relay.client()
        self.assertEqual(adam.sign_in("adam", new["password"]).status, 303)
        self.assertEqual(adam.get("/admin/staff").status, 200)
        self.assertEqual(len(self.logged("staff.add", "adam (admin)")), 1)

        # Disabling val ends val's open session at its next request.
        self.relay.add_staff("val", "viewer", PASSWORD)
        self.refused_for_others("/admin/staff/disable", {"user": "val"}, staff)
        self.assertEqual(alice.post("/admin/staff/disable", {"csrf": alice.csrf(), "user": "nobody"}).status, 400)
        val = self.relay.client()
        self.assertEqual(val.sign_in("val", PASSWORD).status, 303)
        self.assertEqual(val.get("/").status, 200)
        self.assertEqual(alice.post("/admin/staff/disable", {"csrf": alice.csrf(), "user": "val"}).status, 200)
        self.assertIn(("val", "viewer", 1), staff())
        self.assertEqual(val.get("/").headers["Location"], "/login")
        self.assertEqual(len(self.logged("staff.disable", "val")), 1)
        # With two admins one may go (alice disables adam, whose session ends); then alice is the
        # last again and still may not disable herself.
        self.assertEqual(alice.post("/admin/staff/disable", {"csrf": alice.csrf(), "user": "adam"}).status, 200)
        self.assertEqual(adam.get("/admin/staff").headers["Location"], "/login")
        self.assertEqual(alice.post("/admin/staff/disable", {"csrf": alice.csrf(), "user": "alice"}).status, 400)
        self.assertIn(("alice", "admin", 0), staff())

    def test_no_change_without_its_record(self):
        """With the access log on a full disk (a symlink to /dev/full: every write fails with
        ENOSPC, whoever runs the test), each administrative change answers 503, says why, and is
        rolled back: relay.db and the signed configuration are as before, the log unharmed."""
        alice = self.clients["alice"]
        state = lambda: (self.relay.db_rows("SELECT code, revoked_at FROM relay_devices ORDER BY code"),
                         self.relay.db_rows("SELECT id, disabled FROM relay_officers ORDER BY id"),
                         self.relay.db_rows("SELECT count(*) FROM relay_booths"),
                         self.relay.db_rows("SELECT user, disabled FROM relay_staff ORDER BY user"),
                         self.relay.db_rows("SELECT count(*) FROM relay_tokens"),
                         self.signed_config()["version"])
        csrf = alice.csrf()
        log = f"{self.relay.dir}/console-access.jsonl"
        open(log, "a").close()  # there when this test runs alone
        lines_before = self.access_log()
        before = state()
        os.rename(log, log + ".kept")
        os.symlink("/dev/full", log)
        try:
            booths = "booth,hall,exhibitor,delegation,industry\n9.1A01,9.1,One Ltd,,\n"
            changes = [
                ("/admin/stations/revoke", {"station": "S01", "confirm": "1"}),
                ("/admin/officers/add", {"id": "OF-503", "name": "Full Disk", "pin": "4242424242"}),
                ("/admin/staff/add", {"user": "fred", "role": "viewer", "password": "a long enough pass",
                                      "password2": "a long enough pass"}),
                ("/admin/staff/disable", {"user": "vic"}),
                ("/stations/enrol", {"station": "Hall 5 desk", "host": "127.0.0.1"}),
            ]
            for path, fields in changes:
                r = alice.post(path + "?lang=en", {"csrf": csrf, **fields})
                self.assertEqual(r.status, 503, (path, r.body[:500]))
                self.assertIn("No space left on device", r.body, path)
            self.assertIn("access log could not be written, so the change was undone", r.body)
            zh = alice.post("/admin/stations/revoke?lang=zh", {"csrf": csrf, "station": "S01", "confirm": "1"})
            self.assertEqual(zh.status, 503)
            self.assertIn("访问日志无法写入，因此该更改已撤销", zh.body)
            r = alice.request("POST", "/admin/booths/import", body=multipart({"csrf": csrf}, {"csv": ("b.csv", booths)}),
                              headers={"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"})
            self.assertEqual(r.status, 503, r.body[:500])
            self.assertEqual(state(), before)
        finally:
            os.remove(log)
            os.rename(log + ".kept", log)
        self.assertEqual(self.access_log(), lines_before)
        # The chain goes on from its last good line once the disk has room again.
        r = alice.post("/admin/officers/add", {"csrf": csrf, "id": "OF-504", "name": "Room Again", "pin": "4242424242"})
        self.assertEqual(r.status, 200)
        last = self.access_log()[-1]
        self.assertEqual((last["action"], last["object"]), ("officer.add", "OF-504"))
        self.assertEqual(last["seq"], len(lines_before) + 1)
        self.assertEqual(last["prev"], lines_before[-1]["hash"] if lines_before else "0" * 64)

if __name__ == "__main__":
    unittest.main()

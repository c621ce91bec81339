"""The report page against the previous session, its downloads, and that it follows new syncs,
through the real relay process (docs/console.md "Report", docs/report.md "--previous").

Run by ctest (label console) with FAIRGUARD_RELAY_EXE and FAIRGUARD_SIM_EXE set.
"""
import json
import os
import re
import tempfile
import unittest

from console_harness import Relay, run

PASSWORD = "correct horse battery staple"


def pdf_text(path):
    """The PDF's text without the line that says when it was made."""
    out = run(["pdftotext", "-layout", path, "-"]).stdout
    return [line for line in out.splitlines() if not re.search(r"\d{4}-\d\d-\d\dT", line)]


class ReportAgainstThePreviousSession(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        # The previous session: two complaints, then the relay stopped (its data folder stays).
        cls.previous = Relay("previous")
        cls.relay = None
        try:
            cls.previous.start()
            cls.previous.sync_station("before", complaints=2)
            cls.previous.proc.terminate()
            cls.previous.proc.wait(timeout=15)
            cls.relay = Relay("report")
            cls.relay.add_staff("vic", "viewer", PASSWORD)
            cls.relay.add_staff("rita", "reviewer", PASSWORD)
            cls.relay.start(["--console-previous", cls.previous.dir])
            cls.relay.sync_station("hall9", complaints=3)
            cls.vic, cls.rita = cls.relay.client(), cls.relay.client()
            assert cls.vic.sign_in("vic", PASSWORD).status == 303
            assert cls.rita.sign_in("rita", PASSWORD).status == 303
        except BaseException:
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        for r in (cls.relay, cls.previous):
            if r:
                r.stop()

    def received(self):
        return json.loads(self.vic.get("/report/figures.json").body)["complaints"]["received"]

    def test_the_page_compares_each_headline_figure_with_the_previous_session(self):
        # The previous session received 2 complaints; this one at least the 3 of setUpClass.
        now = self.received()
        self.assertGreaterEqual(now, 3)
        change = f"+{now - 2} (+{(now - 2) / 2 * 100:.1f} %)"
        en = self.vic.get("/report?lang=en").body
        self.assertIn("<h2>Change against the previous session (Canton Fair &lt;b&gt;138&lt;/b&gt;)</h2>", en)
        self.assertIn(f"<tr><th>Complaints received</th><td>{now}</td><td>2</td><td>{change}</td></tr>", en)
        # A share is compared in percentage points.
        self.assertRegex(en, r"<tr><th>Design share of patent cases</th><td>[0-9.]+ %</td><td>[0-9.]+ %</td>"
                             r"<td>[+-][0-9.]+ pt</td></tr>")
        zh = self.vic.get("/report?lang=zh").body
        self.assertIn("与上届比较", zh)
        self.assertIn(f"<tr><th>收到投诉</th><td>{now}</td><td>2</td><td>{change}</td></tr>", zh)

    def test_the_downloads_are_what_report_previous_writes(self):
        with tempfile.TemporaryDirectory() as tmp:
            self.relay.admin("report", "--out", tmp, "--previous", self.previous.dir)
            for name, who in [("figures.csv", self.vic), ("figures.json", self.vic), ("cases.csv", self.rita)]:
                r = who.get(f"/report/{name}")
                self.assertEqual(r.status, 200, name)
                self.assertEqual(r.headers["Content-Disposition"], f'attachment; filename="CF138-{name}"')
                with open(os.path.join(tmp, name), "rb") as f:
                    self.assertEqual(r.data, f.read(), name)
            with open(os.path.join(tmp, "figures.json")) as f:
                change = json.load(f)["change"]["complaints_received"]
            now = self.received()
            self.assertEqual((change["current"], change["previous"], change["delta"]), (now, 2, now - 2))
            r = self.vic.get("/report/summary.pdf")
            pdf = os.path.join(tmp, "console.pdf")
            with open(pdf, "wb") as f:
                f.write(r.data)
            console_text = pdf_text(pdf)
            self.assertEqual(console_text, pdf_text(os.path.join(tmp, "summary.pdf")))
            self.assertTrue(any("上届 Previous" in line for line in console_text))

    def test_cases_csv_is_for_those_who_may_hand_case_data_on(self):
        # Every case with its parties: a viewer sees the figures but gets neither link nor file.
        self.assertEqual(self.vic.get("/report/cases.csv").status, 403)
        self.assertNotIn('href="/report/cases.csv"', self.vic.get("/report?lang=en").body)
        self.assertIn('href="/report/cases.csv"', self.rita.get("/report?lang=en").body)

    def test_a_new_sync_shows_on_the_next_request(self):
        # The figures are kept between requests; a sync makes them computed again.
        before = self.received()
        self.relay.sync_station("hall10", complaints=1)
        after = self.received()
        self.assertEqual(after, before + 1)
        self.assertIn(f"<tr><th>Complaints received</th><td>{after}</td><td>2</td>",
                      self.vic.get("/report?lang=en").body)


class PreviousSessionRefused(unittest.TestCase):
    def test_serve_refuses_its_own_folder_or_one_that_is_not_a_data_folder(self):
        relay = Relay("refuse")
        try:
            for folder, why in [(relay.dir, "this session's own data folder"),
                                (relay.tmp.name, "")]:
                r = run([os.environ.get("FAIRGUARD_RELAY_EXE", "fairguard-relay"), "serve", "--data", relay.dir,
                         "--listen", "127.0.0.1:0", "--console", "127.0.0.1:0", "--console-previous", folder],
                        check=False, timeout=60)
                self.assertNotEqual(r.returncode, 0, folder)
                self.assertIn(why, r.stderr)
        finally:
            relay.stop()


if __name__ == "__main__":
    unittest.main()

"""The overview follows the stations' syncs while it is open (live.js and /live/overview), and
shows the alerts the bureau must look at, through the real relay process (docs/console.md,
"Fair overview"). The browser part needs Debian's chromium and python3-selenium; without them
only the HTTP part runs.

Run by ctest (label console) with FAIRGUARD_RELAY_EXE and FAIRGUARD_SIM_EXE set.
"""
import os
import re
import sqlite3
import unittest

from console_harness import SECURITY_HEADERS, Relay, run

PASSWORD = "correct horse battery staple"
HAVE_BROWSER = os.path.exists("/usr/bin/chromium") and os.path.exists("/usr/bin/chromedriver")


def events_of(relay, code):
    return relay.db_rows("SELECT count(*) FROM events e JOIN relay_devices d ON d.key = e.device WHERE d.code = ?",
                         (code,))[0][0]


def without_as_of(html):
    return re.sub(r'<p class="asof">[^<]*</p>', "", html)


class LiveOverview(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.relay = Relay("live")
        try:
            cls.relay.add_staff("vic", "viewer", PASSWORD)
            cls.relay.start()
            cls.relay.sync_station("hall9", complaints=1)
            cls.vic = cls.relay.client()
            assert cls.vic.sign_in("vic", PASSWORD).status == 303
        except BaseException:
            cls.relay.stop()
            raise

    @classmethod
    def tearDownClass(cls):
        cls.relay.stop()

    def test_the_page_loads_its_one_script_and_names_its_live_part(self):
        page = self.vic.get("/?lang=en")
        self.assertIn('<script src="/static/live.js" defer></script>', page.body)
        self.assertIn('<div data-live="/live/overview">', page.body)
        self.assertIn('<p id="live-stale" class="error" hidden>Not up to date', page.body)
        js = self.vic.get("/static/live.js")
        self.assertEqual((js.status, js.headers["Content-Type"]), (200, "text/javascript; charset=utf-8"))
        self.assertIn('fetch(url, { credentials: "same-origin"', js.body)
        # Only our own script may run: no inline script, nothing from elsewhere.
        self.assertEqual(js.headers["Content-Security-Policy"], SECURITY_HEADERS["Content-Security-Policy"])
        self.assertIn("script-src 'self';", js.headers["Content-Security-Policy"])

    def test_the_live_part_is_the_overview_and_follows_a_new_sync(self):
        live = self.vic.get("/live/overview?lang=en")
        self.assertEqual((live.status, live.headers["Content-Type"]), (200, "text/html; charset=utf-8"))
        self.assertNotIn("<html", live.body)
        self.assertIn(f"<td>S01</td><td>hall9 1</td>", live.body)
        self.assertIn(f"<td>{events_of(self.relay, 'S01')}</td><td>active</td>", live.body)
        # The same part as in the page (but for its "As of" time, which may have moved on).
        page = self.vic.get("/?lang=en").body
        start = page.index('<div data-live="/live/overview">') + len('<div data-live="/live/overview">')
        self.assertEqual(without_as_of(page[start:page.rindex("</div></main>")]), without_as_of(live.body))
        # The next station's code (other tests of the class may have enrolled one already).
        code = f"S{self.relay.db_rows('SELECT count(*) FROM relay_devices')[0][0] + 1:02d}"
        self.assertNotIn(f"<td>{code}</td>", live.body)
        self.relay.sync_station("hall10", complaints=1)
        live = self.vic.get("/live/overview?lang=en")
        self.assertIn(f"<td>{code}</td><td>hall10 1</td>", live.body)
        self.assertIn(f"<td>{events_of(self.relay, code)}</td><td>active</td>", live.body)

    def test_signed_out_the_live_part_is_refused(self):
        anonymous = self.relay.client()
        r = anonymous.get("/live/overview")
        self.assertEqual((r.status, r.headers["Location"]), (303, "/login"))

    def test_a_forked_chain_is_an_alert(self):
        self.assertIn("<h2>Alerts</h2><p>None.</p>", self.vic.get("/live/overview?lang=en").body)
        # The relay's store records a fork when a station signs a second event with a seq it
        # already used (tests/relay/test_relay_faults.cpp makes one through the protocol): here
        # the row is written as the store writes it, and the console must show it.
        db = sqlite3.connect(os.path.join(self.relay.dir, "relay.db"), timeout=30)
        try:
            key, = db.execute("SELECT key FROM relay_devices WHERE code = 'S01'").fetchone()
            db.execute("INSERT INTO forks(device, seq, hash, kept_hash, bytes, sig, detected_at) "
                       "VALUES(?, 5, ?, ?, '{}', '', 1760500000000)", (key, "a" * 64, "b" * 64))
            db.commit()
        finally:
            db.close()
        live = self.vic.get("/live/overview?lang=en").body
        self.assertIn('<li class="bad">A station signed two different events with one number: S01 #5 (', live)
        self.assertIn("同一编号下签署了两个不同事件的工作站: S01 #5", self.vic.get("/live/overview?lang=zh").body)

    def test_a_revoked_station_that_tries_to_connect_is_an_alert(self):
        """The relay records each refused sync of a revoked station that proved its key (one row
        per device, counted up), and the overview's live part lists it, in both languages."""
        args = self.relay.sim_args("hall12", complaints=1)
        run(args)
        code = self.relay.db_rows("SELECT code FROM relay_devices ORDER BY enrolled_at DESC LIMIT 1")[0][0]
        self.relay.admin("revoke", "--device", code)
        # The same tablet syncs again, twice (its folder holds its key; no enrolment payload now).
        again = [a for i, a in enumerate(args) if a != "--enrol" and (i == 0 or args[i - 1] != "--enrol")]
        rows = lambda: self.relay.db_rows("SELECT a.attempts, a.last_address FROM relay_revoked_attempts a "
                                          "JOIN relay_devices d ON d.key = a.device WHERE d.code = ?", (code,))
        self.assertEqual(rows(), [])
        counts = []
        for _ in range(2):
            r = run(again, check=False)
            self.assertNotEqual(r.returncode, 0)
            self.assertEqual(len(rows()), 1)  # one row per device, counted up
            counts.append(rows()[0][0])
        # Each run of the sim makes the same number of tries: the second run doubles the count.
        self.assertGreaterEqual(counts[0], 1)
        self.assertEqual(counts[1], 2 * counts[0])
        self.assertTrue(rows()[0][1].startswith("127.0.0.1"), rows()[0][1])
        n = counts[1]
        live = self.vic.get("/live/overview?lang=en").body
        self.assertRegex(live, rf'<li class="bad">Revoked station {code} \(hall12 1\) tried to connect {n} times, '
                               r"last at \d{4}-\d\d-\d\d \d\d:\d\d [^<]* from 127\.0\.0\.1")
        self.assertIn(f"已吊销的工作站 {code} (hall12 1) 尝试连接 {n} 次, 最近一次", self.vic.get("/live/overview?lang=zh").body)
        self.assertIn(f"Revoked station {code}", self.vic.get("/?lang=en").body)
        # The other stations' syncs are not counted.
        self.assertEqual(self.relay.db_rows("SELECT count(*) FROM relay_revoked_attempts")[0][0], 1)


@unittest.skipUnless(HAVE_BROWSER, "needs /usr/bin/chromium and chromedriver (scripts/setup)")
class LiveOverviewInABrowser(unittest.TestCase):
    def test_a_station_that_syncs_appears_without_a_reload(self):
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait

        from browser_harness import chromium

        relay = Relay("live-browser")
        driver = None
        try:
            relay.add_staff("alice", "admin", PASSWORD)
            relay.start()
            relay.sync_station("hall9", complaints=1)
            driver = chromium(lang="en-GB")
            base = f"https://127.0.0.1:{relay.console_port}"
            driver.get(base + "/login?lang=en")
            driver.find_element(By.NAME, "user").send_keys("alice")
            driver.find_element(By.NAME, "password").send_keys(PASSWORD)
            driver.find_element(By.CSS_SELECTOR, "form.login button").click()
            WebDriverWait(driver, 30).until(lambda d: d.current_url == base + "/")
            # live.js may swap the part between two WebDriver calls, so the table is found and
            # read in one script (a found element can be stale by the time its text is asked).
            table = lambda: driver.execute_script(
                "const t = document.querySelector('[data-live] table'); return t ? t.innerText : ''")
            self.assertIn("S01", table())
            self.assertNotIn("S02", table())
            # The page is marked so that a reload would be seen: live.js swaps only the part.
            driver.execute_script("document.body.dataset.loaded = 'once'")
            relay.sync_station("hall10", complaints=1)
            WebDriverWait(driver, 30, poll_frequency=0.5).until(lambda d: "S02" in table(),
                                                                "the new station did not appear within 30 s")
            self.assertEqual(driver.execute_script("return document.body.dataset.loaded"), "once")
            self.assertFalse(driver.find_element(By.ID, "live-stale").is_displayed())
            # The relay stops: within a few seconds the page says it is not up to date.
            relay.proc.terminate()
            relay.proc.wait(timeout=15)
            WebDriverWait(driver, 30, poll_frequency=0.5).until(
                lambda d: d.find_element(By.ID, "live-stale").is_displayed(), "no 'not up to date' note")
        finally:
            if driver:
                driver.quit()
            relay.stop()


if __name__ == "__main__":
    unittest.main()

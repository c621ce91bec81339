"""The console in a real browser: Debian's chromium, headless, driven by Selenium through
chromedriver, against the real relay (docs/console.md, "Tests").

Signs in, opens the overview, the case list, a case with its photo, marks it reviewed (the
mark shown on the case and found by the list's filter), enrols a station (its QR code read back
from the screen with ZXing is the payload the relay issued), downloads the bundle, which
fairguard-verify accepts, opens the report, uses the administration pages (revoke a station, add an
officer, import booths, add a staff account, each after a refused try), and signs out; text a station recorded as markup stays inert; every page in
both languages at 1366x768 is saved as a PNG (FAIRGUARD_SCREENSHOTS, default a temp folder)
and its text checked for a contrast of at least 4.5:1 against its background.
"""
import glob
import hashlib
import json
import os
import re
import ssl
import subprocess
import tempfile
import time
import unittest

from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from browser_harness import chromium
from console_harness import Relay

PASSWORD = "correct horse battery staple"
VERIFY = os.environ.get("FAIRGUARD_VERIFY_EXE", "fairguard-verify")
HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)> javascript:alert(3) \u202eevil'
CASE = "CF138-S01-0001"

# WCAG 2 contrast of each visible text element against the first opaque background behind it
# (run in the page through the DevTools protocol, which the page's CSP does not govern).
CONTRAST_JS = """
function lum(c) {
  const v = c.match(/[\\d.]+/g).slice(0, 3).map(Number).map(x => x / 255)
    .map(x => x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4));
  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
}
function background(el) {
  for (; el; el = el.parentElement) {
    const c = getComputedStyle(el).backgroundColor;
    const alpha = c.startsWith('rgba') ? Number(c.match(/[\\d.]+/g)[3]) : 1;
    if (alpha > 0.5) return c;
  }
  return 'rgb(255, 255, 255)';
}
const worst = [];
for (const el of document.querySelectorAll('body *')) {
  const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
  if (!own || !el.getClientRects().length) continue;
  const a = lum(getComputedStyle(el).color), b = lum(background(el));
  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  if (ratio < 4.5) worst.push(el.tagName + ' "' + el.textContent.trim().slice(0, 30) + '" ' + ratio.toFixed(2));
}
return worst;
"""


def read_qr(png):
    """The text of the QR code in a PNG, read by ZXing: fairguard-scan (FAIRGUARD_SCAN_EXE, built
    with the station app) or else Debian's python3-zxing-cpp on the image made grey by ImageMagick."""
    scan = os.environ.get("FAIRGUARD_SCAN_EXE")
    if scan:
        r = subprocess.run([scan, "--formats", "QRCode", png], capture_output=True, text=True, timeout=60)
        return [json.loads(line)["text"] for line in r.stdout.splitlines() if line.strip()]
    import numpy
    import zxingcpp
    pgm = subprocess.run(["convert", png, "-colorspace", "Gray", "-depth", "8", "pgm:-"], capture_output=True,
                         check=True, timeout=60).stdout
    magic, width, height, maxval, pixels = pgm.split(maxsplit=4)
    assert (magic, maxval) == (b"P5", b"255"), pgm[:20]
    grey = numpy.frombuffer(pixels, numpy.uint8).reshape(int(height), int(width))
    return [r.text for r in zxingcpp.read_barcodes(grey)]


class Browser(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.relay = Relay("browser")
        cls.driver = None
        try:
            cls.relay.add_staff("alice", "admin", PASSWORD)
            cls.relay.start()
            cls.relay.sync_station("hall9", complaints=2, complainant_name=HOSTILE, open_complaints=1,
                                   photo_png=True)
            for station in ["hall10", "hall11"]:  # S02 and S03, one revoked in each language
                cls.relay.sync_station(station, complaints=1)
            cls.downloads = os.path.join(cls.relay.tmp.name, "downloads")
            os.makedirs(cls.downloads)
            cls.shots = os.environ.get("FAIRGUARD_SCREENSHOTS") or os.path.join(cls.relay.tmp.name, "shots")
            os.makedirs(cls.shots, exist_ok=True)
            cls.driver = chromium(cls.downloads)
            cls.base = f"https://127.0.0.1:{cls.relay.console_port}"
        except BaseException:
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        if cls.driver:
            cls.driver.quit()
        cls.relay.stop()

    def open(self, path):
        self.driver.get(self.base + path)
        self.assertNoAlert()

    def assertNoAlert(self):
        try:
            alert = self.driver.switch_to.alert
            self.fail(f"a script ran: alert {alert.text!r}")
        except NoAlertPresentException:
            pass

    def click_to(self, element, path):
        """Clicks a link or button and waits for the page at `path` to load: a click returns
        before the navigation it starts (on a loaded machine the next check saw the old page)."""
        element.click()
        WebDriverWait(self.driver, 30).until(expected_conditions.url_to_be(self.base + path),
                                             f"did not reach {path}")
        WebDriverWait(self.driver, 30).until(
            lambda d: d.execute_script("return document.readyState") == "complete")
        self.assertNoAlert()

    def sign_in(self):
        self.open("/login")
        self.driver.find_element(By.NAME, "user").send_keys("alice")
        self.driver.find_element(By.NAME, "password").send_keys(PASSWORD)
        self.click_to(self.driver.find_element(By.CSS_SELECTOR, "form.login button"), "/")

    def shoot(self, name):
        """Saves the page and checks its text contrast."""
        self.driver.save_screenshot(os.path.join(self.shots, name + ".png"))
        low = self.driver.execute_script(CONTRAST_JS)
        self.assertEqual(low, [], f"{name}: text below 4.5:1")

    def test_a_staff_member_browses_to_a_case_and_downloads_its_bundle(self):
        d = self.driver
        for lang in ["zh", "en"]:
            d.delete_all_cookies()
            self.open(f"/login?lang={lang}")
            self.shoot(f"login-{lang}")
            self.sign_in()
            self.assertEqual(d.find_element(By.TAG_NAME, "html").get_attribute("lang"), "zh-CN" if lang == "zh" else "en")
            self.shoot(f"overview-{lang}")
            self.click_to(d.find_element(By.CSS_SELECTOR, "header nav a[href='/cases']"), "/cases")
            self.assertIn(HOSTILE.replace("\u202e", "[U+202E]"), d.find_element(By.TAG_NAME, "table").text)
            self.shoot(f"cases-{lang}")
            self.click_to(d.find_element(By.LINK_TEXT, CASE), f"/cases/{CASE}")
            photo = d.find_element(By.CSS_SELECTOR, "img.thumb")
            self.assertGreater(d.execute_script("return arguments[0].naturalWidth", photo), 0)  # it loaded
            self.shoot(f"case-{lang}")
            d.execute_script("arguments[0].scrollIntoView()", d.find_element(By.CSS_SELECTOR, "ul.evidence"))
            self.shoot(f"case-evidence-{lang}")
            d.execute_script("arguments[0].scrollIntoView()", d.find_elements(By.TAG_NAME, "table")[-1])
            self.shoot(f"case-timeline-{lang}")
            # Review the case: the mark and its note come back on the case page and in the list's filter.
            note = f"checked the photo ({lang}) <b>ok</b>"
            d.find_element(By.CSS_SELECTOR, "form.review select[name='mark'] option[value='reviewed']").click()
            d.find_element(By.CSS_SELECTOR, "form.review textarea[name='note']").send_keys(note)
            self.click_to(d.find_element(By.CSS_SELECTOR, "form.review button"), f"/cases/{CASE}#review")
            self.assertIn(note, d.find_element(By.CSS_SELECTOR, "table.reviews").text)
            d.execute_script("arguments[0].scrollIntoView()", d.find_element(By.ID, "review"))
            self.shoot(f"case-review-{lang}")
            self.open("/cases?review=reviewed")
            self.assertEqual([a.text for a in d.find_elements(By.CSS_SELECTOR, "table td a")], [CASE])
            self.shoot(f"cases-reviewed-{lang}")
            self.open("/access-log")
            self.shoot(f"access-log-{lang}")
            self.enrol_a_station(lang)
            self.administer(lang)
            # The report: its figures and charts, reached through the menu.
            self.click_to(d.find_element(By.CSS_SELECTOR, "header nav a[href='/report']"), "/report")
            self.assertEqual(len(d.find_elements(By.CSS_SELECTOR, "svg.bar")) > 0, True)
            self.shoot(f"report-{lang}")
            d.execute_script("arguments[0].scrollIntoView()", d.find_elements(By.TAG_NAME, "section")[3])
            self.shoot(f"report-charts-{lang}")
        # The contrast check itself finds grey text on white when there is some.
        d.execute_script("const p = document.createElement('p'); p.textContent = 'faint';"
                         "p.style.color = '#aaaaaa'; p.style.background = '#ffffff'; document.body.append(p);")
        self.assertEqual(len(d.execute_script(CONTRAST_JS)), 1)
        # The bundle through the browser's own download, then checked offline.
        self.open(f"/cases/{CASE}")
        d.find_element(By.CSS_SELECTOR, "p.actions a").click()
        path = os.path.join(self.downloads, f"{CASE}.zip")
        deadline = time.monotonic() + 30
        while not os.path.exists(path) and time.monotonic() < deadline:
            time.sleep(0.2)
        self.assertTrue(os.path.exists(path), glob.glob(self.downloads + "/*"))
        keys = os.path.join(self.relay.tmp.name, "published.keys")  # the bureau's published keys
        self.relay.admin("keys", "--out", keys)
        v = subprocess.run([VERIFY, path, "--keys", keys], capture_output=True, text=True, timeout=60)
        self.assertEqual(v.returncode, 0, v.stdout + v.stderr)
        # The download is on record.
        self.open(f"/access-log?case={CASE}")
        self.assertIn("bundle.download", d.find_element(By.TAG_NAME, "table").text)
        # Sign out: back at the sign-in page, and the console's pages ask for it again.
        self.click_to(d.find_element(By.CSS_SELECTOR, "form.logout button"), "/login")
        self.assertEqual(d.get_cookie("fg_session"), None)
        self.open("/cases")
        self.assertEqual(d.current_url, self.base + "/login")

    def enrol_a_station(self, lang):
        """From the overview to the enrol page; the QR code on screen, read back with ZXing, is the
        payload the relay issued: its sync address, certificate, fair and a token it stored."""
        d = self.driver
        self.click_to(d.find_element(By.CSS_SELECTOR, "header nav a[href='/']"), "/")
        self.click_to(d.find_element(By.LINK_TEXT, "注册工作站" if lang == "zh" else "Enrol a station"),
                      "/stations/enrol")
        self.shoot(f"enrol-{lang}")
        station = f"Hall 9 desk ({lang})"
        d.find_element(By.NAME, "station").send_keys(station)
        d.find_element(By.CSS_SELECTOR, "form.enrol button").click()  # answers at the same URL
        qr = WebDriverWait(d, 30).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "svg.qr")))
        self.assertNoAlert()
        self.shoot(f"enrol-qr-{lang}")
        png = os.path.join(self.relay.tmp.name, f"qr-{lang}.png")
        qr.screenshot(png)
        shown = d.find_element(By.CSS_SELECTOR, "code.payload").text
        self.assertEqual(read_qr(png), [shown])
        with open(self.relay.cert) as f:
            fingerprint = hashlib.sha256(ssl.PEM_cert_to_DER_cert(f.read())).hexdigest()
        m = re.fullmatch(rf"FGE1:127\.0\.0\.1:{self.relay.sync_port}:{fingerprint}:CF138:([A-Z2-7]{{26}})", shown)
        self.assertIsNotNone(m, shown)
        issued = self.relay.db_rows("SELECT station, used_at FROM relay_tokens WHERE token_hash = ?",
                                    (hashlib.sha256(m.group(1).encode()).hexdigest(),))
        self.assertEqual(issued, [(station, None)])

    def administer(self, lang):
        """The administration pages through their menu and forms: revoke a station, add an
        officer (a refused PIN first), import a booth list (a bad one first: its lines shown,
        nothing imported), add a staff account (differing passwords first)."""
        d = self.driver
        self.click_to(d.find_element(By.CSS_SELECTOR, "header nav a[href='/admin/stations']"), "/admin/stations")
        code = "S02" if lang == "zh" else "S03"
        # S03 with a cut-off, shown first with what it sets aside; S02 as it stands.
        form = "form[action='/admin/stations/revoke'] "
        d.find_element(By.CSS_SELECTOR, form + f"option[value='{code}']").click()
        if code == "S03":
            d.find_element(By.CSS_SELECTOR, form + "option[value='after_seq']").click()
            d.find_element(By.CSS_SELECTOR, form + "[name='seq']").send_keys("1")
            self.click_to(d.find_element(By.CSS_SELECTOR, form + "button[name='preview']"), "/admin/stations/revoke")
            self.assertIn("its events up to seq 1 still count", d.find_element(By.CSS_SELECTOR, "p.preview").text)
            self.assertIsNone(self.relay.db_rows("SELECT revoked_at FROM relay_devices WHERE code=?", (code,))[0][0])
            self.shoot("admin-stations-preview-en")
        d.find_element(By.CSS_SELECTOR, form + "[name='confirm']").click()
        self.click_to(d.find_element(By.CSS_SELECTOR, form + "button:not([name])"), "/admin/stations/revoke")
        self.assertIn(code, d.find_element(By.CSS_SELECTOR, "p.done").text)
        self.assertIsNotNone(self.relay.db_rows("SELECT revoked_at FROM relay_devices WHERE code=?", (code,))[0][0])
        self.shoot(f"admin-stations-{lang}")

        self.click_to(d.find_element(By.CSS_SELECTOR, "nav.admin a[href='/admin/officers']"), "/admin/officers")
        officer = f"OF-{lang}"
        name = "欧阳·慕容长名字执法人员 Alexandria Konstantinopoulou-Montgomery <i>x</i>"
        for pin in ["12", "4242424242"]:
            d.find_element(By.CSS_SELECTOR, "form[action='/admin/officers/add'] [name='id']").send_keys(officer)
            d.find_element(By.CSS_SELECTOR, "form[action='/admin/officers/add'] [name='name']").send_keys(name)
            d.find_element(By.CSS_SELECTOR, "form[action='/admin/officers/add'] [name='pin']").send_keys(pin)
            self.click_to(d.find_element(By.CSS_SELECTOR, "form[action='/admin/officers/add'] button"),
                          "/admin/officers/add")
            if pin == "12":
                self.assertTrue(d.find_element(By.CSS_SELECTOR, "div.error").is_displayed())
                self.shoot(f"admin-officers-error-{lang}")
        self.assertIn(name, d.find_element(By.CSS_SELECTOR, "table.officers").text)
        self.assertEqual(self.relay.db_rows("SELECT name FROM relay_officers WHERE id=?", (officer,)), [(name,)])
        self.shoot(f"admin-officers-{lang}")

        self.click_to(d.find_element(By.CSS_SELECTOR, "nav.admin a[href='/admin/booths']"), "/admin/booths")
        header = "booth,hall,exhibitor,delegation,industry\n"
        bad = header + "9.1A01,9.1,A very long exhibitor name of a lighting company 照明有限公司,,\n9.1A01,9.1,Two,,\n,9.2,x,,\n"
        good = header + "".join(f"9.{n % 3}A{n:02d},9.{n % 3},Exhibitor {n} 照明有限公司,Guangdong,Lighting\n"
                                for n in range(40))
        for text in [bad, good]:
            path = os.path.join(self.relay.tmp.name, f"booths-{lang}.csv")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            d.find_element(By.NAME, "csv").send_keys(path)
            self.click_to(d.find_element(By.CSS_SELECTOR, "form.admin button"), "/admin/booths/import")
            if text is bad:
                self.assertEqual([li.text.split(":")[0] for li in d.find_elements(By.CSS_SELECTOR, "div.error li")],
                                 ["line 3", "line 4"])
                self.assertEqual(self.relay.db_rows("SELECT count(*) FROM relay_booths")[0][0],
                                 0 if lang == "zh" else 40)
                self.shoot(f"admin-booths-error-{lang}")
        self.assertEqual(self.relay.db_rows("SELECT count(*) FROM relay_booths")[0][0], 40)
        self.shoot(f"admin-booths-{lang}")

        self.click_to(d.find_element(By.CSS_SELECTOR, "nav.admin a[href='/admin/staff']"), "/admin/staff")
        user = f"wang.fang.{lang}@bureau.example"
        for again in ["a different password", "a long enough password"]:
            d.find_element(By.CSS_SELECTOR, "form.admin [name='user']").send_keys(user)
            d.find_element(By.CSS_SELECTOR, "form.admin option[value='reviewer']").click()
            d.find_element(By.CSS_SELECTOR, "form.admin [name='password']").send_keys("a long enough password")
            d.find_element(By.CSS_SELECTOR, "form.admin [name='password2']").send_keys(again)
            self.click_to(d.find_element(By.CSS_SELECTOR, "form.admin button"), "/admin/staff/add")
            if again != "a long enough password":
                self.assertIn("differ", d.find_element(By.CSS_SELECTOR, "div.error").text)
                self.shoot(f"admin-staff-error-{lang}")
        self.assertIn(user, d.find_element(By.CSS_SELECTOR, "table.staff").text)
        self.assertEqual(self.relay.db_rows("SELECT role FROM relay_staff WHERE user=?", (user,)), [("reviewer",)])
        self.shoot(f"admin-staff-{lang}")


if __name__ == "__main__":
    unittest.main()

"""Debian's chromium, headless, through chromedriver, for the console's browser tests."""
from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def chromium(downloads=None, lang="zh-CN"):
    """A headless chromium whose page is 1366x768, trusting the relay's self-signed certificate."""
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,768",
                "--disable-gpu", f"--lang={lang}"]:
        options.add_argument(arg)
    options.accept_insecure_certs = True  # the relay's own self-signed certificate
    if downloads:
        options.add_experimental_option("prefs", {"download.default_directory": downloads,
                                                  "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(30)
    # The page itself at 1366x768 (--window-size counts the window, not the viewport).
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 1366, "height": 768, "deviceScaleFactor": 1, "mobile": False})
    return driver

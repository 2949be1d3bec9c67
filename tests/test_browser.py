"""The article in a real browser: headless Chromium against `ledger serve` running as its own process.

Skipped where Chromium or its driver is missing (Debian: apt-get install chromium chromium-driver).
The driver path is always given, so selenium-manager never tries to download anything.
"""
import http.client
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROMIUM_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--no-first-run"]
PHONE = (390, 844)

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason=f"needs {CHROMIUM} and {CHROMEDRIVER} (apt-get install chromium chromium-driver)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def healthy(port: int) -> bool:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
    try:
        connection.request("GET", "/healthz")
        return connection.getresponse().status == 200
    except OSError:
        return False
    finally:
        connection.close()


@pytest.fixture(scope="module")
def server(built_ledger, tmp_path_factory):
    """`ledger serve` on a free port over a copy of the built ledger; its base URL."""
    db = tmp_path_factory.mktemp("served") / "ledger.db"
    shutil.copy(built_ledger, db)
    port = free_port()
    command = [str(Path(sys.executable).with_name("ledger")), "serve", "--port", str(port)]
    process = subprocess.Popen(command, env=dict(os.environ, LEDGER_DB=str(db)),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 15
    while not healthy(port):
        if time.monotonic() > deadline or process.poll() is not None:
            process.kill()
            pytest.fail("ledger serve did not answer /healthz")
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """Headless Chromium at phone size, with a fresh profile."""
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROMIUM_FLAGS + [f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_window_size(*PHONE)
    yield driver
    driver.quit()


def test_ask_from_the_form_cites_a_source(server, browser):
    browser.get(server + "/semax")
    box = browser.find_element(By.NAME, "q")
    box.send_keys("does it cause hair loss")
    browser.find_element(By.CSS_SELECTOR, "#ask button[type=submit]").click()
    answer = WebDriverWait(browser, 10).until(expected_conditions.presence_of_element_located((By.ID, "answer")))
    cited = answer.find_elements(By.CSS_SELECTOR, "a[href$='/sources/s84']")
    assert cited, answer.text
    cited[0].click()
    assert "X post on Semax experience and side effect" in browser.find_element(By.TAG_NAME, "h1").text


def test_article_fits_a_phone_screen(server, browser):
    browser.get(server + "/semax")
    page_width, view_width = browser.execute_script(
        "return [document.documentElement.scrollWidth, window.innerWidth]")
    font_size = browser.execute_script("return parseFloat(getComputedStyle(document.body).fontSize)")
    assert page_width <= view_width and font_size >= 16
    assert browser.find_element(By.TAG_NAME, "h1").text == "Semax: BDNF Upregulation"

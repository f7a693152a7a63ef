"""A real WordPress on 127.0.0.1 for the WordPress adapter's tests.

Debian's ``wordpress`` package (6.1) with ``mariadb-server``, ``php-cli`` and ``php-mysql``
(the list is in packaging/debian-test-packages.txt). Everything lives in one temporary folder
that this module owns, so the tests need no system service and write nothing outside it:

- MariaDB runs from its own data directory and listens only on a Unix socket in that folder
  (``--skip-networking``), so it cannot clash with a system database or another test run.
- The site's document root is a small folder of its own: Debian's top-level PHP files are
  copied there (PHP resolves ``__DIR__`` through symlinks, so the copies make WordPress load
  *our* ``wp-config.php``), ``wp-admin`` and ``wp-includes`` are symlinks to the package, and
  ``wp-content`` (uploads) is a real folder. Debian's own ``wp-config.php`` would instead read
  ``/etc/wordpress/config-<host>.php``, which would mean writing to /etc as root and sharing
  one file between test runs.
- ``WP_ENVIRONMENT_TYPE`` is ``local``: WordPress then accepts application passwords over plain
  HTTP, which is what the loopback server speaks.
- WordPress is installed with ``wp_install()`` from a PHP script, which also creates the
  application password; PHP's built-in server then serves the site. Without rewrite rules the
  REST API is reached with ``?rest_route=/wp/v2/...``.
"""

from __future__ import annotations

import json
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

WORDPRESS_DIR = Path("/usr/share/wordpress")
DEBIAN_CONTENT_DIR = Path("/var/lib/wordpress/wp-content")
PROGRAMS = ("mariadbd", "mariadb-install-db", "mariadb", "php")


def missing_parts() -> list[str]:
    """What this machine lacks to run the test WordPress (empty when everything is there)."""
    missing = [name for name in PROGRAMS if shutil.which(name) is None
               and not Path("/usr/sbin", name).exists()]
    if not (WORDPRESS_DIR / "wp-settings.php").exists():
        missing.append("the Debian package wordpress")
    if shutil.which("php") and not missing:
        probe = subprocess.run(["php", "-r", "exit(extension_loaded('mysqli') ? 0 : 1);"],
                               capture_output=True)
        if probe.returncode != 0:
            missing.append("php-mysql (the mysqli extension)")
    return missing


def _program(name: str) -> str:
    return shutil.which(name) or str(Path("/usr/sbin", name))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _signal_group(process: subprocess.Popen, sig: int) -> None:
    try:
        os.killpg(process.pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def _php_string(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


@dataclass(frozen=True)
class WordPressSite:
    url: str  # http://127.0.0.1:PORT (no trailing slash)
    user: str
    app_password: str
    admin_password: str
    root: Path  # the temporary folder with the database, the site and the logs

    def rest(self, route: str) -> str:
        """The URL of a REST route on this site (no rewrite rules, so ``?rest_route=``)."""
        return f"{self.url}/?rest_route={route}"

    def client(self) -> httpx.Client:
        """A client authenticated with the application password, for reading back."""
        return httpx.Client(auth=(self.user, self.app_password), timeout=30)

    def php_notices(self, scope: str | None) -> None:
        """Make PHP print a "Deprecated" notice before the answer, as a site with
        ``WP_DEBUG_DISPLAY`` on does: for ``"create"`` only when a post is created, for
        ``"all"`` on every request; ``None`` turns it off (see ``_NOTICE_PLUGIN``)."""
        switch = self.root / "php-notice"
        if scope is None:
            switch.unlink(missing_ok=True)
        else:
            switch.write_text(scope)

    def new_application_password(self, name: str) -> str:
        """Create another application password (names must be unique per user)."""
        return _run_php(self.root, _APP_PASSWORD_SCRIPT.format(
            load=_php_string(str(self.root / "site" / "wp-load.php")),
            host=_php_string(self.url.removeprefix("http://")),
            user=_php_string(self.user), name=_php_string(name)))["app_password"]


_INSTALL_SCRIPT = """<?php
$_SERVER['HTTP_HOST'] = {host};
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require {load};
// wp_install() mails the admin; there is no mail server here, and nobody to read it.
function wp_new_blog_notification($blog_title, $blog_url, $user_id, $password) {{}}
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('HumasDesk test site', {user}, 'admin@example.invalid', true, '', {admin_password});
$user = get_user_by('login', {user});
list($password, $item) = WP_Application_Passwords::create_new_application_password(
    $user->ID, array('name' => 'humasdesk-tests'));
echo json_encode(array('app_password' => $password));
"""

_APP_PASSWORD_SCRIPT = """<?php
$_SERVER['HTTP_HOST'] = {host};
$_SERVER['REQUEST_URI'] = '/';
require {load};
$user = get_user_by('login', {user});
list($password, $item) = WP_Application_Passwords::create_new_application_password(
    $user->ID, array('name' => {name}));
echo json_encode(array('app_password' => $password));
"""

# A must-use plugin: off unless the test writes <root>/php-notice (WordPressSite.php_notices).
_NOTICE_PLUGIN = """<?php
$humasdesk_switch = dirname(__DIR__, 3) . '/php-notice';
if (is_readable($humasdesk_switch)) {
    $humasdesk_scope = trim((string) file_get_contents($humasdesk_switch));
    $humasdesk_create = ($_SERVER['REQUEST_METHOD'] ?? '') === 'POST'
        && ($_GET['rest_route'] ?? '') === '/wp/v2/posts';
    if ($humasdesk_scope === 'all' || ($humasdesk_scope === 'create' && $humasdesk_create)) {
        error_reporting(E_ALL);
        ini_set('display_errors', '1');
        trigger_error('Function create_function() is deprecated', E_USER_DEPRECATED);
    }
}
"""

_CONFIG = """<?php
// Written by tests/platforms/wordpress_server.py for one test run.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', {db_password});
define('DB_HOST', {db_host});
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_HOME', {url});
define('WP_SITEURL', {url});
define('WP_CONTENT_DIR', {content_dir});
define('WP_CONTENT_URL', {content_url});
// Application passwords over plain HTTP are allowed only on a "local" site.
define('WP_ENVIRONMENT_TYPE', 'local');
// Scheduled posts stay scheduled during the tests: no cron request fires them.
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', false);
{salts}
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
"""

_SALT_NAMES = ("AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT",
               "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT")


def _run_php(root: Path, script: str) -> dict:
    path = root / f"script-{secrets.token_hex(4)}.php"
    path.write_text(script, encoding="utf-8")
    try:
        done = subprocess.run(["php", str(path)], capture_output=True, text=True, timeout=120,
                              cwd=root)
    finally:
        path.unlink(missing_ok=True)
    output = done.stdout.strip()
    start = output.rfind("{")
    if done.returncode != 0 or start < 0:
        raise RuntimeError(f"WordPress set-up script failed ({done.returncode}):\n"
                           f"{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return json.loads(output[start:])


class WordPressServer:
    """MariaDB + WordPress + PHP's built-in server in a temporary folder; ``stop()`` removes it."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="hd-wp-"))  # short: the socket path is limited
        self._processes: list[subprocess.Popen] = []
        self.site: WordPressSite | None = None

    # -- database ----------------------------------------------------------------------------

    def _start_database(self) -> str:
        datadir = self.root / "db"
        datadir.mkdir()
        sock = self.root / "mysql.sock"
        os_user = pwd.getpwuid(os.geteuid()).pw_name
        # As root, mariadbd refuses to start unless told to run as root.
        user = ["--user=root"] if os.geteuid() == 0 else []
        # The database's administrator is the OS user, by socket authentication: no password.
        subprocess.run(
            [_program("mariadb-install-db"), "--no-defaults", f"--datadir={datadir}",
             "--skip-test-db", "--auth-root-authentication-method=socket", f"--user={os_user}"],
            check=True, capture_output=True, timeout=180)
        log = open(self.root / "mariadb.log", "wb")
        self._processes.append(subprocess.Popen(
            [_program("mariadbd"), "--no-defaults", f"--datadir={datadir}", f"--socket={sock}",
             "--skip-networking", f"--pid-file={self.root / 'mariadb.pid'}",
             f"--log-error={self.root / 'mariadb.err'}", "--innodb-buffer-pool-size=32M",
             "--skip-log-bin", *user],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True))
        log.close()
        db_password = secrets.token_urlsafe(12)
        sql = ("CREATE DATABASE wordpress CHARACTER SET utf8mb4;"
               f"CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '{db_password}';"
               "GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';")
        deadline = time.monotonic() + 60
        while True:
            done = subprocess.run(
                [_program("mariadb"), "--no-defaults", f"--socket={sock}", "-u", os_user,
                 "-e", sql], capture_output=True, text=True)
            if done.returncode == 0:
                break
            if self._processes[-1].poll() is not None or time.monotonic() > deadline:
                error_log = (self.root / "mariadb.err")
                detail = error_log.read_text(errors="replace")[-2000:] if error_log.exists() else ""
                raise RuntimeError(f"MariaDB did not start: {done.stderr}\n{detail}")
            time.sleep(0.2)
        self._db_password = db_password
        return f"localhost:{sock}"

    # -- site ---------------------------------------------------------------------------------

    def _make_site(self, url: str, db_host: str) -> Path:
        site = self.root / "site"
        site.mkdir()
        for entry in WORDPRESS_DIR.iterdir():
            if entry.name in ("wp-admin", "wp-includes"):
                (site / entry.name).symlink_to(entry)
            elif entry.suffix == ".php" and entry.name != "wp-config.php":
                shutil.copyfile(entry, site / entry.name)
        content = site / "wp-content"
        content.mkdir()
        # Debian keeps wp-content (plugins, languages) in /var/lib; the uploads go here instead.
        source = DEBIAN_CONTENT_DIR if DEBIAN_CONTENT_DIR.exists() else WORDPRESS_DIR / "wp-content"
        for entry in source.iterdir():
            if entry.name != "uploads":
                (content / entry.name).symlink_to(entry)
        (content / "uploads").mkdir()
        (content / "mu-plugins").mkdir()
        (content / "mu-plugins" / "php-notice.php").write_text(_NOTICE_PLUGIN, encoding="utf-8")
        salts = "\n".join(f"define('{name}', {_php_string(secrets.token_urlsafe(32))});"
                          for name in _SALT_NAMES)
        (site / "wp-config.php").write_text(_CONFIG.format(
            db_password=_php_string(self._db_password), db_host=_php_string(db_host),
            url=_php_string(url), content_dir=_php_string(str(content)),
            content_url=_php_string(url + "/wp-content"), salts=salts), encoding="utf-8")
        return site

    def _serve(self, site: Path, port: int) -> None:
        log = open(self.root / "php-server.log", "wb")
        self._processes.append(subprocess.Popen(
            ["php", "-d", "upload_max_filesize=32M", "-d", "post_max_size=40M",
             "-S", f"127.0.0.1:{port}", "-t", str(site)],
            stdout=log, stderr=subprocess.STDOUT, cwd=site, start_new_session=True,
            env={**os.environ, "PHP_CLI_SERVER_WORKERS": "2"}))
        log.close()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self._processes[-1].poll() is not None:
                raise RuntimeError("PHP's built-in server stopped: "
                                   + (self.root / "php-server.log").read_text(errors="replace"))
            try:
                httpx.get(f"http://127.0.0.1:{port}/?rest_route=/", timeout=5)
                return
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("PHP's built-in server did not answer within 30 seconds")

    def start(self) -> WordPressSite:
        try:
            db_host = self._start_database()
            port = _free_port()
            url = f"http://127.0.0.1:{port}"
            site = self._make_site(url, db_host)
            admin_password = secrets.token_urlsafe(16)
            installed = _run_php(self.root, _INSTALL_SCRIPT.format(
                host=_php_string(f"127.0.0.1:{port}"),
                load=_php_string(str(site / "wp-load.php")),
                user=_php_string("admin"), admin_password=_php_string(admin_password)))
            self._serve(site, port)
        except BaseException:
            self.stop()
            raise
        self.site = WordPressSite(url=url, user="admin", app_password=installed["app_password"],
                                  admin_password=admin_password, root=self.root)
        return self.site

    def stop(self) -> None:
        # Each server was started in its own session (process group): PHP's built-in server
        # forks worker processes, which a signal to the parent alone would leave running.
        for process in reversed(self._processes):
            _signal_group(process, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                _signal_group(process, signal.SIGKILL)
                process.wait(timeout=10)
            _signal_group(process, signal.SIGKILL)  # workers that outlived their parent
        self._processes.clear()
        shutil.rmtree(self.root, ignore_errors=True)

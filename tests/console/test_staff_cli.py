"""`fairguard-relay staff add|list|disable|token` run as the real process (docs/console.md)."""
import hashlib
import os
import pty
import select
import time
import unittest

from console_harness import RELAY, Relay

PASSWORD = "correct horse battery staple"


def on_terminal(args, replies, timeout=60):
    """Runs the relay with a pseudo-terminal as its controlling terminal; types each reply
    when its prompt appears. Returns (exit code, everything the terminal showed)."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(RELAY, [RELAY, *args])
    shown, pending = b"", list(replies)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if select.select([fd], [], [], 0.2)[0]:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
        if pending and pending[0][0].encode() in shown.split(b"\n")[-1]:
            os.write(fd, pending.pop(0)[1].encode() + b"\n")
    else:
        os.kill(pid, 9)
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), shown.decode(errors="replace")


class StaffCli(unittest.TestCase):
    def setUp(self):
        self.relay = Relay("staff")

    def tearDown(self):
        self.relay.stop()

    def test_add_list_disable(self):
        self.relay.add_staff("alice", "admin", PASSWORD)
        self.relay.add_staff("vic", "viewer", PASSWORD)
        listing = self.relay.admin("staff", "list").stdout.splitlines()
        self.assertEqual(listing[0], "user\trole\tstatus\tapi token\tadded")
        self.assertEqual([line.split("\t")[:4] for line in listing[1:]],
                         [["alice", "admin", "active", "no"], ["vic", "viewer", "active", "no"]])
        # Only an Argon2id verifier is stored, never the password.
        [(verifier,)] = self.relay.db_rows("SELECT password_verifier FROM relay_staff WHERE user='alice'")
        self.assertTrue(verifier.startswith("$argon2id$"), verifier)
        self.assertNotIn(PASSWORD, open(f"{self.relay.dir}/relay.db", "rb").read().decode("latin-1"))
        self.assertIn("Disabled staff vic", self.relay.admin("staff", "disable", "--user", "vic").stdout)
        self.assertIn("vic\tviewer\tdisabled", self.relay.admin("staff", "list").stdout)

    def test_refusals_add_nothing(self):
        self.relay.add_staff("alice", "admin", PASSWORD)
        short = os.path.join(self.relay.tmp.name, "short")
        with open(short, "w") as f:
            f.write("too short\n")
        cases = [
            (["--user", "bob", "--role", "viewer", "--password-file", short], "at least 12 characters"),
            (["--user", "bob", "--role", "boss", "--password-file", short], "role must be viewer, reviewer or admin"),
            (["--user", "b o b", "--role", "viewer", "--password-file", short], "user name may hold only"),
            (["--user", "bob", "--role", "viewer"], "no terminal to read the password from: pass --password-file"),
        ]
        for args, message in cases:
            r = self.relay.admin("staff", "add", *args, check=False)
            self.assertEqual(r.returncode, 1, args)
            self.assertIn(message, r.stderr)
        path = os.path.join(self.relay.tmp.name, "pw-alice")
        r = self.relay.admin("staff", "add", "--user", "alice", "--role", "viewer", "--password-file", path,
                             check=False)
        self.assertIn("staff user alice already exists", r.stderr)
        self.assertEqual(self.relay.db_rows("SELECT user, role FROM relay_staff"), [("alice", "admin")])
        for command in ["disable", "token"]:
            r = self.relay.admin("staff", command, "--user", "nobody", check=False)
            self.assertEqual((r.returncode, r.stderr.strip()), (1, "fairguard-relay: error: no staff user nobody"))

    def test_password_asked_twice_on_a_terminal(self):
        base = ["staff", "add", "--data", self.relay.dir, "--user", "tina", "--role", "reviewer"]
        code, shown = on_terminal(base, [("Password for tina: ", PASSWORD), ("Repeat the password: ", "different one!")])
        self.assertEqual(code, 1, shown)
        self.assertIn("the two passwords differ; nothing was saved", shown)
        self.assertNotIn(PASSWORD, shown)  # echo off
        code, shown = on_terminal(base, [("Password for tina: ", PASSWORD), ("Repeat the password: ", PASSWORD)])
        self.assertEqual(code, 0, shown)
        self.assertIn("Added staff tina (reviewer)", shown)
        self.assertEqual(self.relay.db_rows("SELECT user, role FROM relay_staff"), [("tina", "reviewer")])

    def test_token_is_shown_once_and_stored_as_its_hash(self):
        self.relay.add_staff("alice", "admin", PASSWORD)
        first = self.relay.admin("staff", "token", "--user", "alice")
        token = first.stdout.strip()
        self.assertRegex(token, r"^fgs_[0-9a-f]{64}$")
        self.assertIn("shown once", first.stderr)
        self.assertEqual(self.relay.db_rows("SELECT token_hash FROM relay_staff_tokens"),
                         [(hashlib.sha256(token.encode()).hexdigest(),)])
        second = self.relay.admin("staff", "token", "--user", "alice").stdout.strip()
        self.assertNotEqual(second, token)  # a new one replaces the old
        self.assertEqual(self.relay.db_rows("SELECT token_hash FROM relay_staff_tokens"),
                         [(hashlib.sha256(second.encode()).hexdigest(),)])
        self.assertIn("alice\tadmin\tactive\tyes", self.relay.admin("staff", "list").stdout)
        self.relay.admin("staff", "disable", "--user", "alice")
        r = self.relay.admin("staff", "token", "--user", "alice", check=False)
        self.assertIn("staff user alice is disabled", r.stderr)


if __name__ == "__main__":
    unittest.main()

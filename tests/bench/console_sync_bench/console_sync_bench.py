"""console_sync_bench: does a busy console slow the stations' sync? (issue 14, docs/console.md)

The real fairguard-relay with its console on 127.0.0.1 and a fair already synced; one new
station (the real fairguard-sim) pushes its complaints, timed with the console idle and while
20 API clients browse, alternately, several rounds. Throughput ratio = idle time / busy time
(the goal is at least 0.9). Each client is what one bureau browser does: a kept-alive TLS
connection, a mix of the API's reads (fair, case list pages, text search, a case, stations),
and a pause between requests (--think, 1 s: a person reading). --think 0 gives clients that
never pause, a load far beyond 20 people. Everything shares this machine's cores, so the
figure includes the clients' own CPU (Python, TLS) competing with the relay.

    console_sync_bench [--clients 20] [--think 1.0] [--rounds 3] [--complaints 30] [--smoke]
"""
import argparse
import http.client
import json
import os
import ssl
import statistics
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "console"))
from console_harness import Relay, run  # noqa: E402

PASSWORD = "correct horse battery staple"


class Browser(threading.Thread):
    """One API client on a kept-alive connection, cycling through the API's reads."""

    def __init__(self, relay, token, numbers, think, stop):
        super().__init__(daemon=True)
        self.relay, self.think, self.stop = relay, think, stop
        self.headers = {"Authorization": "Bearer " + token}
        self.paths = ["/api/v1/fair", "/api/v1/cases", "/api/v1/cases?page=2&sort=received&dir=desc",
                      "/api/v1/cases?q=Co", "/api/v1/stations"] + [f"/api/v1/cases/{n}" for n in numbers[:5]]
        self.ok = self.failed = 0
        self.ctx = ssl.create_default_context(cafile=relay.cert)
        self.ctx.check_hostname = False

    def run(self):
        conn, i = None, 0
        while not self.stop.is_set():
            try:
                if conn is None:
                    conn = http.client.HTTPSConnection("127.0.0.1", self.relay.console_port, context=self.ctx,
                                                       timeout=30)
                conn.request("GET", self.paths[i % len(self.paths)], headers=self.headers)
                r = conn.getresponse()
                r.read()
                if r.status == 200:
                    self.ok += 1
                else:
                    self.failed += 1
                if r.getheader("Connection", "").lower() == "close":
                    conn.close()
                    conn = None
            except (OSError, http.client.HTTPException):
                self.failed += 1
                if conn:
                    conn.close()
                conn = None
            i += 1
            if self.think:
                self.stop.wait(self.think)
        if conn:
            conn.close()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--clients", type=int, default=20)
    p.add_argument("--think", type=float, default=1.0)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--complaints", type=int, default=30, help="complaints the timed station pushes")
    p.add_argument("--fair", type=int, default=200, help="complaints synced before (the cases the clients read)")
    p.add_argument("--smoke", action="store_true", help="a short run for ctest: it works, no figure")
    a = p.parse_args()
    if a.smoke:
        a.clients, a.rounds, a.complaints, a.fair = 3, 1, 2, 4
    relay = Relay("sync-bench")
    try:
        relay.add_staff("alice", "reviewer", PASSWORD)
        relay.start()
        run(relay.sim_args("fair", a.fair // 4, stations=4), timeout=3600)
        token = relay.admin("staff", "token", "--user", "alice").stdout.strip()
        c = relay.client()
        c.sign_in("alice", PASSWORD)
        numbers = [k["number"] for k in json.loads(c.get("/api/v1/cases").body)["cases"]]
        events_per_push = 12 * a.complaints

        def push(name):
            t = time.perf_counter()
            run(relay.sim_args(name, a.complaints), timeout=1800)
            return time.perf_counter() - t

        push("warm-up")  # the first push also pays for cold caches
        idle, busy, served, failed = [], [], 0, 0
        for r in range(a.rounds):
            idle.append(push(f"idle-{r}"))
            stop = threading.Event()
            clients = [Browser(relay, token, numbers, a.think, stop) for _ in range(a.clients)]
            for b in clients:
                b.start()
            time.sleep(0.5 if a.smoke else 2)  # every client connected and reading
            busy.append(push(f"busy-{r}"))
            stop.set()
            for b in clients:
                b.join(timeout=60)
            served += sum(b.ok for b in clients)
            failed += sum(b.failed for b in clients)
        if served == 0 or failed:
            raise SystemExit(f"console_sync_bench: the clients got {served} answers and {failed} failures")
        idle_s, busy_s = statistics.median(idle), statistics.median(busy)
        ratio = idle_s / busy_s
        print(f"fair of {a.fair} complaints synced before; one station pushing {a.complaints} complaints "
              f"({events_per_push} events), median of {a.rounds} rounds")
        print(f"  console idle: {idle_s:.2f} s ({events_per_push / idle_s:.0f} events/s); rounds "
              + ", ".join(f"{x:.2f}" for x in idle))
        print(f"  {a.clients} API clients browsing (think {a.think:g} s, {served} requests answered, 0 failed): "
              f"{busy_s:.2f} s ({events_per_push / busy_s:.0f} events/s); rounds " + ", ".join(f"{x:.2f}" for x in busy))
        print(f"  sync throughput busy / idle: {ratio:.2f} (goal >= 0.9)" + ("" if not a.smoke else " [smoke]"))
    finally:
        relay.stop()


if __name__ == "__main__":
    main()

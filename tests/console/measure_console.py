"""Figures for docs/console.md (not a ctest test): page and API times over a synced fair, and
sync time with the console idle against the same sync while API clients browse.

    FAIRGUARD_RELAY_EXE=build/sync-server/fairguard-relay FAIRGUARD_SIM_EXE=build/sync-server/sim/fairguard-sim \\
        python3 tests/console/measure_console.py [--stations 10] [--complaints 100] [--clients 4]
"""
import argparse
import statistics
import subprocess
import threading
import time

from console_harness import Relay, run

PASSWORD = "correct horse battery staple"


def timed(f, n):
    times = []
    for _ in range(n):
        t = time.perf_counter()
        f()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--stations", type=int, default=10)
    p.add_argument("--complaints", type=int, default=100)
    p.add_argument("--clients", type=int, default=4)
    a = p.parse_args()
    relay = Relay("measure")
    try:
        relay.add_staff("alice", "admin", PASSWORD)
        relay.start()
        t = time.perf_counter()
        run(relay.sim_args("fair", a.complaints, stations=a.stations), timeout=3600)
        print(f"synced {a.stations} x {a.complaints} complaints in {time.perf_counter() - t:.1f} s")
        c = relay.client()
        print(f"sign-in (Argon2id interactive): {timed(lambda: relay.client().sign_in('alice', PASSWORD), 5):.0f} ms")
        c.sign_in("alice", PASSWORD)
        t = time.perf_counter()
        c.get("/cases")
        print(f"first case list (fold of every event): {(time.perf_counter() - t) * 1000:.0f} ms")
        run(relay.sim_args("one-more", 1), timeout=600)
        t = time.perf_counter()
        c.get("/cases")
        print(f"case list after one more station synced 1 complaint (folds only what it added): "
              f"{(time.perf_counter() - t) * 1000:.0f} ms")
        for path in ["/", "/cases", "/cases?page=10", "/cases?q=Complainant+Co.+12", "/api/v1/cases?status=closed",
                     "/api/v1/fair"]:
            print(f"GET {path}: {timed(lambda: c.get(path), 10):.1f} ms median")
        token = relay.admin("staff", "token", "--user", "alice").stdout.strip()

        def sync_seconds(name):
            t = time.perf_counter()
            run(relay.sim_args(name, 30), timeout=600)
            return time.perf_counter() - t

        idle = sync_seconds("idle")
        stop = threading.Event()
        served = [0]

        def browse():
            b = relay.client()
            while not stop.is_set():
                b.get("/api/v1/cases?q=Co", headers={"Authorization": "Bearer " + token})
                served[0] += 1

        threads = [threading.Thread(target=browse) for _ in range(a.clients)]
        for th in threads:
            th.start()
        busy = sync_seconds("busy")
        stop.set()
        for th in threads:
            th.join()
        print(f"one station pushing 30 complaints: {idle:.2f} s with the console idle, {busy:.2f} s while "
              f"{a.clients} API clients browse ({served[0]} requests served); ratio {idle / busy:.2f}")
    finally:
        relay.stop()


if __name__ == "__main__":
    main()

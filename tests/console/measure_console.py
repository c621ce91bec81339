"""Figures for docs/console.md (not a ctest test): page and API times over a synced fair. Sync
while the console is busy is measured by tests/bench/console_sync_bench.

    FAIRGUARD_RELAY_EXE=build/sync-server/fairguard-relay FAIRGUARD_SIM_EXE=build/sync-server/sim/fairguard-sim \\
        python3 tests/console/measure_console.py [--stations 10] [--complaints 100]
"""
import argparse
import statistics
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
    finally:
        relay.stop()


if __name__ == "__main__":
    main()

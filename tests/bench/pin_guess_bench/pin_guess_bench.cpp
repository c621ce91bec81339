// What one offline PIN guess costs a thief who holds a station's files: the signed roster
// publishes each officer's box salt, Argon2id cost and public key, so each guess is one
// OfficerBoxKey::derive at the roster's cost (PasswordCost::Interactive). Prints guesses per
// second on one core and the core-years to try every PIN of 4, 6, 8 and 12 digits and every
// 8-character passphrase of lowercase letters and digits (on average a thief needs half).
// Baseline in the same run: libsodium's minimum Argon2id cost, which the roster never uses.
// Runs 10 guesses (--smoke: 2); figures depend on the machine and are printed, not asserted.
#include <time.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "crypto/officer_box.h"

using namespace fg;
using Clock = std::chrono::steady_clock;

namespace {

double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

struct PerGuess {
  double cpu = 0;   // CPU seconds of this thread: what a core-year counts, whatever the load
  double wall = 0;  // seconds on the clock: higher when other work shares the cores
};

// Derives the key for `guesses` wrong PINs against one published box.
PerGuess per_guess(PasswordCost cost, int guesses) {
  const OfficerBoxPublic published = make_officer_box("2468135790", cost);
  int matched = 0;
  const auto t0 = Clock::now();
  const double c0 = cpu_seconds();
  for (int i = 0; i < guesses; ++i)
    matched += OfficerBoxKey::derive(std::to_string(10000000 + i), published).matches(published) ? 1 : 0;
  const PerGuess out{(cpu_seconds() - c0) / guesses,
                     std::chrono::duration<double>(Clock::now() - t0).count() / guesses};
  if (matched != 0) std::printf("unexpected: a wrong PIN derived the published key\n");
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  const bool smoke = argc > 1 && std::strcmp(argv[1], "--smoke") == 0;
  const int guesses = smoke ? 2 : 10;
  const KdfCost roster = kdf_cost(PasswordCost::Interactive);
  const PerGuess roster_guess = per_guess(PasswordCost::Interactive, guesses);
  const PerGuess min_guess = per_guess(PasswordCost::Test, guesses * 10);
  const double cost = roster_guess.cpu;
  std::printf(
      "Argon2id at the roster's cost (ops %llu, memory %llu MiB): %.3f CPU s per guess (%.3f s on the clock), "
      "%.2f guesses/s per core\n",
      static_cast<unsigned long long>(roster.ops), static_cast<unsigned long long>(roster.mem >> 20), cost,
      roster_guess.wall, 1.0 / cost);
  std::printf("  vs libsodium's minimum cost: %.0fx the CPU per guess\n", cost / min_guess.cpu);
  constexpr double kSecondsPerYear = 365.25 * 24 * 3600;
  struct Space {
    const char* what;
    double size;
  };
  const Space spaces[] = {{"4-digit PIN", 1e4},
                          {"6-digit PIN", 1e6},
                          {"8-digit PIN (the relay's default minimum)", 1e8},
                          {"12-digit PIN", 1e12},
                          {"8-character passphrase, a-z and 0-9", std::pow(36.0, 8)}};
  std::printf("%-44s %16s %16s\n", "secret", "core-years, all", "core-years, avg");
  for (const Space& s : spaces) {
    const double years = s.size * cost / kSecondsPerYear;
    std::printf("%-44s %16.3g %16.3g\n", s.what, years, years / 2);
  }
  return 0;
}

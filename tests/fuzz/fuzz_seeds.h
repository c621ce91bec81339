#pragma once
// Each fuzz target's built-in seeds (one <target>_seeds.cpp per target): valid inputs of
// every kind the parser reads, so that the replay under ctest and a fuzzing run both start
// from the real formats. `<target>_replay --write-seeds DIR` writes them as files.
#include <cstdint>
#include <string>
#include <vector>

std::vector<std::string> fuzz_seeds();

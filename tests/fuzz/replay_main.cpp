// Runs a fuzz target's inputs without libFuzzer (normal gcc build, ctest): its built-in seeds
// (fuzz_seeds.h), then every file of the corpus folders given as arguments (tests/fuzz/corpus/
// <target>/: kept coverage and every crasher ever found). `--write-seeds DIR` writes the seeds
// for a fuzzing run.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <vector>

#include "fuzz_seeds.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {
void run(const std::string& input) {
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
}
}  // namespace

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  if (argc == 3 && std::string(argv[1]) == "--write-seeds") {
    fs::create_directories(argv[2]);
    int n = 0;
    for (const auto& s : fuzz_seeds())
      std::ofstream(fs::path(argv[2]) / ("seed-" + std::to_string(n++)), std::ios::binary) << s;
    std::cout << "wrote " << n << " seeds to " << argv[2] << "\n";
    return 0;
  }
  std::size_t count = 0;
  for (const auto& s : fuzz_seeds()) {
    run(s);
    ++count;
  }
  for (int i = 1; i < argc; ++i) {
    if (!fs::is_directory(argv[i])) {
      std::cerr << argv[i] << " is not a corpus folder\n";
      return 2;
    }
    for (const auto& e : fs::recursive_directory_iterator(argv[i]))
      if (e.is_regular_file()) {
        std::ifstream in(e.path(), std::ios::binary);
        run(std::string(std::istreambuf_iterator<char>(in), {}));
        ++count;
      }
  }
  std::cout << "replayed " << count << " inputs: no crash\n";
  return 0;
}

#pragma once
// A USB/Bluetooth barcode scanner in keyboard mode "types" the code as a burst of key presses
// a few ms apart, then Enter. Humans type with gaps of 80 ms and more. WedgeDetector tells the
// two apart from key times alone (pure logic, no Qt), so every text field can accept a scan.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fg {

class WedgeDetector {
 public:
  struct Config {
    int max_gap_ms = 30;  // longest pause between two keys of one scan (Enter included)
    int min_length = 4;   // shortest code accepted, in characters
  };

  WedgeDetector() = default;
  explicit WedgeDetector(Config config) : config_(config) {}

  // A key that produced text (UTF-8, usually one character). time_ms: any monotonic clock.
  void text_key(std::string_view text, int64_t time_ms);
  // Enter/Return: returns the scanned code when it closes a fast enough, long enough burst.
  [[nodiscard]] std::optional<std::string> enter_key(int64_t time_ms);
  // Forget the burst (focus change, Escape, ...).
  void reset();

  const Config& config() const { return config_; }
  void set_config(Config config) { config_ = config; }

 private:
  bool too_slow(int64_t time_ms) const;

  Config config_;
  std::string burst_;  // characters typed so far in the current fast run
  int length_ = 0;     // burst_ in characters (UTF-8 code points)
  int64_t last_ms_ = 0;
};

}  // namespace fg

#include "admin/pin_input.h"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <stdexcept>

#include "data/relay_settings.h"

namespace fg::relay {

std::optional<std::string> check_pin(std::string_view pin, int min_length) {
  if (!std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return "PIN may hold digits only";
  const auto size = static_cast<int>(pin.size());
  if (size < min_length)
    return "PIN must be at least " + std::to_string(min_length) + " digits for this fair, got " + std::to_string(size) +
           ": a shorter PIN can be guessed offline from a stolen tablet (docs/station.md, \"PIN length\")";
  if (size > kMaxPinLength)
    return "PIN must be at most " + std::to_string(kMaxPinLength) + " digits, got " + std::to_string(size);
  return std::nullopt;
}

std::string read_pin_file(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error("cannot read PIN file " + file.string());
  std::string pin;
  std::getline(in, pin);
  while (!pin.empty() && (pin.back() == '\r' || pin.back() == '\n')) pin.pop_back();
  return pin;
}

namespace {

// Reads one line from the terminal fd with echo off; restores the terminal whatever happens.
std::string read_hidden(int fd, const std::string& prompt) {
  termios old{};
  if (::tcgetattr(fd, &old) != 0) throw std::runtime_error("cannot read the terminal settings");
  termios quiet = old;
  quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
  quiet.c_lflag |= ICANON;
  // Echo off before the prompt appears, so nothing typed after it can be shown (or lost).
  if (::tcsetattr(fd, TCSAFLUSH, &quiet) != 0) throw std::runtime_error("cannot turn terminal echo off");
  (void)!::write(fd, prompt.data(), prompt.size());
  std::string line;
  char c;
  while (::read(fd, &c, 1) == 1 && c != '\n') line.push_back(c);
  ::tcsetattr(fd, TCSANOW, &old);
  (void)!::write(fd, "\n", 1);
  return line;
}

}  // namespace

std::string read_secret_from_terminal(const SecretPrompt& p) {
  struct Tty {
    int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    ~Tty() {
      if (fd >= 0) ::close(fd);
    }
  } tty;
  if (tty.fd < 0)
    throw std::runtime_error("no terminal to read the " + p.name + " from: pass " + p.file_option + " FILE");
  std::string first = read_hidden(tty.fd, p.prompt);
  if (p.check)
    if (auto bad = p.check(first)) throw std::runtime_error(*bad);
  if (read_hidden(tty.fd, "Repeat the " + p.name + ": ") != first)
    throw std::runtime_error("the two " + p.name + "s differ; nothing was saved");
  return first;
}

std::string read_pin_from_terminal(const std::string& prompt, int min_length) {
  return read_secret_from_terminal(
      {prompt, "PIN", "--pin-file", [min_length](std::string_view pin) { return check_pin(pin, min_length); }});
}

}  // namespace fg::relay

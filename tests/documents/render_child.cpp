// Renders the test case's documents in a process of its own and writes them as
// DIR/acceptance.pdf, DIR/notice.pdf, DIR/decision.pdf: the test compares them byte for byte
// with what it rendered itself.
#include <fstream>
#include <iostream>

#include "document_case.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: render_child DIR\n";
    return 2;
  }
  fg::test::DocumentCase c;
  for (const auto& d : fg::test::all_documents(c)) {
    std::ofstream out(std::string(argv[1]) + "/" + std::string(fg::document_kind_name(d.kind)) + ".pdf",
                      std::ios::binary);
    out << d.pdf;
    if (!out) return 1;
  }
  return 0;
}

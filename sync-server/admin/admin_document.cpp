// `fairguard-relay document`: a case's paper made again from the relay's events, byte for byte
// what the station made from the same events (docs/documents.md), checked against the PDF the
// issuing event cites.
#include <fstream>
#include <stdexcept>

#include "admin/admin_commands.h"
#include "admin/case_paper.h"
#include "crypto/sha256.h"
#include "data/relay_data.h"

namespace fg::relay {

DocumentResult admin_document(const std::filesystem::path& data, const std::string& case_number,
                              const std::string& kind_name, const std::filesystem::path& file, std::ostream& out) {
  const auto kind = document_kind_from_name(kind_name);
  if (!kind)
    throw std::invalid_argument("document kind '" + kind_name +
                                "' is not one of notice, acceptance, rejection, decision");
  RelayData relay(data);
  const CasePaper paper = render_case_paper(relay, case_number, *kind);
  const std::string& pdf = paper.pdf;
  const std::filesystem::path partial = file.string() + ".partial";
  {
    std::ofstream f(partial, std::ios::binary | std::ios::trunc);
    f << pdf;
    f.close();
    if (!f) {
      std::filesystem::remove(partial);
      throw std::runtime_error("cannot write " + file.string());
    }
  }
  std::filesystem::rename(partial, file);

  DocumentResult r;
  r.sha256 = to_hex(sha256(as_bytes(pdf)));
  r.cited = paper.cited;
  out << "Wrote " << file.string() << " (" << pdf.size() << " bytes, sha256 " << r.sha256 << "): the " << kind_name
      << " of " << case_number << " issued by " << paper.issuing_type << " " << paper.issued_by << "\n";
  if (r.cited.empty())
    out << "The event cites no PDF: nothing to compare with.\n";
  else if (r.cited == r.sha256)
    out << "Same bytes as the PDF the event cites.\n";
  else
    out << "DIFFERS from the PDF the event cites (" << r.cited
        << "): the station rendered it from other events or another configuration.\n";
  return r;
}

}  // namespace fg::relay

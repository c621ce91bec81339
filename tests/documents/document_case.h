#pragma once
// One complaint, fully deterministic (fixed keys, fixed times), taken through the steps that
// issue documents. Each step renders its paper the way a station does, before it signs: the
// case folded from the events so far plus the body of the event about to be made; the event
// then cites the PDF's hash. Shared by the tests and the child process that renders the same
// case again in another process.
#include <string>
#include <vector>

#include "cases/case_fold.h"
#include "documents/document_pdf.h"
#include "fairconfig/fair_config.h"
#include "station_fixture.h"

namespace fg::test {

struct IssuedDocument {
  DocumentKind kind{};
  std::string pdf;            // bytes as the station rendered them
  std::string last_hash;      // the case's last event before the document
  SignedEvent issuing;        // the event that issued it, citing the PDF
  std::int64_t deadline = 0;  // as printed (ms UTC), 0 for none
};

class DocumentCase {
 public:
  static constexpr const char* kNumber = "CF138-S01-0007";
  DocumentCase();

  const FairConfig& config() const { return config_; }
  // Renders with another configuration from now on (a relay's, to compare its bytes).
  void use_config(FairConfig config) { config_ = std::move(config); }
  std::string device() const { return station_.device(); }
  const std::vector<SignedEvent>& events() const { return station_.log(); }

  // Each adds the events up to and including the issuing one.
  IssuedDocument accept();  // intake, filing, acceptance slip
  IssuedDocument reject();  // intake, filing, rejection slip (instead of accept)
  IssuedDocument serve();   // notice of complaint, after accept()
  IssuedDocument decide();  // a defence, then the decision notice, after serve()

 private:
  void intake();
  IssuedDocument issue(DocumentKind kind, Json body, const char* cite_as);
  TestStation station_{21, "GZ001"};
  FairConfig config_;
};

// A case with every document issued in order: acceptance, notice, decision (kinds in that order).
std::vector<IssuedDocument> all_documents(DocumentCase& c);

}  // namespace fg::test

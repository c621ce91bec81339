#pragma once
// Who may reach a case from the pages. The rule: while the exhibitor self-service kiosk is on
// (kiosk_desk.h), no case is reachable at all (complainants hold the tablet); otherwise every
// case of the fair is. Every controller that opens a case by its number asks here, never the
// case index directly.
#include <functional>
#include <string>

namespace fg {

class CaseIndex;
struct Case;

class CaseAccessPolicy {
 public:
  // `kioskOn` answers whether the self-service kiosk is on now.
  CaseAccessPolicy(const CaseIndex& index, std::function<bool()> kioskOn)
      : index_(index), kiosk_on_(std::move(kioskOn)) {}

  // The case, or nullptr when there is none or it may not be shown now.
  const Case* find(const std::string& number) const;
  bool casesHidden() const { return kiosk_on_ && kiosk_on_(); }

 private:
  const CaseIndex& index_;
  std::function<bool()> kiosk_on_;
};

}  // namespace fg

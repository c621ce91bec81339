#pragma once
// What each staff role may do in the console (docs/console.md, "Roles"). Every role reads the
// fair, the case list and each case's facts; opening evidence, papers and bundles (handing
// evidence on) and marking a case reviewed need reviewer or admin; the access log and
// the administration pages (stations, officers, booths, staff) are the admins'.
#include "console/staff_store.h"

namespace fg::relay::console {

enum class Permission {
  Read,           // overview, case list, case page, API
  OpenEvidence,   // evidence files, papers, bundle downloads
  ReadAccessLog,  // the chain-of-custody record
  Review,         // mark a case reviewed or needing follow-up
  Administer,     // stations (enrol, revoke), officers, booths, staff
};

constexpr bool may(StaffRole role, Permission p) {
  switch (p) {
    case Permission::Read:
      return true;
    case Permission::OpenEvidence:
    case Permission::Review:
      return role == StaffRole::Reviewer || role == StaffRole::Admin;
    case Permission::ReadAccessLog:
    case Permission::Administer:
      return role == StaffRole::Admin;
  }
  return false;
}

}  // namespace fg::relay::console

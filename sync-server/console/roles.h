#pragma once
// What each staff role may do in the console (docs/console.md, "Roles"). Every role reads the
// fair, the case list and each case's facts; opening evidence, papers and bundles (handing
// evidence on) needs reviewer or admin; the access log is the admins'.
#include "console/staff_store.h"

namespace fg::relay::console {

enum class Permission {
  Read,           // overview, case list, case page, API
  OpenEvidence,   // evidence files, papers, bundle downloads
  ReadAccessLog,  // the chain-of-custody record
};

constexpr bool may(StaffRole role, Permission p) {
  switch (p) {
    case Permission::Read:
      return true;
    case Permission::OpenEvidence:
      return role == StaffRole::Reviewer || role == StaffRole::Admin;
    case Permission::ReadAccessLog:
      return role == StaffRole::Admin;
  }
  return false;
}

}  // namespace fg::relay::console

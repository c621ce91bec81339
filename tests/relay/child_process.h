#pragma once
// Moved to tests/support/child_process.h; this forwarder lets tests written against the old
// place build until they include "support/child_process.h" (then remove it).
#include "support/child_process.h"

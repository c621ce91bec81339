#pragma once
// Every public decoder of the sync protocol on one frame (fuzz targets): a malformed frame
// must end as a ProtocolError or a refusal, never a crash, a hang or another exception.
#include "sync/frame.h"

namespace fg::fuzz {
void parse_every_message(const fg::sync::Frame& f);
}

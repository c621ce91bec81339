#pragma once
// The public decoders of the sync protocol on one frame (fuzz targets): a malformed frame
// must end as a ProtocolError or a refusal, never a crash, a hang or another exception.
#include "sync/frame.h"

namespace fg::fuzz {
// Every decoder, whatever the frame's type: each must also refuse the types it does not read.
void parse_every_message(const fg::sync::Frame& f);
// Only the decoders that read the frame's type, as the relay and the station dispatch. Every
// other decoder refuses the frame at its first line by throwing, and under ASan each throw
// costs a system call: fuzz_frame ran several times faster this way (docs/fuzzing.md).
void parse_as_its_type(const fg::sync::Frame& f);
}  // namespace fg::fuzz

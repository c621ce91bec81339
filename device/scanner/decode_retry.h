#pragma once
// The second look, only when the straight pass found nothing. First the crop around the code
// (busy_region), when the frame has one: turned upright by the code's own angle (linear codes
// and PDF417 at any tilt), then sharpened and enlarged (soft codes); these cost a fraction of
// a frame copy. Then the whole frame: a sharpened copy and the centre
// enlarged (soft focus, small codes), and copies turned by 30, 45 and 15 degrees either way
// (linear codes and PDF417 tilted past what ZXing's row scan reads: it reads about +-20
// degrees around 0 and, with try_rotate, around 90, so no angle is left more than 7.5 degrees
// from a copy that reads; QR and DataMatrix read at any angle and are not looked for in the
// turned copies). No new try starts once options.retry_budget_ms is spent. Every try keeps the
// caller's minLineCount (3): no copy accepts a code on fewer agreeing rows than the straight
// pass would.

#include "luma_transforms.h"
#include "scan_result.h"

namespace fg {

// Corners of a result are mapped back into the source's coordinates.
ScanResults decode_retry(const LumaView& source, const ScanOptions& options);

}  // namespace fg

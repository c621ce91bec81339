#pragma once
#include <vector>

#include "sync/frame.h"

namespace fg::fuzz {
std::vector<fg::sync::Frame> sample_frames();
}

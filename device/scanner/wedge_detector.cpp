#include "wedge_detector.h"

namespace fg {
namespace {

int code_points(std::string_view utf8)
{
    int n = 0;
    for (unsigned char c : utf8)
        if ((c & 0xC0) != 0x80)  // not a continuation byte
            ++n;
    return n;
}

} // namespace

bool WedgeDetector::too_slow(int64_t time_ms) const
{
    return time_ms - m_last_ms > m_config.max_gap_ms || time_ms < m_last_ms;
}

void WedgeDetector::text_key(std::string_view text, int64_t time_ms)
{
    if (text.empty())
        return;
    // A slow key starts a new run: whatever came before was typed by a person.
    if (m_length > 0 && too_slow(time_ms))
        reset();
    m_burst.append(text);
    m_length += code_points(text);
    m_last_ms = time_ms;
}

std::optional<std::string> WedgeDetector::enter_key(int64_t time_ms)
{
    std::optional<std::string> scan;
    if (m_length >= m_config.min_length && !too_slow(time_ms))
        scan = m_burst;
    reset();
    return scan;
}

void WedgeDetector::reset()
{
    m_burst.clear();
    m_length = 0;
    m_last_ms = 0;
}

} // namespace fg

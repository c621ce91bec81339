#pragma once
// The case as a legal file, for the case page: beside the recorded sections (case_details.h),
// what the fold keeps as lists (intake documents, defences, receipts) and what only the
// events carry (who served the notice and to whom, the decision with its reasons, who decided,
// withdrew, transferred or closed), each with its officer (name and id) and time.
#include <QVariantMap>

namespace fg {

class EventStore;
struct Case;
struct FairConfig;

// Keys: documents, notice, receipts, defences, decision, endings (docs/station.md, "Case page").
QVariantMap case_record(const Case& c, EventStore& store, const FairConfig& config);

}  // namespace fg

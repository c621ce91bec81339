#include "sync/sync_report.h"

namespace fg::sync {

Json SyncReport::to_json() const {
  Json j{{"events_sent", events_sent},
         {"events_acked", events_acked},
         {"events_refused", events_refused},
         {"relay_head", relay_head},
         {"blobs_sent", blobs_sent},
         {"blob_bytes_sent", blob_bytes_sent},
         {"blob_bytes_to_send", blob_bytes_to_send},
         {"events_received", events_received},
         {"events_imported", events_imported},
         {"blobs_received", blobs_received},
         {"blob_bytes_received", blob_bytes_received},
         {"config_version", config_version},
         {"config_bytes", config_bytes},
         {"config_fetch_ms", config_fetch_ms},
         {"receipts_stored", receipts_stored},
         {"cosignatures_kept", cosignatures_kept},
         {"accepted_head_sent", accepted_head_sent},
         {"accepted_head_refused", accepted_head_refused},
         {"receipts_pending", receipts_pending},
         {"receipts_total", receipts_total},
         {"tree_size", tree_size},
         {"tree_check", tree_check},
         {"log_alert", log_alert},
         {"problems", problems}};
  if (!log_retired.empty()) {
    j["log_retired"] = log_retired;
    j["alerts_cleared"] = alerts_cleared;
  }
  if (clock_offset_ms) {
    j["clock_offset_ms"] = *clock_offset_ms;
    j["clock_round_trip_ms"] = clock_round_trip_ms;
  }
  return j;
}

}  // namespace fg::sync

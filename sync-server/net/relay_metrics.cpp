#include "net/relay_metrics.h"

#include <cstdio>

namespace fg::relay {

void RelayMetrics::observe_sync(std::chrono::duration<double> took, bool ok) {
  ++(ok ? syncs_ok : syncs_failed);
  sync_seconds.observe(took);
}

std::string event_refusal_label(const std::string& status) {
  std::string label = status.substr(0, status.find(':'));
  for (char& c : label)
    if (c == ' ') c = '_';
  return label;
}

namespace {

std::string number(double v) {
  char text[64];
  std::snprintf(text, sizeof text, "%.15g", v);
  return text;
}

// Label values come from the relay's own fixed codes; escaped anyway as the format says.
std::string label_value(const std::string& v) {
  std::string out;
  for (const char c : v) {
    if (c == '\\' || c == '"') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

class Page {
 public:
  void family(const char* name, const char* type, const char* help) {
    text_ += std::string("# HELP ") + name + " " + help + "\n# TYPE " + name + " " + type + "\n";
  }
  void sample(const std::string& name, double value, const std::string& labels = {}) {
    text_ += name + (labels.empty() ? "" : "{" + labels + "}") + " " + number(value) + "\n";
  }
  void one(const char* name, const char* type, const char* help, double value) {
    family(name, type, help);
    sample(name, value);
  }
  void by(const char* name, const char* help, const char* label, const std::map<std::string, std::uint64_t>& values) {
    family(name, "counter", help);
    for (const auto& [k, v] : values)
      sample(name, static_cast<double>(v), std::string(label) + "=\"" + label_value(k) + "\"");
  }
  template <std::size_t N>
  void histogram(const std::string& name, const char* help, const SecondsHistogram<N>& h) {
    family(name.c_str(), "histogram", help);
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < N; ++i) {
      cumulative += h.buckets[i];
      sample(name + "_bucket", static_cast<double>(cumulative), "le=\"" + number(h.upper_bounds[i]) + "\"");
    }
    sample(name + "_bucket", static_cast<double>(h.count), "le=\"+Inf\"");
    sample(name + "_sum", h.sum);
    sample(name + "_count", static_cast<double>(h.count));
  }
  std::string take() { return std::move(text_); }

 private:
  std::string text_;
};

}  // namespace

std::string render_prometheus(const RelayMetrics& m, const RelayGauges& g) {
  Page p;
  const auto d = [](auto v) { return static_cast<double>(v); };
  p.one("fairguard_relay_start_time_seconds", "gauge", "Unix time serve started.", g.start_time_seconds);
  p.one("fairguard_relay_connections_open", "gauge", "Sync connections open now.", d(g.connections_open));
  p.one("fairguard_relay_sessions_open", "gauge", "Authenticated station sessions open now.", d(g.sessions_open));
  p.one("fairguard_relay_connections_accepted_total", "counter", "Sync connections accepted.",
        d(m.connections_accepted));
  p.one("fairguard_relay_connections_refused_total", "counter",
        "Connections closed at once: --max-connections reached, every open one authenticated.",
        d(m.connections_refused));
  p.one("fairguard_relay_connections_shed_total", "counter",
        "Unauthenticated connections closed to make room for a newcomer.", d(m.connections_shed));
  p.family("fairguard_relay_syncs_total", "counter", "Authenticated sessions ended, by outcome.");
  p.sample("fairguard_relay_syncs_total", d(m.syncs_ok), "outcome=\"ok\"");
  p.sample("fairguard_relay_syncs_total", d(m.syncs_failed), "outcome=\"failed\"");
  p.by("fairguard_relay_refusals_total", "Sessions ended by a refusal, by error code.", "reason", m.refusals);
  p.one("fairguard_relay_events_received_total", "counter", "Events stations pushed (before checks).",
        d(m.events_received));
  p.one("fairguard_relay_events_stored_total", "counter", "New events stored.", d(m.events_stored));
  p.by("fairguard_relay_events_refused_total", "Pushed events refused, by reason.", "reason", m.events_refused);
  p.one("fairguard_relay_blob_received_bytes_total", "counter", "Blob bytes stations uploaded.",
        d(m.blob_bytes_received));
  p.one("fairguard_relay_blob_sent_bytes_total", "counter", "Blob bytes sent to stations.", d(m.blob_bytes_sent));
  p.histogram("fairguard_relay_sync_duration_seconds", "Length of authenticated sessions.", m.sync_seconds);
  p.histogram("fairguard_relay_batch_commit_duration_seconds",
              "Import of one pushed batch: checks, the durable commit of events and log leaves, proofs.",
              m.batch_commit_seconds);
  p.one("fairguard_relay_events", "gauge", "Events held in relay.db.", d(g.events));
  p.one("fairguard_relay_log_tree_size", "gauge", "Leaves in the transparency log.", d(g.log_tree_size));
  p.one("fairguard_relay_config_version", "gauge", "Version of the signed fair configuration.", d(g.config_version));
  p.one("fairguard_relay_last_backup_timestamp_seconds", "gauge",
        "Unix time the last `fairguard-relay backup` of this folder finished; 0: never.", g.last_backup_seconds);
  return p.take();
}

}  // namespace fg::relay

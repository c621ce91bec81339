#include "case_record.h"

#include "cases/case.h"
#include "cases/event_types.h"
#include "fairconfig/fair_config.h"
#include "json_variant.h"
#include "ledger/store.h"

namespace fg {
namespace ev = fg::events;
namespace {

QString officer_label(const FairConfig& config, const std::string& id) {
  const Officer* o = config.find_officer(id);
  const QString qid = QString::fromStdString(id);
  return o ? QStringLiteral("%1 (%2)").arg(QString::fromStdString(o->name), qid) : qid;
}

const TimelineEntry* entry_of(const Case& c, const EventRef& ref) {
  for (const TimelineEntry& t : c.timeline)
    if (t.ref.hash == ref.hash) return &t;
  return nullptr;
}

// Who and when, for any event of the case.
void stamp(QVariantMap& out, const Case& c, const EventRef& ref, const FairConfig& config) {
  if (const TimelineEntry* t = entry_of(c, ref)) {
    out.insert(QStringLiteral("officer"), officer_label(config, t->officer));
    out.insert(QStringLiteral("time"), static_cast<qint64>(t->time));
  }
}

}  // namespace

QVariantMap case_record(const Case& c, EventStore& store, const FairConfig& config) {
  QVariantMap out;
  QVariantList documents;
  for (const Document& d : c.documents) {
    QVariantMap m{{QStringLiteral("kind"), QString::fromStdString(d.kind)},
                  {QStringLiteral("blob"), QString::fromStdString(d.blob)},
                  {QStringLiteral("note"), QString::fromStdString(d.note)}};
    stamp(m, c, d.source, config);
    documents << m;
  }
  out.insert(QStringLiteral("documents"), documents);

  QVariantList defences;
  for (const Defence& d : c.defences) {
    QVariantMap m{{QStringLiteral("receivedAt"), static_cast<qint64>(d.received_at)},
                  {QStringLiteral("summary"), QString::fromStdString(d.summary)},
                  {QStringLiteral("late"), d.late},
                  {QStringLiteral("attachments"), to_variant(Json(d.evidence))}};
    stamp(m, c, d.source, config);
    defences << m;
  }
  out.insert(QStringLiteral("defences"), defences);

  QVariantList receipts;
  for (const Acknowledgement& a : c.acknowledgements) {
    QVariantMap m{{QStringLiteral("party"), QString::fromStdString(a.party)},
                  {QStringLiteral("about"), QString::fromStdString(a.about)},
                  {QStringLiteral("refused"), a.refused},
                  {QStringLiteral("signer"), QString::fromStdString(a.signer)},
                  {QStringLiteral("role"), QString::fromStdString(a.role)},
                  {QStringLiteral("signature"), QString::fromStdString(a.signature)},
                  {QStringLiteral("photo"), QString::fromStdString(a.photo)},
                  {QStringLiteral("witness"), a.witness.empty() ? QString() : officer_label(config, a.witness)}};
    stamp(m, c, a.source, config);
    receipts << m;
  }
  out.insert(QStringLiteral("receipts"), receipts);

  // What only the bodies hold: the first valid event of each kind (the one the fold applied).
  QVariantList endings;
  for (const TimelineEntry& t : c.timeline) {
    if (!t.valid) continue;
    const bool notice = t.type == ev::kNoticeServed, decision = t.type == ev::kDecisionRecorded;
    const bool ending = t.type == ev::kCaseWithdrawn || t.type == ev::kCaseTransferred || t.type == ev::kCaseClosed ||
                        t.type == ev::kCaseRejected;
    if (!notice && !decision && !ending) continue;
    const auto e = store.find(t.ref.device, t.ref.seq);
    if (!e) continue;
    const Json& b = e->event.body;
    QVariantMap m{{QStringLiteral("type"), QString::fromStdString(t.type)},
                  {QStringLiteral("officer"), officer_label(config, t.officer)},
                  {QStringLiteral("time"), static_cast<qint64>(t.time)}};
    if (notice && !out.contains(QStringLiteral("notice"))) {
      m.insert(QStringLiteral("recipient"), json_text(b, "recipient"));
      m.insert(QStringLiteral("served"), static_cast<qint64>(c.served.value_or(t.time)));
      m.insert(QStringLiteral("deadline"), static_cast<qint64>(c.defence_deadline.value_or(0)));
      out.insert(QStringLiteral("notice"), m);
    } else if (decision && !out.contains(QStringLiteral("decision"))) {
      m.insert(QStringLiteral("outcome"), json_text(b, "outcome"));
      m.insert(QStringLiteral("measures"), to_variant(b.value("measures", Json::array())));
      m.insert(QStringLiteral("sanction"), json_text(b, "sanction"));
      const QString reasons = json_text(b, "reasons");
      m.insert(QStringLiteral("reasons"), reasons.isEmpty() ? json_text(b, "note") : reasons);
      out.insert(QStringLiteral("decision"), m);
    } else if (ending) {
      m.insert(QStringLiteral("reason"), json_text(b, t.type == ev::kCaseClosed ? "note" : "reason"));
      m.insert(QStringLiteral("to"), json_text(b, "to"));
      endings << m;
    }
  }
  out.insert(QStringLiteral("endings"), endings);
  return out;
}

}  // namespace fg

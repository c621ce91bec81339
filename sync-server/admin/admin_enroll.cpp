#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

#include <cstdlib>
#include <ctime>
#include <stdexcept>

#include "admin/admin_commands.h"
#include "admin/qr_code.h"
#include "data/relay_data.h"
#include "fairconfig/enrolment_payload.h"
#include "fairconfig/fair_time.h"

namespace fg::relay {

namespace {

// The first up, non-loopback IPv4 address: what a tablet on the bureau's network can reach
// when the relay listens on every interface.
std::optional<std::string> first_lan_ipv4() {
  ifaddrs* list = nullptr;
  if (::getifaddrs(&list) != 0) return std::nullopt;
  std::optional<std::string> found;
  for (ifaddrs* a = list; a && !found; a = a->ifa_next) {
    if (!a->ifa_addr || a->ifa_addr->sa_family != AF_INET || !(a->ifa_flags & IFF_UP) || (a->ifa_flags & IFF_LOOPBACK))
      continue;
    char text[INET_ADDRSTRLEN];
    const auto* in = reinterpret_cast<const sockaddr_in*>(a->ifa_addr);
    if (::inet_ntop(AF_INET, &in->sin_addr, text, sizeof text)) found = text;
  }
  ::freeifaddrs(list);
  return found;
}

bool is_wildcard(const std::string& host) { return host == "0.0.0.0" || host == "::" || host.empty(); }

}  // namespace

IssuedEnrolment issue_enrolment(RelayData& relay, const HostPort& listen, const std::string& station, std::string host,
                                std::uint16_t port, int valid_minutes, const BeforeCommit& before_commit) {
  if (station.empty()) throw std::invalid_argument("--station must name the station (e.g. \"Hall 9 desk\")");
  if (valid_minutes < 0 || valid_minutes > 7 * 24 * 60)
    throw std::invalid_argument("--valid-minutes must be from 0 to 10080 (a week)");
  if (host.empty()) {
    if (!is_wildcard(listen.host)) {
      host = listen.host;
    } else if (auto lan = first_lan_ipv4()) {
      host = *lan;
    } else {
      throw std::runtime_error("cannot tell which address the stations should use: pass --host");
    }
  }
  if (auto bad = check_host(host)) throw std::invalid_argument("--host: " + *bad);
  auto token = relay.issue_enrolment_token(station, std::chrono::minutes(valid_minutes), before_commit);
  const EnrolmentPayload payload{host, port ? port : listen.port, relay.cert_fingerprint(), relay.fair_id(),
                                 token.token};
  return {payload.to_text(), std::move(token)};
}

void admin_enroll(const EnrollOptions& o, std::ostream& out) {
  if (o.station.empty()) throw std::invalid_argument("--station must name the station (e.g. \"Hall 9 desk\")");
  RelayData relay(o.data);
  const auto listen = parse_host_port(relay.settings().listen);
  if (!listen) throw std::runtime_error("relay.json has a bad listen address: " + relay.settings().listen);
  const auto issued = issue_enrolment(relay, *listen, o.station, o.host, o.port, o.valid_minutes);
  const std::string& text = issued.payload;
  if (o.png) write_qr_png(text, *o.png);

  out << "Enrolment for station \"" << o.station << "\" of fair " << relay.fair_id() << ": one use, valid until "
      << format_fair_time(issued.token.expires_at, relay.settings().timezone) << " ("
      << iso_utc(issued.token.expires_at) << ")\n\n"
      << qr_terminal(text, o.ansi) << "\n"
      << text << "\n";
  if (o.png) out << "QR code written to " << o.png->string() << "\n";
}

void admin_revoke(const std::filesystem::path& data, const std::string& device, RevokeCutoff cutoff,
                  std::ostream& out) {
  RelayData relay(data);
  const auto d = relay.revoke_device(device, cutoff);
  out << "Revoked " << d.code << " (" << d.station << ", key " << d.key << ") at " << iso_utc(*d.revoked_at)
      << ": the relay refuses it from now on, and stations learn of it at their next sync\n";
  std::int64_t set_aside = 0;
  for (const auto& s : relay.events().set_aside())
    if (s.device == d.key) set_aside = s.events;
  out << "Its events up to seq " << *d.revoked_after_seq << " still count; " << set_aside
      << " event(s) after that are set aside: kept in relay.db as evidence, withheld from the stations, left out of "
         "the report's figures and hidden from the stations' dashboards\n";
}

}  // namespace fg::relay

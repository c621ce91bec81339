#include "demo_data.h"

#include <map>
#include <memory>

#include "crypto/password.h"
#include "station_backend.h"

namespace fg {

void install_demo(StationBackend& backend, long long now) {
  backend.setFair(QStringLiteral("CF138"), QStringLiteral("138th China Import and Export Fair, Phase 1"),
                  QStringLiteral("S03"), QStringLiteral("Asia/Shanghai"));
  // Demo PINs use the cheapest Argon2id cost so that the demo starts at once.
  auto roster = std::make_shared<std::map<std::string, OfficerRecord>>();
  (*roster)["OF-017"] = {"OF-017", "Li Wei 李伟", hash_password("1234", PasswordCost::Test), false};
  (*roster)["OF-023"] = {"OF-023", "Chen Jing 陈静", hash_password("4321", PasswordCost::Test), false};
  (*roster)["SV-001"] = {"SV-001", "Zhang Min 张敏", hash_password("9999", PasswordCost::Test), true};
  backend.session()->setRoster([roster](const std::string& id) -> std::optional<OfficerRecord> {
    const auto it = roster->find(id);
    if (it == roster->end()) return std::nullopt;
    return it->second;
  });

  const qint64 hour = 3600 * 1000;
  std::vector<CaseRow> rows = {
      {"c1", "CF138-S03-0001", "notice_served", "9.1K23", "Shenzhen Brightlight Co., Ltd.", "Ningbo Lumen Trading",
       "design", "ZL 2021 3 0456789.1", now - 20 * hour, now + 1 * hour, false},
      {"c2", "CF138-S03-0002", "notice_served", "9.1K27", "Hoffmann Werkzeuge GmbH", "Yongkang Tools Factory",
       "invention", "ZL 2017 1 0601862.3", now - 30 * hour, now - 2 * hour, false},
      {"c3", "CF138-S03-0003", "accepted", "10.2B05", "松下电器（中国）有限公司", "佛山美家电器",
       "utility_model", "ZL 2020 2 0123456.X", now - 3 * hour, 0, false},
      {"c4", "CF138-S03-0004", "received", "11.3C18", "Nordic Outdoor AB", "Xiamen Camp Gear",
       "trademark", "TM 12345678", now - 1 * hour, 0, false},
      {"c5", "CF138-S03-0005", "decided", "9.1K23", "Shenzhen Brightlight Co., Ltd.", "Ningbo Lumen Trading",
       "design", "ZL 2019 3 0111222.5", now - 40 * hour, now - 16 * hour, false},
      {"c6", "CF138-S03-0006", "defence_received", "12.1A01", "杭州青山茶具有限公司", "景德镇瓷源",
       "design", "ZL 2022 3 0777888.4", now - 10 * hour, now + 9 * hour, true},
  };
  backend.cases()->setRows(std::move(rows));
  backend.setSyncState(QStringLiteral("offline"), now - 25 * 60 * 1000, 14);
}

}  // namespace fg

#pragma once
// The console's handlers: sign-in, sessions, CSRF, the pages and the API (docs/console.md).
// Beast-free: the server (console_server.cpp) parses HTTP and calls handle() on the console's
// one worker thread, never on the sync server's io thread, so neither a slow page nor an
// Argon2id check holds up a station's sync.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "console/console_data.h"
#include "data/relay_settings.h"
#include "console/html.h"
#include "console/http_message.h"
#include "console/sessions.h"
#include "console/sign_in_throttle.h"
#include "console/thumbnail.h"
#include "report/report_figures.h"

namespace fg::relay::console {

struct ThrottleSettings {
  int user_free_failures = 5;      // wrong passwords in a row for one user name
  int address_free_failures = 20;  // from one client address, whatever the user name
  std::int64_t first_delay_ms = 30'000;
  std::int64_t max_delay_ms = 15 * 60'000;
};

// What an administration page shows above itself: `done`, the result of a change, or
// `errors`, why one was refused (then nothing was changed).
struct Outcome {
  std::string done;
  std::vector<std::string> errors;
  int status = 200;
};
inline Outcome changed(std::string what) { return Outcome{std::move(what), {}, 200}; }
inline Outcome refused(std::vector<std::string> why) { return Outcome{{}, std::move(why), 400}; }

class ConsoleApp {
 public:
  explicit ConsoleApp(const std::filesystem::path& data_dir, ThrottleSettings throttle = {},
                      std::function<std::int64_t()> now_ms = {});
  HttpResponse handle(const HttpRequest& request);
  const RelaySettings& settings() const { return data_.settings(); }
  // Where the sync server listens (serve, before the console starts): the enrol page's
  // payload names it. Unset: relay.json's listen address.
  void set_sync_listen(HostPort listen) { sync_listen_ = std::move(listen); }
  // The previous session's data folder (serve --console-previous): the report page and its
  // downloads then compare each headline figure with it, as `report --previous` does. Its
  // figures are computed here, once (that session is over). Throws std::runtime_error if the
  // folder cannot be read as a relay's data folder.
  void set_previous_session(const std::filesystem::path& data_dir);

 private:
  struct Who {  // the signed-in staff member making the request
    std::string user;
    StaffRole role = StaffRole::Viewer;
    Session* session = nullptr;  // null when signed in with an API token
  };
  struct Context {
    const HttpRequest& request;
    std::string path;
    std::map<std::string, std::string> query, cookies;
    Lang lang = Lang::Zh;
    std::optional<std::string> set_lang;  // ?lang= given: remember it in a cookie
  };
  HttpResponse route(Context& c);
  std::optional<Who> authenticate(Context& c);
  HttpResponse login_page(Context& c, int status, const std::string& error);
  HttpResponse sign_in(Context& c);
  HttpResponse sign_out(Context& c, const Who& who);
  HttpResponse page(Context& c, const Who& who, const std::string& title, const std::string& body, int status = 200);
  HttpResponse overview(Context& c, const Who& who);
  HttpResponse live_overview(Context& c, const Who& who);  // /live/overview: the part live.js swaps in
  std::string overview_live(Context& c, const Who& who);
  HttpResponse case_list(Context& c, const Who& who);
  HttpResponse api(Context& c, const Who& who, const std::string& path);
  Json case_json(const Case& k);  // /api/v1/cases/{number}
  // /cases/{number} and its files (console_case_page.cpp, console_case_files.cpp).
  HttpResponse case_routes(Context& c, const Who& who);
  HttpResponse case_page(Context& c, const Who& who, const Case& k);
  HttpResponse case_evidence(Context& c, const Who& who, const Case& k, const std::string& hash);
  HttpResponse case_thumbnail(Context& c, const Who& who, const Case& k, const std::string& hash);
  // A stored blob the case cites, checked against its name, as a file to send; nullopt for a
  // hash the case does not cite or the store does not hold, an error response if damaged.
  std::variant<std::shared_ptr<const BodyFile>, HttpResponse> cited_file(Context& c, const Who& who, const Case& k,
                                                                         const std::string& hash);
  HttpResponse case_paper(Context& c, const Who& who, const Case& k, const std::string& file);
  HttpResponse case_bundle(Context& c, const Who& who, const Case& k);
  HttpResponse access_log_page(Context& c, const Who& who);
  // Review marks (console_review.cpp): the case page's section and POST /cases/{number}/review.
  std::string review_section(const Context& c, const Who& who, const Case& k);
  HttpResponse review_case(Context& c, const Who& who);
  // A mark's row in the case page's timeline, set apart as the bureau's.
  static std::string review_timeline_row(Lang l, const Review& r, const std::string& zone);
  // /stations/enrol (console_enrol_page.cpp): the form and the issued QR code.
  HttpResponse enrol_page(Context& c, const Who& who, const std::string& error = {}, int status = 200);
  HttpResponse enrol_station(Context& c, const Who& who);
  // Administration (admins; console_admin_*.cpp): /admin/stations, /admin/officers,
  // /admin/booths, /admin/staff and their POSTs. Each change takes the same step as its
  // fairguard-relay command, with its access-log record written inside the change's
  // transaction (no change without its record).
  HttpResponse admin_routes(Context& c, const Who& who);
  // `preview`: what a revocation would set aside, shown above the form (nothing changed).
  HttpResponse stations_page(Context& c, const Who& who, const Outcome& outcome = {}, const std::string& preview = {});
  HttpResponse revoke_station(Context& c, const Who& who);
  HttpResponse officers_page(Context& c, const Who& who, const Outcome& outcome = {});
  HttpResponse change_officers(Context& c, const Who& who, const std::string& action);
  HttpResponse booths_page(Context& c, const Who& who, const Outcome& outcome = {});
  HttpResponse import_booth_list(Context& c, const Who& who);
  HttpResponse staff_page(Context& c, const Who& who, const Outcome& outcome = {});
  HttpResponse change_staff(Context& c, const Who& who, const std::string& action);
  // Why a change that threw was not made: 503 when its access-log record could not be
  // written (the change was rolled back with it), else 400 with the reason.
  Outcome not_done(const Context& c, const std::exception& e);
  // The page of an administration section: its menu, the outcome, then `body`.
  HttpResponse admin_page(Context& c, const Who& who, std::string_view title, const Outcome& outcome,
                          const std::string& body);
  // /report and its downloads (console_report_page.cpp).
  HttpResponse report_routes(Context& c, const Who& who);
  // This session's figures, computed again only when the store changed since the last time.
  const report::Figures& current_figures();
  HttpResponse forbidden(Context& c, const Who& who);
  // Appends to the access log before anything is shown or handed out.
  void record(const Context& c, const Who& who, const std::string& action, const std::string& case_number,
              const std::string& object = {});

  ConsoleData data_;
  SessionStore sessions_;
  SignInThrottle by_user_, by_address_;
  std::function<std::int64_t()> now_;
  std::string dummy_verifier_;  // checked for unknown users, so that they take as long
  std::optional<HostPort> sync_listen_;
  struct {
    std::optional<std::int64_t> version;  // ConsoleData::version() they were computed at
    std::unique_ptr<report::Figures> figures;
  } report_cache_;
  std::unique_ptr<report::Figures> previous_figures_;  // set_previous_session
  ThumbnailCache thumbnails_;                          // in the data folder's thumbnails/
};

// Set-Cookie values of the console (all Secure, HttpOnly, SameSite=Strict).
std::string cookie(const std::string& name, const std::string& value, const std::string& path, std::int64_t max_age_s);

// The stylesheet, from console.css built into the binary.
extern const char* const kConsoleCss;
// live.js, the console's one script (keeps the overview up to date), from live.js.
extern const char* const kLiveJs;

}  // namespace fg::relay::console

#include "console/console_app.h"

#include <chrono>
#include <map>

#include "crypto/bytes.h"
#include "crypto/password.h"
#include "crypto/secretstream.h"
#include "console/access_log.h"
#include "console/roles.h"

namespace fg::relay::console {

namespace {

constexpr const char* kSessionCookie = "fg_session";
constexpr const char* kLoginCookie = "fg_login";  // the sign-in form's CSRF token (double submit)
constexpr const char* kLangCookie = "fg_lang";

std::int64_t system_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

bool is_hex64(const std::string& s) {
  return s.size() == 64 && s.find_first_not_of("0123456789abcdef") == std::string::npos;
}

HttpResponse redirect(const std::string& to) {
  HttpResponse r;
  r.status = 303;
  r.headers.emplace_back("Location", to);
  return r;
}

HttpResponse api_error(int status, const std::string& message) {
  HttpResponse r;
  r.status = status;
  r.content_type = "application/json";
  r.body = Json{{"error", message}}.dump() + "\n";
  return r;
}

Lang pick_lang(const std::string& value, std::optional<Lang> fallback) {
  if (value == "en") return Lang::En;
  if (value == "zh") return Lang::Zh;
  return fallback.value_or(Lang::Zh);
}

}  // namespace

std::string cookie(const std::string& name, const std::string& value, const std::string& path, std::int64_t max_age_s) {
  return name + "=" + value + "; Path=" + path + "; Max-Age=" + std::to_string(max_age_s) +
         "; Secure; HttpOnly; SameSite=Strict";
}

ConsoleApp::ConsoleApp(const std::filesystem::path& data_dir, ThrottleSettings t, std::function<std::int64_t()> now_ms)
    : data_(data_dir),
      by_user_(t.user_free_failures, t.first_delay_ms, t.max_delay_ms),
      by_address_(t.address_free_failures, t.first_delay_ms, t.max_delay_ms),
      now_(now_ms ? std::move(now_ms) : system_ms),
      dummy_verifier_(hash_password(to_hex(random_bytes(16)), PasswordCost::Interactive)),
      thumbnails_(data_dir / "thumbnails") {}

HttpResponse ConsoleApp::handle(const HttpRequest& request) {
  Context c{request,
            target_path(request.target),
            target_query(request.target),
            parse_cookies(request.header("cookie")),
            Lang::Zh,
            std::nullopt};
  std::optional<Lang> from_browser;
  if (request.header("accept-language").starts_with("en")) from_browser = Lang::En;
  c.lang = pick_lang(c.cookies.contains(kLangCookie) ? c.cookies[kLangCookie] : "", from_browser);
  if (auto it = c.query.find("lang"); it != c.query.end() && (it->second == "zh" || it->second == "en")) {
    c.lang = pick_lang(it->second, std::nullopt);
    c.set_lang = it->second;
  }
  HttpResponse r;
  try {
    r = route(c);
  } catch (const std::exception& e) {
    // The access log cannot be written (nothing is shown, handed out or changed without its
    // record), or a database that is busy or damaged: say so, keep serving.
    const std::string why =
        (dynamic_cast<const AccessLogError*>(&e) ? "nothing was done: the access log cannot be written: "
                                                 : "cannot read the relay data: ") +
        std::string(e.what());
    r = c.path.starts_with("/api/") ? api_error(503, why) : plain_text(503, why);
  }
  if (c.set_lang) r.headers.emplace_back("Set-Cookie", cookie(kLangCookie, *c.set_lang, "/", 365LL * 24 * 3600));
  return r;
}

std::optional<ConsoleApp::Who> ConsoleApp::authenticate(Context& c) {
  const std::string auth = c.request.header("authorization");
  if (auth.starts_with("Bearer ")) {
    auto m = data_.staff().find_by_token(auth.substr(7));
    if (!m) return std::nullopt;
    return Who{m->user, m->role, nullptr};
  }
  auto it = c.cookies.find(kSessionCookie);
  if (it == c.cookies.end()) return std::nullopt;
  Session* s = sessions_.find(it->second, now_());
  if (!s) return std::nullopt;
  // The account is read at every request: `staff disable` (another process) ends its sessions.
  auto m = data_.staff().find(s->user);
  if (!m || m->disabled) {
    sessions_.end_user(s->user);
    return std::nullopt;
  }
  s->role = m->role;
  return Who{m->user, m->role, s};
}

HttpResponse ConsoleApp::route(Context& c) {
  const std::string& method = c.request.method;
  const bool get = method == "GET" || method == "HEAD";
  // The console's own files, built into the binary: the stylesheet and its one script.
  static const std::map<std::string_view, std::pair<const char*, const char*>> statics = {
      {"/static/console.css", {"text/css; charset=utf-8", kConsoleCss}},
      {"/static/live.js", {"text/javascript; charset=utf-8", kLiveJs}},
  };
  if (auto file = statics.find(c.path); file != statics.end()) {
    if (!get) return plain_text(405, "method not allowed");
    HttpResponse r;
    r.content_type = file->second.first;
    r.body = file->second.second;
    return r;
  }
  if (c.path == "/login") {
    if (get) return login_page(c, 200, "");
    if (method == "POST") return sign_in(c);
    return plain_text(405, "method not allowed");
  }
  const bool is_api = c.path.starts_with("/api/");
  auto who = authenticate(c);
  if (!who) {
    if (is_api) {
      auto r = api_error(401, "sign in, or send Authorization: Bearer <token>");
      r.headers.emplace_back("WWW-Authenticate", "Bearer");
      return r;
    }
    return redirect("/login");
  }
  if (method == "POST") {
    // Every state-changing request carries the session's CSRF token (form field or header);
    // API tokens cannot post at all.
    if (!who->session) return api_error(405, "the API is read-only");
    const auto form = request_form(c.request);
    std::string token = c.request.header("x-csrf-token");
    if (auto f = form.find("csrf"); f != form.end()) token = f->second;
    if (!same_secret(token, who->session->csrf)) return plain_text(403, "refused: missing or wrong CSRF token");
    if (c.path == "/logout") return sign_out(c, *who);
    if (c.path == "/stations/enrol") return enrol_station(c, *who);
    if (c.path.starts_with("/admin/")) return admin_routes(c, *who);
    if (c.path.size() > 14 && c.path.starts_with("/cases/") && c.path.ends_with("/review")) return review_case(c, *who);
    return plain_text(404, "not found");
  }
  if (!get) return plain_text(405, "method not allowed");
  if (is_api) return api(c, *who, c.path);
  if (c.path == "/") return overview(c, *who);
  if (c.path == "/live/overview") return live_overview(c, *who);
  if (c.path == "/cases") return case_list(c, *who);
  if (c.path.starts_with("/cases/")) return case_routes(c, *who);
  if (c.path == "/access-log") return access_log_page(c, *who);
  if (c.path == "/stations/enrol") return enrol_page(c, *who);
  if (c.path.starts_with("/admin/")) return admin_routes(c, *who);
  if (c.path == "/report" || c.path.starts_with("/report/")) return report_routes(c, *who);
  return page(c, *who, std::string(tr(c.lang, "Not found")), "", 404);
}

HttpResponse ConsoleApp::forbidden(Context& c, const Who& who) {
  return page(c, who, std::string(tr(c.lang, "Not allowed")),
              "<p>" + escape_html(tr(c.lang, "Your role may not open this.")) + "</p>", 403);
}

void ConsoleApp::record(const Context& c, const Who& who, const std::string& action, const std::string& case_number,
                        const std::string& object) {
  data_.access_log().record({.at = now_(),
                             .user = who.user,
                             .role = to_string(who.role),
                             .address = c.request.peer,
                             .action = action,
                             .case_number = case_number,
                             .object = object});
}

HttpResponse ConsoleApp::sign_in(Context& c) {
  const auto form = parse_form(c.request.body);
  auto field = [&form](const char* name) {
    auto it = form.find(name);
    return it == form.end() ? std::string() : it->second;
  };
  const auto login_cookie = c.cookies.find(kLoginCookie);
  if (login_cookie == c.cookies.end() || !is_hex64(login_cookie->second) ||
      !same_secret(field("csrf"), login_cookie->second))
    return plain_text(403, "refused: missing or wrong CSRF token (open /login again)");
  const std::string user = field("user"), password = field("password");
  // Keys of bounded size: a 64 KiB "user name" must not make the throttle's memory grow.
  const std::string user_key = "user:" + user.substr(0, 64), address_key = "address:" + c.request.peer;
  const std::int64_t now = now_();
  const std::int64_t wait = std::max(by_user_.wait_ms(user_key, now), by_address_.wait_ms(address_key, now));
  if (wait > 0) {
    const std::string seconds = std::to_string((wait + 999) / 1000);
    auto r = login_page(c, 429, std::string(tr(c.lang, "Too many failed sign-ins. Try again in")) + " " + seconds);
    r.headers.emplace_back("Retry-After", seconds);
    return r;
  }
  auto member = check_staff_user(user) ? std::nullopt : data_.staff().find(user);
  const bool usable = member && !member->disabled && password.size() <= kMaxPasswordLength;
  // An unknown or disabled user costs one Argon2id check too: the answer's time tells nothing.
  const bool ok =
      verify_password(usable ? member->password_verifier : dummy_verifier_, password.substr(0, kMaxPasswordLength)) &&
      usable;
  if (!ok) {
    by_user_.failed(user_key, now);
    by_address_.failed(address_key, now);
    return login_page(c, 401, std::string(tr(c.lang, "Wrong user name or password.")));
  }
  by_user_.succeeded(user_key);
  // A new session id at every sign-in (no fixation); a session the browser held ends.
  if (auto old = c.cookies.find(kSessionCookie); old != c.cookies.end()) sessions_.end(old->second);
  const std::string id = sessions_.create(member->user, member->role, now);
  auto r = redirect("/");
  r.headers.emplace_back("Set-Cookie", cookie(kSessionCookie, id, "/", SessionStore::kIdleMs / 1000));
  r.headers.emplace_back("Set-Cookie", cookie(kLoginCookie, "", "/login", 0));
  return r;
}

HttpResponse ConsoleApp::sign_out(Context& c, const Who& who) {
  if (auto it = c.cookies.find(kSessionCookie); it != c.cookies.end() && who.session) sessions_.end(it->second);
  auto r = redirect("/login");
  r.headers.emplace_back("Set-Cookie", cookie(kSessionCookie, "", "/", 0));
  return r;
}

HttpResponse ConsoleApp::login_page(Context& c, int status, const std::string& error) {
  // The form's CSRF token is also in a cookie only this site can set (double submit).
  std::string token;
  if (auto it = c.cookies.find(kLoginCookie); it != c.cookies.end() && is_hex64(it->second)) token = it->second;
  if (token.empty()) token = to_hex(random_bytes(32));
  const Lang l = c.lang;
  std::string body;
  if (!error.empty()) body += "<p class=\"error\">" + escape_html(error) + "</p>";
  body += "<form method=\"post\" action=\"/login\" class=\"login\"><input type=\"hidden\" name=\"csrf\" value=\"" +
          escape_html(token) + "\"><label>" + escape_html(tr(l, "User")) +
          " <input name=\"user\" autocomplete=\"username\" required maxlength=\"64\"></label><label>" +
          escape_html(tr(l, "Password")) +
          " <input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label><button>" +
          escape_html(tr(l, "Sign in")) + "</button></form>";
  HttpResponse r;
  r.status = status;
  r.body = render_page({.lang = l,
                        .title = std::string(tr(l, "Sign in")),
                        .fair = data_.settings().name,
                        .timezone = data_.settings().timezone,
                        .user = "",
                        .csrf = "",
                        .path = "/login"},
                       body);
  r.headers.emplace_back("Set-Cookie", cookie(kLoginCookie, token, "/login", 3600));
  return r;
}

HttpResponse ConsoleApp::page(Context& c, const Who& who, const std::string& title, const std::string& body,
                              int status) {
  HttpResponse r;
  r.status = status;
  r.body = render_page({.lang = c.lang,
                        .title = title,
                        .fair = data_.settings().name,
                        .timezone = data_.settings().timezone,
                        .user = who.user,
                        .csrf = who.session ? who.session->csrf : "",
                        .path = c.path,
                        .access_log = may(who.role, Permission::ReadAccessLog),
                        .administer = may(who.role, Permission::Administer)},
                       body);
  return r;
}

}  // namespace fg::relay::console

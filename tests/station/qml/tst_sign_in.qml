import QtQuick
import QtTest
import FairGuard.Station

// The sign-in page as an officer uses it: typing id and PIN, Enter to submit.
Item {
    width: 1280
    height: 800

    SignInPage {
        id: page
        anchors.fill: parent
        session: backend.session
        fairName: backend.fairName
        stationCode: backend.stationCode
        language: backend.language
    }

    TestCase {
        name: "SignIn"
        when: windowShown

        // Each test starts with nobody signed in (the tests run in name order).
        function init() {
            backend.session.signOut()
        }

        function type(field, text) {
            mouseClick(field)
            field.selectAll()
            keyClick(Qt.Key_Delete)
            for (const c of text)
                keyClick(c)
        }

        function test_wrong_pin_then_right_pin() {
            const id = findChild(page, "officerId")
            const pin = findChild(page, "pin")
            verify(id && pin)
            type(id, "OF-017")
            type(pin, "0000")
            keyClick(Qt.Key_Return)
            compare(backend.session.signedIn, false)
            verify(backend.session.lastError.length > 0)
            compare(pin.text, "")  // a wrong PIN is not left in the field
            type(pin, "1234")
            keyClick(Qt.Key_Return)
            compare(backend.session.signedIn, true)
            compare(backend.session.officerId, "OF-017")
        }

        // English counts in words ("1 attempt", "4 attempts": qml/i18n/fairguard_en.ts holds the
        // plural forms), Chinese as before.
        function test_attempts_left_read_right_in_both_languages() {
            compare(backend.language.language, "en")
            type(findChild(page, "officerId"), "OF-017")
            type(findChild(page, "pin"), "0000")
            keyClick(Qt.Key_Return)
            verify(backend.session.lastError.endsWith(" 4 attempts left."), backend.session.lastError)
            compare(qsTranslate("fg::OfficerSession", "%n attempt(s) left.", "", 1), "1 attempt left.")
            compare(qsTranslate("KioskExitPanel", "%n attempt(s) left.", "", 1), "1 attempt left.")
            backend.language.language = "zh_CN"
            compare(qsTranslate("fg::OfficerSession", "%n attempt(s) left.", "", 1), "还可尝试 1 次。")
            compare(qsTranslate("KioskExitPanel", "%n attempt(s) left.", "", 4), "还可尝试 4 次。")
            backend.language.language = "en"
            compare(qsTranslate("fg::OfficerSession", "%n attempt(s) left.", "", 4), "4 attempts left.")
            type(findChild(page, "pin"), "1234")
            keyClick(Qt.Key_Return)
            compare(backend.session.signedIn, true)  // and the count starts again
        }

        // The page draws its own button (docs/station.md, "Start-up"): a keyboard reaches it
        // with Tab from the PIN field, and Space presses it.
        function test_tab_to_the_button_and_space_signs_in() {
            type(findChild(page, "officerId"), "OF-017")
            type(findChild(page, "pin"), "1234")
            keyClick(Qt.Key_Tab)
            verify(findChild(page, "signInButton").activeFocus)
            keyClick(Qt.Key_Space)
            compare(backend.session.signedIn, true)
        }

        // The page sets them as numbers (a Qt.* enum look-up at start costs time).
        function test_fields_ask_the_keyboard_for_digits_and_no_predictions() {
            compare(findChild(page, "officerId").inputMethodHints, Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase)
            compare(findChild(page, "pin").inputMethodHints, Qt.ImhDigitsOnly | Qt.ImhSensitiveData)
            compare(findChild(page, "pin").echoMode, TextInput.Password)
        }

        function test_language_button_switches_the_language() {
            const before = backend.language.language
            const button = findChild(page, "languageButton")
            verify(button.height >= 48)
            mouseClick(button)
            verify(backend.language.language !== before)
            mouseClick(button)
            compare(backend.language.language, before)
        }
    }
}

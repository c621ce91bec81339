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
    }
}

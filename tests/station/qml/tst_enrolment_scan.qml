import QtQuick
import QtTest
import FairGuard.Station

// The enrolment page: the QR code is scanned on the scanner page opened from it and lands in
// the code field (Back leaves the field as it was); the language switches before sign-in.
Item {
    id: root
    width: 1280
    height: 800
    readonly property var station: backend  // the runner's context property

    EnrolmentPage {
        id: page
        anchors.fill: parent
        backend: root.station
    }

    TestCase {
        name: "EnrolmentScan"
        when: windowShown

        function cleanupTestCase() {
            root.station.language.language = "en"
        }

        function openScanner() {
            mouseClick(findChild(page, "enrolmentScan"))
            const scanner = findChild(page, "enrolmentScanner")
            verify(scanner, "the scanner page opens over the enrolment page")
            compare(scanner.mode, "code")
            return scanner
        }

        function test_scanned_code_fills_the_field() {
            const field = findChild(page, "enrolmentPayload")
            field.text = ""
            let scanner = openScanner()
            scanner.back()
            tryVerify(() => findChild(page, "enrolmentScanner") === null)
            compare(field.text, "")

            scanner = openScanner()
            scanner.found("FGE1:not-a-real-payload", "QRCode")  // what the camera or an imported image gives
            mouseClick(findChild(scanner, "useCode"))
            tryVerify(() => findChild(page, "enrolmentScanner") === null)
            compare(field.text, "FGE1:not-a-real-payload")
        }

        function test_language_switch_before_sign_in() {
            const button = findChild(page, "enrolmentLanguage")
            verify(button)
            root.station.language.language = "en"
            compare(button.text, "中文")
            mouseClick(button)
            compare(root.station.language.language, "zh_CN")
            compare(button.text, "English")
            mouseClick(button)
            compare(root.station.language.language, "en")
        }
    }
}

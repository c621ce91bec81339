import QtQuick
import QtTest
import FairGuard.Station

// A forged booth sticker is shown loudly and fills nothing: on the scanner page (whatever
// read it: camera, imported image or typing) and in the intake's respondent step.
Item {
    id: root
    width: 1280
    height: 800
    readonly property var station: backend  // the runner's context property

    // Well-formed, for this fair, but the signature is not the bureau's.
    readonly property string forged: "FGB1:CF138:9.1:9.1K23:" + "A".repeat(103)

    ScannerPage {
        id: scanner
        anchors.fill: parent
        backend: root.station
        mode: "sticker"
    }
    SignalSpy { id: accepted; target: scanner; signalName: "codeAccepted" }

    IntakeRespondentStep {
        id: step
        visible: false
        anchors.fill: parent
        wizard: backend.intake
    }

    TestCase {
        name: "ForgedSticker"
        when: windowShown

        function test_scanner_page_refuses_a_forged_sticker() {
            backend.lastSticker.forget()
            scanner.found(forged, "QRCode")
            const banner = findChild(scanner, "stickerVerdict")
            const use = findChild(scanner, "useCode")
            verify(banner && use)
            verify(banner.visible)
            verify(banner.forged)
            compare(banner.verdict, "forged")
            compare(use.enabled, false)
            mouseClick(use)
            compare(accepted.count, 0)
            compare(backend.lastSticker.known, false)
            // Another code in sticker mode: not usable either, and not called forged.
            scanner.found("4006381333931", "EAN-13")
            compare(banner.verdict, "not_sticker")
            compare(use.enabled, false)
        }

        function test_scanner_page_takes_any_code_in_code_mode() {
            scanner.mode = "code"
            scanner.found("4006381333931", "EAN-13")
            const use = findChild(scanner, "useCode")
            compare(findChild(scanner, "stickerVerdict").visible, false)
            compare(use.enabled, true)
            mouseClick(use)
            compare(accepted.count, 1)
            compare(accepted.signalArguments[0][0], "4006381333931")
            scanner.found(forged, "QRCode")  // a forgery is refused in any mode
            compare(use.enabled, false)
            scanner.mode = "sticker"
        }

        function test_respondent_step_shows_forged_and_keeps_the_button_off() {
            scanner.visible = false
            step.visible = true
            const field = findChild(step, "stickerText")
            const banner = findChild(step, "stickerVerdict")
            const use = findChild(step, "useSticker")
            verify(field && banner && use)
            compare(banner.visible, false)
            field.text = forged
            verify(banner.visible)
            compare(banner.verdict, "forged")
            compare(use.enabled, false)
            field.text = ""
            step.visible = false
            scanner.visible = true
        }
    }
}

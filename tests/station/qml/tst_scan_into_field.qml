import QtQuick
import QtQuick.Controls
import QtTest
import FairGuard.Station

// The scanner page opened from an intake field gives the code back to that field at once; Back
// and a forged sticker (which stops on the scanner page) leave the field as it was.
Item {
    id: root
    width: 1280
    height: 800
    readonly property var station: backend  // the runner's context property

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: IntakePage { backend: root.station }
    }

    TestCase {
        name: "ScanIntoField"
        when: windowShown

        function openScanner(buttonName) {
            const button = findChild(stack.currentItem, buttonName)
            verify(button)
            mouseClick(button)
            compare(stack.depth, 2)
            verify(stack.currentItem.mode !== undefined)  // the ScannerPage
            return stack.currentItem
        }

        function test_product_code_comes_back_to_its_field() {
            backend.intake.step = 3
            wait(50)
            const field = findChild(stack.currentItem, "productCode")
            verify(field)
            field.text = ""
            let scanner = openScanner("scanProductCode")
            compare(scanner.mode, "code")
            scanner.back()
            compare(stack.depth, 1)
            compare(field.text, "")
            scanner = openScanner("scanProductCode")
            // What the camera or an imported image gives: a usable code comes straight back to
            // the field (no "Use this code" tap in the intake).
            scanner.found("4006381333931", "EAN-13")
            compare(stack.depth, 1)
            compare(field.text, "4006381333931")
        }

        function test_forged_sticker_does_not_reach_the_respondent_field() {
            backend.intake.step = 2
            wait(50)
            const field = findChild(stack.currentItem, "stickerText")
            verify(field)
            field.text = ""
            const scanner = openScanner("scanSticker")
            compare(scanner.mode, "sticker")
            scanner.found("FGB1:CF138:9.1:9.1K23:" + "A".repeat(103), "QRCode")
            const use = findChild(scanner, "useCode")
            compare(use.enabled, false)
            mouseClick(use)
            compare(stack.depth, 2)
            scanner.back()
            compare(stack.depth, 1)
            compare(field.text, "")
        }
    }
}

import QtQuick
import QtTest
import FairGuard.Models
import FairGuard.Station

// The self-service kiosk as a complainant and then an officer use it: language, the form,
// thanks, the next person's empty form, Escape doing nothing, and the officer's exit with a
// wrong and then the right PIN.
Item {
    id: root
    width: 1280
    height: 800
    readonly property StationBackend station: backend

    KioskPage {
        id: kiosk
        anchors.fill: parent
        backend: root.station
    }

    TestCase {
        name: "Kiosk"
        when: windowShown

        function type(field, text) {
            mouseClick(field)
            field.selectAll()
            keyClick(Qt.Key_Delete)
            for (const c of text)
                keyClick(c)
        }
        function field(name) {
            const f = findChild(kiosk, name)
            verify(f, name)
            return f
        }

        function cleanupTestCase() {
            const desk = root.station.kioskDesk
            if (desk.active)
                desk.exit("OF-017", "1234")
            while (desk.queue.count > 0)
                desk.discard(desk.queue.submissionIdAt(0))
            root.station.language.language = "en"
        }

        // The booth step's scan button opens the officer's scanner page over the kiosk; the
        // code it reads lands in the sticker field and is checked there. Back changes nothing.
        function test_booth_sticker_scanned_into_the_form() {
            const desk = root.station.kioskDesk
            verify(root.station.session.trySignIn("OF-017", "1234"))
            verify(desk.enter())
            kiosk.nextPerson()
            mouseClick(field("kioskEnglish"))
            kiosk.showFormStep(3)
            const sticker = field("kioskSticker")
            compare(sticker.text, "")
            mouseClick(field("kioskScan"))
            let scanner = findChild(kiosk, "kioskScanner")
            verify(scanner, "the scanner page opens over the kiosk")
            compare(scanner.mode, "code")
            compare(scanner.backend, null)  // a kiosk scan is not the officers' last verified booth
            scanner.back()
            tryVerify(() => findChild(kiosk, "kioskScanner") === null)
            compare(sticker.text, "")

            mouseClick(field("kioskScan"))
            scanner = findChild(kiosk, "kioskScanner")
            const forged = "FGB1:CF138:9.1:9.1K23:" + "A".repeat(103)
            scanner.found(forged, "QRCode")  // what the camera or an imported image gives
            mouseClick(findChild(scanner, "useCode"))
            tryVerify(() => findChild(kiosk, "kioskScanner") === null)
            compare(sticker.text, forged)
            verify(sticker.hint.length > 0, "the form checks the scanned sticker")
            verify(field("kioskBooth").visible, "a sticker that does not hold leaves the booth to be typed")
            kiosk.nextPerson()
            compare(kiosk.stage, "language")
            verify(desk.exit("OF-017", "1234"))
        }

        function test_submission_thanks_next_person_and_officer_exit() {
            const desk = root.station.kioskDesk
            verify(root.station.session.trySignIn("OF-017", "1234"))
            verify(desk.enter())
            compare(root.station.session.signedIn, false)
            kiosk.nextPerson()
            compare(kiosk.stage, "language")

            mouseClick(field("kioskEnglish"))
            compare(kiosk.stage, "form")
            keyClick(Qt.Key_Escape)  // does nothing
            compare(kiosk.stage, "form")

            // Four steps of one screen each: only the current step's fields are shown, Back
            // returns with what was typed, Send is on the last step only.
            const next = field("kioskNext")
            compare(field("kioskBack").visible, false)
            compare(field("kioskSubmit").visible, false)
            type(field("kioskName").input, "Nordic Outdoor AB")
            field("kioskIdNumber").text = "556677-8899"
            field("kioskCountry").text = "SE"
            verify(field("kioskName").visible)
            compare(field("kioskContact").visible, false)
            mouseClick(next)
            verify(field("kioskContact").visible)
            compare(field("kioskName").visible, false)
            field("kioskAgent").text = "Zhou Min"
            field("kioskContact").text = "legal@nordic.example"
            mouseClick(field("kioskBack"))
            compare(field("kioskName").text, "Nordic Outdoor AB")
            mouseClick(next)
            mouseClick(next)
            field("kioskRightNumber").text = "ZL 2019 3 0111222.4"
            mouseClick(next)
            compare(next.visible, false)
            verify(field("kioskSubmit").visible)
            field("kioskBooth").text = "11.3C18"
            field("kioskGrounds").text = "Same tent shape as our design."
            mouseClick(field("kioskSubmit"))
            compare(desk.error, "")
            compare(kiosk.stage, "thanks")
            compare(desk.pendingCount, 1)
            verify(field("kioskReceipt").text.indexOf("K-") >= 0)

            // The next person: language again, then an empty form.
            mouseClick(field("kioskNextPerson"))
            compare(kiosk.stage, "language")
            mouseClick(field("kioskChinese"))
            compare(root.station.language.language, "zh_CN")
            compare(field("kioskName").text, "")
            compare(field("kioskIdNumber").text, "")
            compare(field("kioskAgent").text, "")
            compare(field("kioskBooth").text, "")
            compare(field("kioskGrounds").text, "")
            compare(field("kioskContact").text, "")
            compare(desk.queue.count, 0)  // no submission is listed on the kiosk

            // The officer's exit: a wrong PIN is refused and counted, the right one exits.
            mouseClick(field("kioskOfficer"))
            compare(kiosk.stage, "exit")
            const before = root.station.session.remainingAttempts
            type(field("kioskExitId").input, "OF-017")
            type(field("kioskExitPin").input, "0000")
            mouseClick(field("kioskExit"))
            compare(desk.active, true)
            compare(root.station.session.remainingAttempts, before - 1)
            compare(field("kioskExitPin").text, "")  // a wrong PIN is not left in the field
            type(field("kioskExitPin").input, "1234")
            mouseClick(field("kioskExit"))
            compare(desk.active, false)
            compare(root.station.session.officerId, "OF-017")
            compare(desk.queue.count, 1)
            compare(desk.queue.data(desk.queue.index(0, 0), 260), "Nordic Outdoor AB")  // NameRole
        }
    }
}

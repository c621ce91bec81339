import QtQuick
import QtTest
import FairGuard.Models
import FairGuard.Station

// The respondent's receipt on the real case page: "Refuses to sign" without a photo or
// without a witness is refused with its message in the form and nothing recorded; with a
// photo (imported) and a second officer it is recorded and the button leaves the page.
Item {
    id: root
    width: 1280
    height: 800
    readonly property StationBackend station: backend

    Loader {
        id: loader
        anchors.fill: parent
        active: false
        sourceComponent: CasePage { backend: root.station }
    }

    TestCase {
        name: "Receipt"
        when: windowShown

        function cleanupTestCase() {
            loader.active = false
            root.station.session.lock()
        }

        function test_a_refused_receipt_needs_a_photo_and_a_witness() {
            verify(root.station.session.trySignIn("OF-017", "1234"))
            const cc = root.station.currentCase
            let found = false
            for (let i = 0; i < root.station.cases.count && !found; ++i) {
                cc.caseNumber = root.station.cases.caseIdAt(i)
                found = cc.receiptPending
            }
            verify(found, "a demo case with a notice served and no receipt")
            loader.active = true
            const page = loader.item
            const open = findChild(page, "recordReceipt")
            verify(open && open.visible)
            mouseClick(open)
            const form = findChild(page, "receiptEditor")
            tryCompare(form, "opened", true)
            const box = form.contentItem
            const refuses = findChild(box, "receiptRefuses")
            const witness = findChild(box, "receiptWitness")
            const save = findChild(box, "receiptSave")
            const error = findChild(box, "receiptError")
            verify(refuses && witness && save && error)
            compare(save.text, "Record receipt")
            verify(findChild(box, "receiptDeclaration").text.indexOf(cc.caseNumber) >= 0)

            mouseClick(refuses)
            verify(form.refusing)
            compare(save.text, "Record refusal")
            witness.text = "OF-023"
            mouseClick(save)
            verify(form.opened)
            verify(error.visible)
            compare(cc.error, "Photograph the notice left at the booth: a refusal needs the photo.")
            verify(cc.receiptPending)

            // A photo from a file (the camera path seals a frame the same way), no witness.
            const photo = cc.sealRefusalPhoto(Qt.resolvedUrl("../../../docs/guides/images/en-signIn.png"))
            compare(photo.length, 64)
            form.photo = photo
            compare(findChild(box, "receiptPhotoState").text, "Photo sealed ✓")
            witness.text = ""
            mouseClick(save)
            verify(form.opened)
            compare(cc.error, "Name the second officer who saw the refusal (their officer id).")
            verify(cc.receiptPending)

            witness.text = "OF-023"
            mouseClick(save)
            tryCompare(form, "opened", false)
            verify(!cc.receiptPending)
            verify(!open.visible)
        }
    }
}

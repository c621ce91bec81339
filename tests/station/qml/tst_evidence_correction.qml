import QtQuick
import QtTest
import FairGuard.Models
import FairGuard.Station

// Correcting an evidence item from the case page: "Correct" opens the form with the item's
// description, saving without a reason is refused with the message in the form, with a
// reason the list shows the new note marked corrected and the fingerprint unchanged.
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
        name: "EvidenceCorrection"
        when: windowShown

        function cleanupTestCase() {
            loader.active = false
            root.station.session.lock()
        }

        function test_correct_an_item_from_the_case_page() {
            verify(root.station.session.trySignIn("OF-017", "1234"))
            const cc = root.station.currentCase
            let found = false
            for (let i = 0; i < root.station.cases.count && !found; ++i) {
                cc.caseNumber = root.station.cases.caseIdAt(i)
                found = cc.allowedActions.indexOf("evidence.added") >= 0 && cc.evidence.count > 0
            }
            verify(found, "a demo case with evidence that can still be corrected")
            loader.active = true
            const page = loader.item
            const before = cc.evidence.get(0)
            const count = cc.evidence.count

            const correct = findChild(page, "correctEvidence")
            verify(correct && correct.visible)
            mouseClick(correct)
            const form = findChild(page, "evidenceCorrector")
            tryCompare(form, "opened", true)
            const note = findChild(form.contentItem, "correctionNote")
            const reason = findChild(form.contentItem, "correctionReason")
            const save = findChild(form.contentItem, "saveCorrection")
            verify(note && reason && save)
            compare(note.text, before.note)

            // No reason: refused, shown in the form, nothing written.
            note.text = "Corrected by the QML test"
            mouseClick(save)
            verify(form.opened)
            verify(findChild(form.contentItem, "correctionError").visible)
            verify(cc.error.length > 0)
            compare(cc.evidence.get(0).corrected, false)

            reason.text = "wrong note"
            mouseClick(save)
            tryCompare(form, "opened", false)
            const after = cc.evidence.get(0)
            verify(after.corrected)
            compare(after.note, "Corrected by the QML test")
            compare(after.reason, "wrong note")
            compare(after.wasText, before.note)
            compare(after.fingerprint, before.fingerprint)
            compare(cc.evidence.count, count)  // the same item, its current version
        }
    }
}

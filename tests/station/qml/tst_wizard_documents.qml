import QtQuick
import QtTest
import FairGuard.Station

// (Runs after tst_today, which counts the demo cases: this one opens a draft case.)
// The documents step: a clear message before a complaint is open, the checklist after, and
// "All originals seen" ticks every required document in one tap.
Item {
    width: 1280
    height: 800

    IntakeDocumentsStep {
        id: step
        anchors.fill: parent
        wizard: backend.intake
    }

    TestCase {
        name: "IntakeDocuments"
        when: windowShown

        function initTestCase() {
            verify(backend.session.trySignIn("OF-017", "1234"))
        }
        function cleanupTestCase() {
            backend.intake.reset()
            backend.session.lock()
        }

        function test_empty_state_then_all_seen_in_one_tap() {
            const w = backend.intake
            w.reset()
            verify(findChild(step, "noDocuments").visible)
            compare(findChild(step, "allDocumentsSeen").visible, false)

            verify(w.recordComplainant({name: "Documents Test Co", kind: "company", idNumber: "DT-1", country: "CN"}), w.error)
            verify(w.recordRight({rightType: "design", number: "201930111222.4"}), w.error)
            compare(findChild(step, "noDocuments").visible, false)
            verify(w.documents.length >= 2)
            for (const d of w.documents)
                compare(d.present, false)
            mouseClick(findChild(step, "allDocumentsSeen"))
            for (const d of w.documents)
                verify(d.present, d.kind)
        }
    }
}

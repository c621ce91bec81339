import QtQuick
import QtTest
import FairGuard.Station

// (Runs after tst_today, which counts the demo cases: this one adds an accepted case.)
// The review step: "Accept complaint" is enabled only when accepting can succeed, and says
// what is missing otherwise; every recorded field and the declaration are shown.
Item {
    width: 1280
    height: 800

    IntakeReviewStep {
        id: step
        anchors.fill: parent
        wizard: backend.intake
    }

    TestCase {
        name: "IntakeReview"
        when: windowShown

        function initTestCase() {
            verify(backend.session.trySignIn("OF-017", "1234"))
        }
        function cleanupTestCase() {
            backend.intake.reset()
            backend.session.lock()
        }

        // The reasons listed under the button, as one text ("" when none is shown).
        function missingText() {
            const box = findChild(step, "acceptMissing")
            if (!box.visible)
                return ""
            let text = ""
            for (let i = 0; i < box.children.length; ++i)
                if (box.children[i].text !== undefined)
                    text += box.children[i].text + "\n"
            return text
        }

        function test_accept_only_when_it_can_succeed() {
            const w = backend.intake
            const accept = findChild(step, "acceptComplaint")
            verify(accept)
            w.reset()
            compare(accept.enabled, false)
            verify(missingText().indexOf("No complaint is open") >= 0)

            const okC = w.recordComplainant({name: "Review Test Ltd", kind: "company", idNumber: "RT-4711", country: "CN",
                                        agent: "Li Agent", agentBadge: "A-77", contact: "+86 20 1234 5678"})
            verify(okC, w.error)
            verify(w.recordRight({rightType: "invention", number: "ZL 2017 1 0601862.3"}), w.error)
            verify(w.recordRespondentManual("Z.9Z99", "Typed Exhibitor Co"), w.error)
            verify(w.recordProduct({description: "Folding bicycle", model: "FB-2", code: "4006381333931"}), w.error)
            verify(w.recordGrounds("The frame hinge copies claim 1."), w.error)
            verify(w.checkAdmissibility(false, ""))  // nothing ticked: documents missing
            compare(accept.enabled, false)
            verify(missingText().indexOf("Documents are missing") >= 0)
            verify(missingText().indexOf("not signed") >= 0)
            mouseClick(accept)  // a disabled button records nothing
            compare(w.state, "draft")

            for (const d of w.documents) w.setDocumentSeen(d.kind, true)
            verify(w.checkAdmissibility(false, ""))
            w.step = 6
            compare(accept.enabled, false)
            compare(missingText().indexOf("Documents are missing"), -1)
            verify(missingText().indexOf("not signed") >= 0)

            // Every recorded field is on the page, and the declaration names the signer.
            const lines = findChild(step, "reviewLines")
            for (const value of ["Review Test Ltd", "RT-4711", "Li Agent (badge A-77)", "+86 20 1234 5678",
                                 "ZL 2017 1 0601862.3", "Z.9Z99", "Typed Exhibitor Co", "Folding bicycle · FB-2",
                                 "4006381333931", "The frame hinge copies claim 1.", "documents complete"])
                verify(findText(lines, value), "not shown: " + value)
            verify(findChild(step, "declaration").text.indexOf("Review Test Ltd") >= 0)

            // The complainant signs on the pad and it is saved: now accepting can succeed.
            const pad = findChild(step, "signaturePad")
            verify(pad)
            mouseDrag(pad, 40, 40, 200, 80)
            mouseDrag(pad, 60, 120, 150, -60)
            mouseClick(findChild(step, "saveSignature"))
            tryCompare(w, "signatureSaved", true)
            compare(missingText(), "")
            compare(accept.enabled, true)
            mouseClick(accept)
            compare(w.state, "accepted")
        }

        function findText(item, text) {
            if (item.text !== undefined && String(item.text).indexOf(text) >= 0 && item.visible)
                return true
            const kids = item.children || []
            for (let i = 0; i < kids.length; ++i)
                if (findText(kids[i], text))
                    return true
            if (item.contentItem && item.contentItem !== item && kids.indexOf(item.contentItem) < 0)
                return findText(item.contentItem, text)
            return false
        }
    }
}

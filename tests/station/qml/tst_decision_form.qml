import QtQuick
import QtTest
import FairGuard.Models
import FairGuard.Station

// The decision form on the real case page: nothing chosen when it opens and Save disabled
// until an outcome is; each missing or contradicting part refused with its message and
// nothing written; choices that would contradict "No infringement" cannot be made; with
// reasons the confirmation names what will be recorded, and only its button records.
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
        name: "DecisionForm"
        when: windowShown

        function cleanupTestCase() {
            loader.active = false
            root.station.session.lock()
        }
        function choose(row, key) {
            const button = findChild(row, "choice_" + key)
            verify(button, key)
            mouseClick(button)
        }

        function test_a_decision_needs_an_outcome_reasons_and_no_contradiction() {
            verify(root.station.session.trySignIn("OF-017", "1234"))
            const cc = root.station.currentCase
            let found = false
            for (let i = 0; i < root.station.cases.count && !found; ++i) {
                cc.caseNumber = root.station.cases.caseIdAt(i)
                found = cc.allowedActions.indexOf("decision.recorded") >= 0
            }
            verify(found, "a demo case waiting for its decision")
            loader.active = true
            const page = loader.item
            page.openAction("decision.recorded")
            const form = findChild(page, "decisionEditor")
            tryCompare(form, "opened", true)
            const box = form.contentItem
            const outcome = findChild(box, "decisionOutcome")
            const sanction = findChild(box, "decisionSanction")
            const measures = findChild(box, "decisionMeasures")
            const reasons = findChild(box, "decisionReasons")
            const save = findChild(box, "decisionSave")
            const problem = findChild(box, "decisionProblem")
            verify(outcome && sanction && measures && reasons && save && problem)

            // Nothing chosen: no outcome, no sanction, no measure; Save cannot be pressed.
            compare(outcome.value, "")
            compare(sanction.value, "")
            compare(measures.chosen().length, 0)
            verify(!save.enabled)
            const status = cc.status

            // "No infringement" allows no measure and only "No sanction".
            choose(outcome, "no_infringement")
            verify(save.enabled)
            verify(!measures.enabled)
            verify(!findChild(sanction, "choice_fair_notice").enabled)
            verify(findChild(sanction, "choice_none").enabled)

            choose(outcome, "exhibit_covered")
            verify(measures.enabled)
            verify(findChild(sanction, "choice_fair_notice").enabled)
            mouseClick(save)
            compare(problem.text, "Choose the sanction (\"No sanction\" when there is none).")
            verify(!form.confirming)
            choose(sanction, "none")
            mouseClick(save)
            compare(problem.text, "Infringement was found: tick what was done with the exhibit (covered or removed).")
            mouseClick(findChild(measures, "measure_exhibit_covered"))
            mouseClick(save)
            compare(problem.text, "Give the reasons: why the exhibit infringes the right (the features or claims compared).")
            verify(!form.confirming)
            compare(cc.status, status)  // nothing recorded

            reasons.text = "Same shape and pattern as the registered design."
            mouseClick(save)
            compare(problem.text, "")
            verify(form.confirming)
            compare(cc.status, status)  // still nothing: the confirmation comes first
            compare(save.text, "Record decision")
            mouseClick(save)
            tryCompare(form, "opened", false)
            compare(cc.status, "decided")
        }
    }
}

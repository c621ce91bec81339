import QtQuick
import QtTest
import FairGuard.Station

// The right step's live patent-number check: the save button stays disabled until the
// number checks.
Item {
    width: 1280
    height: 800

    IntakeRightStep {
        id: step
        anchors.fill: parent
        wizard: backend.intake
    }

    TestCase {
        name: "IntakeRightStep"
        when: windowShown

        function test_live_patent_number_check() {
            const number = findChild(step, "rightNumber")
            const save = findChild(step, "saveRight")
            verify(number && save)
            number.text = "ZL 2017 1 0601862.4"
            compare(save.enabled, false)
            number.text = "201930111222.4"  // a design patent number: matches the default type
            compare(save.enabled, true)
            number.text = "ZL 2017 1 0601862.3"  // an invention patent number, design chosen
            compare(save.enabled, false)
        }
    }
}

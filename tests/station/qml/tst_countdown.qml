import QtQuick
import QtTest
import FairGuard.Models
import FairGuard.Station

// The defence countdown's colour: red under 2 h and overdue, amber under 6 h, green before;
// the real case page of a served notice shows its countdown in the colour of the time left.
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
        name: "Countdown"
        when: windowShown

        function cleanupTestCase() {
            loader.active = false
            root.station.session.lock()
        }

        function test_colour_by_time_left() {
            const minute = 60 * 1000, hour = 60 * minute, now = 1792000000000
            verify(Qt.colorEqual(Labels.countdownColor(now + 24 * hour, now), Theme.ok))
            verify(Qt.colorEqual(Labels.countdownColor(now + 6 * hour, now), Theme.ok))
            verify(Qt.colorEqual(Labels.countdownColor(now + 6 * hour - minute, now), Theme.amber))
            verify(Qt.colorEqual(Labels.countdownColor(now + 2 * hour, now), Theme.amber))
            verify(Qt.colorEqual(Labels.countdownColor(now + 2 * hour - minute, now), Theme.danger))
            verify(Qt.colorEqual(Labels.countdownColor(now + minute, now), Theme.danger))
            verify(Qt.colorEqual(Labels.countdownColor(now - minute, now), Theme.danger))  // overdue
            verify(Qt.colorEqual(Labels.countdownColor(0, now), Theme.textMuted))  // no deadline
            verify(!Qt.colorEqual(Theme.danger, Theme.amber))
        }

        function test_case_page_shows_the_countdown_in_its_colour() {
            verify(root.station.session.trySignIn("OF-017", "1234"))
            const cc = root.station.currentCase
            let found = false
            for (let i = 0; i < root.station.cases.count && !found; ++i) {
                cc.caseNumber = root.station.cases.caseIdAt(i)
                found = cc.status === "notice_served"
            }
            verify(found, "a demo case with a notice served and no defence")
            loader.active = true
            const label = findChild(loader.item, "defenceCountdown")
            verify(label && label.visible)
            const deadline = loader.item.d.deadline
            verify(deadline > root.station.now)
            verify(label.text.indexOf("left") > 0)
            verify(Qt.colorEqual(label.color, Labels.countdownColor(deadline, root.station.now)))
        }
    }
}

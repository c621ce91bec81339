import QtQuick
import QtTest
import FairGuard.Models
import FairGuard.Station

// The Today page on the demo fair's 7 cases (all received today, one in each state): a tap on
// a count asks for the dashboard narrowed to that status, and narrowing shows those cases.
Item {
    id: root
    width: 1280
    height: 800
    readonly property StationBackend station: backend

    TodayPage {
        id: page
        anchors.fill: parent
        backend: root.station
    }

    SignalSpy {
        id: spy
        target: page
        signalName: "showCases"
    }

    TestCase {
        name: "Today"
        when: windowShown

        function cleanupTestCase() {
            root.station.cases.clearStatus()
        }

        function test_tapping_a_count_narrows_the_dashboard() {
            const all = findChild(page, "overall-accepted")
            const today = findChild(page, "today-accepted")
            verify(all && today)
            compare(all.text, "1")
            compare(today.text, "1")

            mouseClick(today)
            compare(spy.count, 1)
            compare(spy.signalArguments[0][0], "accepted")
            compare(spy.signalArguments[0][1], true)
            const from = spy.signalArguments[0][2], to = spy.signalArguments[0][3]
            verify(from <= root.station.now && root.station.now < to)
            root.station.cases.showStatus("accepted", from, to)
            compare(root.station.cases.count, 1)
            compare(root.station.cases.statusFilter, "accepted")

            mouseClick(all)
            compare(spy.count, 2)
            compare(spy.signalArguments[1][1], false)
            root.station.cases.showStatus("notice_served", 0, 0)
            compare(root.station.cases.count, 1)
            root.station.cases.clearStatus()
            compare(root.station.cases.count, 7)
        }
    }
}
